"""Run one notebook with a per-cell timeout AND a whole-notebook budget, never hanging the batch."""

from __future__ import annotations

import math
import subprocess
import time
from dataclasses import dataclass, field
from typing import Any

from smm_course.grading.status import Issue, IssueKind
from smm_course.i18n import t

KERNEL_START_ATTEMPTS = 3
MAX_STREAM_LINES = 1000
MAX_OUTPUT_CHARS = 20_000
MAX_RICH_CHARS = 5_000_000  # images, HTML tables, widget views
SYNTAX_ERRORS = frozenset({"SyntaxError", "IndentationError", "TabError"})
NOT_RUN_ENAME = "CellNotExecuted"


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


def _truncate_text(text: str) -> tuple[str, bool]:
    lines = text.split("\n")
    cut = False
    if len(lines) > MAX_STREAM_LINES:
        lines = [*lines[: MAX_STREAM_LINES - 1], "..."]
        cut = True
    text = "\n".join(lines)
    if len(text) > MAX_OUTPUT_CHARS:
        text = text[:MAX_OUTPUT_CHARS]
        cut = True
    if cut:
        text += "\n" + t("grading.run.truncated") + "\n"
    return text, cut


def _limit_data(data: Any) -> bool:
    """Cut plain text, drop absurdly large rich outputs (a half image is no image)."""
    cut = False
    for mime in list(data):
        value = data[mime]
        value = "".join(value) if isinstance(value, list) else value
        if not isinstance(value, str):
            continue
        if mime == "text/plain" and len(value) > MAX_OUTPUT_CHARS:
            data[mime], _ = _truncate_text(value)
            cut = True
        elif len(value) > MAX_RICH_CHARS:
            del data[mime]
            data.setdefault("text/plain", t("grading.run.truncated"))
            cut = True
    return cut


def limit_outputs(nb: Any) -> bool:
    """Cut huge outputs (stream text and plain/HTML results) in place; True if any was cut."""
    any_cut = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                text = output.get("text", "")
                text = "".join(text) if isinstance(text, list) else text
                output["text"], cut = _truncate_text(text)
                any_cut |= cut
            elif "data" in output:
                any_cut |= _limit_data(output["data"])
            elif output.get("output_type") == "error" and len(output.get("traceback", [])) > 100:
                output["traceback"] = [*output["traceback"][:50], "...", *output["traceback"][-49:]]
    return any_cut


def run_notebook(
    nb: Any, name: str, workdir: str, cell_timeout: int, notebook_timeout: float
) -> RunReport:
    """Execute `nb` in place in `workdir`; report timeouts, deaths, syntax errors, truncation."""
    report = RunReport()
    start = time.monotonic()
    executor = _make_executor(cell_timeout, notebook_timeout, report, name)
    executor.preprocess(nb, {"metadata": {"path": workdir}})
    report.seconds = time.monotonic() - start
    timeouts, syntax = [], []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") != "error":
                continue
            label = cell.metadata.get("nbgrader", {}).get("grade_id") or f"#{index + 1}"
            if output.get("ename") == "CellTimeoutError" and label not in timeouts:
                timeouts.append(label)
            if output.get("ename") in SYNTAX_ERRORS and label not in syntax:
                syntax.append(label)
    fatal_cells = {i.detail for i in report.issues if i.kind == IssueKind.KERNEL_HUNG}
    timeouts = [c for c in timeouts if c not in fatal_cells]
    if timeouts:
        report.issues.append(Issue(IssueKind.TIMEOUT, name, ", ".join(timeouts)))
    if syntax:
        report.issues.append(Issue(IssueKind.SYNTAX_ERROR, name, ", ".join(syntax)))
    if limit_outputs(nb):
        report.issues.append(Issue(IssueKind.OUTPUT_TRUNCATED, name))
    return report


def score_cells(nb: Any) -> tuple[dict[str, float | None], dict[str, str | None]]:
    """Auto scores of the graded cells and 'No response.' comments, as nbgrader computes them."""
    from nbgrader import utils

    grades: dict[str, float | None] = {}
    comments: dict[str, str | None] = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        gid = meta.get("grade_id")
        if not gid:
            continue
        if utils.is_grade(cell):
            score, _ = utils.determine_grade(cell)
            grades[gid] = score
        if utils.is_solution(cell) or utils.is_task(cell):
            unchanged = meta.get("checksum") == utils.compute_checksum(cell)
            comments[gid] = "No response." if unchanged and not utils.is_task(cell) else None
    return grades, comments
