"""Steps every executor shares after a notebook ran: name its errors, cut huge outputs, score."""

from __future__ import annotations

from typing import Any

from smm_course.grading.limits import Limits
from smm_course.grading.status import Issue, IssueKind
from smm_course.i18n import t

SYNTAX_ERRORS = frozenset({"SyntaxError", "IndentationError", "TabError"})
# What an uncaught error says when the code ran into a limit of the sandbox.
WALLS = (
    ("network", ("Network is unreachable", "[Errno 101]", "[Errno 97]")),
    ("memory", ("MemoryError", "Cannot allocate memory", "[Errno 12]")),
    ("processes", ("Resource temporarily unavailable", "[Errno 11]", "Operation not permitted")),
    ("file_size", ("File too large", "[Errno 27]")),
    ("disk", ("No space left on device", "[Errno 28]")),
    ("open_files", ("Too many open files", "[Errno 24]")),
    ("files", ("Read-only file system", "[Errno 30]", "Permission denied", "[Errno 13]")),
)
NOT_RUN_ENAME = "CellNotExecuted"


def cell_label(cell: Any, index: int) -> str:
    """How reports name a cell: its grade id, or its position."""
    return cell.metadata.get("nbgrader", {}).get("grade_id") or f"#{index + 1}"


def _truncate_text(text: str, limits: Limits) -> tuple[str, bool]:
    lines = text.split("\n")
    cut = False
    if len(lines) > limits.stream_lines:
        lines = [*lines[: limits.stream_lines - 1], "..."]
        cut = True
    text = "\n".join(lines)
    if len(text) > limits.output_chars:
        text = text[: limits.output_chars]
        cut = True
    if cut:
        text += "\n" + t("grading.run.truncated") + "\n"
    return text, cut


def _limit_data(data: Any, limits: Limits) -> bool:
    """Cut plain text, drop absurdly large rich outputs (a half image is no image)."""
    cut = False
    for mime in list(data):
        value = data[mime]
        value = "".join(value) if isinstance(value, list) else value
        if not isinstance(value, str):
            continue
        if mime == "text/plain" and len(value) > limits.output_chars:
            data[mime], _ = _truncate_text(value, limits)
            cut = True
        elif len(value) > limits.rich_output_chars:
            del data[mime]
            data.setdefault("text/plain", t("grading.run.truncated"))
            cut = True
    return cut


def limit_outputs(nb: Any, limits: Limits | None = None) -> bool:
    """Cut huge outputs (stream text and plain/HTML results) in place; True if any was cut."""
    limits = limits or Limits()
    any_cut = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                text = output.get("text", "")
                text = "".join(text) if isinstance(text, list) else text
                output["text"], cut = _truncate_text(text, limits)
                any_cut |= cut
            elif "data" in output:
                any_cut |= _limit_data(output["data"], limits)
            elif output.get("output_type") == "error" and len(output.get("traceback", [])) > 100:
                output["traceback"] = [*output["traceback"][:50], "...", *output["traceback"][-49:]]
    return any_cut


def name_errors(
    nb: Any, name: str, fatal: list[Issue], limits: Limits | None = None
) -> list[Issue]:
    """Issues for interrupted cells, syntax errors and cut outputs (after any executor)."""
    timeouts: list[str] = []
    syntax: list[str] = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") != "error":
                continue
            label = cell_label(cell, index)
            if output.get("ename") == "CellTimeoutError" and label not in timeouts:
                timeouts.append(label)
            if output.get("ename") in SYNTAX_ERRORS and label not in syntax:
                syntax.append(label)
    walls = _walls(nb)
    hung = {i.detail for i in fatal if i.kind == IssueKind.KERNEL_HUNG}
    timeouts = [c for c in timeouts if c not in hung]
    issues: list[Issue] = []
    if timeouts:
        issues.append(Issue(IssueKind.TIMEOUT, name, ", ".join(timeouts)))
    if syntax:
        issues.append(Issue(IssueKind.SYNTAX_ERROR, name, ", ".join(syntax)))
    if limit_outputs(nb, limits):
        issues.append(Issue(IssueKind.OUTPUT_TRUNCATED, name))
    if walls:
        issues.append(Issue(IssueKind.SANDBOX_LIMIT, name, ", ".join(walls)))
    return issues


def _walls(nb: Any) -> list[str]:
    """The sandbox limits that uncaught errors of `nb` ran into, in a fixed order."""
    texts = [
        f"{o.get('ename')}: {o.get('evalue')}"
        for cell in nb.cells
        for o in cell.get("outputs", [])
        if o.get("output_type") == "error"
    ]
    return [w for w, marks in WALLS if any(m in text for text in texts for m in marks)]


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
