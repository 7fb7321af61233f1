"""nbclient executor for the instructor's own notebooks (solutions at release): not sandboxed."""

from __future__ import annotations

import math
import subprocess
import time
from dataclasses import dataclass, field
from typing import Any

from smm_course.grading.outputs import NOT_RUN_ENAME, name_errors
from smm_course.grading.status import Issue, IssueKind
from smm_course.i18n import t

KERNEL_START_ATTEMPTS = 3


@dataclass
class RunReport:
    """What happened while a notebook ran."""

    issues: list[Issue] = field(default_factory=list)
    seconds: float = 0.0


def _error_output(ename: str, message: str) -> Any:
    from nbformat import v4

    return v4.new_output("error", ename=ename, evalue=message, traceback=[f"{ename}: {message}"])


def _make_executor(cell_timeout: int, budget: float, report: RunReport, name: str) -> Any:
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from nbgrader.preprocessors import Execute

    class BudgetedExecute(Execute):
        """nbgrader's Execute with a deadline for the whole notebook and kernel-start retries."""

        def _get_timeout(self, cell: Any) -> int | None:
            remaining = self._deadline - time.monotonic()
            return max(1, min(int(self.timeout), math.ceil(remaining)))

        def _mark_not_run(self, start: int, reason: str) -> None:
            for cell in self.nb.cells[start:]:
                if cell.cell_type == "code" and cell.source.strip():
                    cell.outputs = [_error_output(NOT_RUN_ENAME, reason)]

        def _run_cells(self, resources: Any) -> None:
            for index, cell in enumerate(self.nb.cells):
                if time.monotonic() >= self._deadline:
                    report.issues.append(Issue(IssueKind.NOTEBOOK_TIMEOUT, name, str(int(budget))))
                    self._mark_not_run(index, t("grading.run.not_run_budget"))
                    return
                label = cell.metadata.get("nbgrader", {}).get("grade_id") or f"#{index + 1}"
                try:
                    self.preprocess_cell(cell, resources, index)
                except DeadKernelError:
                    report.issues.append(Issue(IssueKind.KERNEL_DIED, name, label))
                    cell.outputs.append(_error_output("DeadKernelError", t("grading.run.died")))
                    self._mark_not_run(index + 1, t("grading.run.not_run_died"))
                    return
                except (CellTimeoutError, TimeoutError):
                    report.issues.append(Issue(IssueKind.KERNEL_HUNG, name, label))
                    cell.outputs.append(_error_output("CellTimeoutError", t("grading.run.hung")))
                    self._mark_not_run(index + 1, t("grading.run.not_run_hung"))
                    return

        def preprocess(self, nb: Any, resources: Any = None, km: Any = None) -> Any:
            from nbclient import NotebookClient

            self._deadline = time.monotonic() + budget
            last_error: BaseException | None = None
            for _attempt in range(KERNEL_START_ATTEMPTS):
                NotebookClient.__init__(self, nb, km)
                self.reset_execution_trackers()
                self._check_assign_resources(resources)
                started = False
                try:
                    with self.setup_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
                        info = self.wait_for_reply(self.kc.kernel_info())
                        self.nb.metadata["language_info"] = info["content"]["language_info"]
                        started = True
                        self._run_cells(resources)
                    self.set_widgets_metadata()
                    return self.nb, self.resources
                except Exception as exc:  # a kernel that fails to start (e.g. port race)
                    if started:
                        raise
                    last_error = exc
                    time.sleep(0.2)
            report.issues.append(Issue(IssueKind.KERNEL_START, name, type(last_error).__name__))
            self._mark_not_run(0, t("grading.run.not_run_start"))
            return self.nb, self.resources

    return BudgetedExecute(
        timeout=cell_timeout,
        extra_arguments=["--HistoryManager.hist_file=:memory:"],
        allow_errors=True,
        interrupt_on_timeout=True,
        shutdown_kernel="immediate",  # the kernel is thrown away anyway: do not wait for it
    )


def run_notebook(
    nb: Any, name: str, workdir: str, cell_timeout: int, notebook_timeout: float
) -> RunReport:
    """Execute `nb` in place in `workdir`; report timeouts, deaths, syntax errors, truncation."""
    report = RunReport()
    start = time.monotonic()
    executor = _make_executor(cell_timeout, notebook_timeout, report, name)
    executor.preprocess(nb, {"metadata": {"path": workdir}})
    report.seconds = time.monotonic() - start
    report.issues.extend(name_errors(nb, name, report.issues))
    return report
