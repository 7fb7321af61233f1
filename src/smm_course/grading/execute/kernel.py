"""nbclient executor for the instructor's own notebooks (solutions at release): not sandboxed.

A fresh kernel on a Unix socket, nbgrader's rules for a cell that runs too long (interrupt,
then a `CellTimeoutError` output), and a budget for the whole notebook.
"""

from __future__ import annotations

import math
import time
from typing import Any

from smm_course.grading.execute import RunReport
from smm_course.grading.limits import Limits
from smm_course.grading.outputs import NOT_RUN_ENAME, cell_label, name_errors
from smm_course.grading.status import Issue, IssueKind
from smm_course.i18n import t

TIMEOUT_ERROR = {
    "ename": "CellTimeoutError",
    "evalue": "Timeout error",
    "traceback": ["CellTimeoutError: No reply from kernel before timeout"],
}


def _error(ename: str, message: str) -> Any:
    from nbformat import v4

    return v4.new_output("error", ename=ename, evalue=message, traceback=[f"{ename}: {message}"])


def _mark_not_run(nb: Any, start: int, reason: str) -> None:
    for cell in nb.cells[start:]:
        if cell.cell_type == "code" and cell.source.strip():
            cell.outputs = [_error(NOT_RUN_ENAME, reason)]


def run_notebook(nb: Any, name: str, workdir: str, limits: Limits) -> RunReport:
    """Execute `nb` in place in `workdir`; report timeouts, deaths, syntax errors, truncation."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    from smm_course.grading.execute.ipc import IPCKernelManager

    report = RunReport()
    start = time.monotonic()
    deadline = start + limits.notebook_seconds

    def timeout(cell: Any) -> int:
        return max(1, min(limits.cell_seconds, math.ceil(deadline - time.monotonic())))

    client = NotebookClient(
        nb,
        timeout_func=timeout,
        kernel_manager_class=IPCKernelManager,
        extra_arguments=["--HistoryManager.enabled=False"],
        allow_errors=True,
        interrupt_on_timeout=True,
        error_on_timeout=TIMEOUT_ERROR,
        shutdown_kernel="immediate",  # the kernel is thrown away anyway: do not wait for it
        resources={"metadata": {"path": workdir}},
    )
    try:
        with client.setup_kernel():
            for index, cell in enumerate(nb.cells):
                if time.monotonic() >= deadline:
                    seconds = str(int(limits.notebook_seconds))
                    report.issues.append(Issue(IssueKind.NOTEBOOK_TIMEOUT, name, seconds))
                    _mark_not_run(nb, index, t("grading.run.not_run_budget"))
                    break
                try:
                    client.execute_cell(cell, index)
                except DeadKernelError:
                    report.issues.append(
                        Issue(IssueKind.KERNEL_DIED, name, cell_label(cell, index))
                    )
                    cell.outputs.append(_error("DeadKernelError", t("grading.run.died")))
                    _mark_not_run(nb, index + 1, t("grading.run.not_run_died"))
                    break
                except (CellTimeoutError, TimeoutError):
                    report.issues.append(
                        Issue(IssueKind.KERNEL_HUNG, name, cell_label(cell, index))
                    )
                    cell.outputs.append(_error("CellTimeoutError", t("grading.run.hung")))
                    _mark_not_run(nb, index + 1, t("grading.run.not_run_hung"))
                    break
    except Exception as exc:  # the kernel did not start
        report.issues.append(Issue(IssueKind.KERNEL_START, name, type(exc).__name__))
        _mark_not_run(nb, 0, t("grading.run.not_run_start"))
    report.seconds = time.monotonic() - start
    report.issues.extend(name_errors(nb, name, report.issues, limits))
    return report
