"""Student-side check of a notebook before handing it in: run it as the grader will."""

from __future__ import annotations

import copy
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.grading.course import Course
from smm_course.grading.limits import Limits
from smm_course.grading.outputs import NOT_RUN_ENAME
from smm_course.grading.status import Issue
from smm_course.grading.validate_release import (
    changed_by_checksum,
    find_release,
    missing_points,
    spec_of_release,
)
from smm_course.i18n import t

__all__ = ["ValidationReport", "find_release", "report_lines", "validate_notebook"]

NOT_ANSWERED_ERRORS = frozenset({"NotImplementedError"})
_MISSING_NAME = re.compile(r"name '([A-Za-z_][A-Za-z0-9_]*)' is not defined")


@dataclass(frozen=True)
class ValidationReport:
    """What the grader will do with a notebook, and what would cost marks."""

    notebook: Path
    released: Path | None
    problems: tuple[str, ...]
    restored: tuple[str, ...] = ()  # locked cells the grader puts back as released
    unchecked: tuple[str, ...] = ()  # changed tests whose original text is not known here

    @property
    def ok(self) -> bool:
        """True when the notebook can be handed in as it is, with every visible test passed."""
        return not (self.problems or self.restored or self.unchecked)


def _cells_by_id(nb: Any) -> dict[str, Any]:
    out = {}
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid:
            out[gid] = cell
    return out


def _is_test(cell: Any) -> bool:
    from nbgrader import utils

    return bool(utils.is_grade(cell) and not utils.is_solution(cell))


def _compare(nb: Any, released: Any) -> tuple[list[str], list[str]]:
    """Messages on deleted or edited cells: (what costs marks, what the grader puts back)."""
    from nbgrader import utils

    problems: list[str] = []
    restored: list[str] = []
    mine = _cells_by_id(nb)
    for gid, cell in _cells_by_id(released).items():
        if gid not in mine:
            if _is_test(cell):
                restored.append(t("grading.validate.test_deleted", cell=gid))
            elif utils.is_grade(cell):
                problems.append(t("grading.validate.answer_deleted", cell=gid))
            elif utils.is_solution(cell):
                problems.append(t("grading.validate.code_deleted", cell=gid))
            elif utils.is_locked(cell):
                restored.append(t("grading.validate.cell_deleted", cell=gid))
        elif utils.is_locked(cell) and mine[gid].source.strip() != cell.source.strip():
            key = "test_changed" if _is_test(cell) else "locked_changed"
            restored.append(t(f"grading.validate.{key}", cell=gid))
    return problems, restored


def _as_graded(nb: Any, released: Any, name: str) -> Any:
    """The notebook as the grader runs it: locked cells as released, deleted ones put back."""
    from smm_course.grading.restore import restore_notebook

    graded, _ = restore_notebook(copy.deepcopy(nb), spec_of_release(released, name))
    return graded


def _execute(nb: Any, path: Path, course: Course | None) -> list[Issue]:
    """Run the notebook's cells in the same sandbox as `course grade`; return what went wrong."""
    from smm_course.grading.batch import protected_paths
    from smm_course.grading.execute.fork import sandboxed
    from smm_course.grading.execute.policy import probe
    from smm_course.grading.worker import warm_shell

    limits = course.limits if course else Limits()
    protected = protected_paths(course) if course else (Path.home(), Path(tempfile.gettempdir()))
    run = sandboxed(warm_shell(), probe(protected))
    return run(nb, path.stem, str(path.parent), limits).issues


def _answer_cell_of(nb: Any, name: str) -> str | None:
    """The answer cell that defines `name` (`name = ...` or `def name`), if any."""
    from nbgrader import utils

    defines = re.compile(
        rf"^\s*(?:{re.escape(name)}\s*(?::[^=]*)?=(?!=)|def\s+{re.escape(name)}\b)"
    )
    for cell in nb.cells:
        lines = cell.source.splitlines() if cell.cell_type == "code" else []
        if utils.is_solution(cell) and any(defines.match(line) for line in lines):
            return str(cell.metadata.get("nbgrader", {}).get("grade_id") or "")
    return None


def _unanswered_before(nb: Any, index: int) -> str | None:
    """The nearest answer cell above `index` not answered yet (as released, or still raising)."""
    from nbgrader import utils

    for cell in reversed(nb.cells[:index]):
        if cell.cell_type != "code" or not utils.is_solution(cell):
            continue
        checksum = cell.metadata.get("nbgrader", {}).get("checksum")
        errors = {o.get("ename") for o in cell.get("outputs", [])}
        if checksum == utils.compute_checksum(cell) or errors & NOT_ANSWERED_ERRORS:
            return str(cell.metadata["nbgrader"].get("grade_id") or "")
    return None


def _error_text(nb: Any, index: int, err: Any) -> str:
    """An error in words: a missing name says which answer it is, the rest as Python says it."""
    ename, evalue = str(err.get("ename", "")), str(err.get("evalue", ""))
    missing = _MISSING_NAME.search(evalue) if ename == "NameError" else None
    if missing:
        name = missing.group(1)
        cell = _answer_cell_of(nb, name) or _unanswered_before(nb, index)
        if cell:
            return t("grading.validate.missing_answer", name=name, cell=cell)
        return t("grading.validate.missing_name", name=name)
    if ename == "AssertionError":  # the test's own message is written for the student
        return evalue.strip() or t("grading.validate.assert_failed")
    return f"{ename}: {evalue}".rstrip(": ")


def _run_problems(nb: Any, path: Path, course: Course | None) -> list[str]:
    from nbgrader import utils

    issues = _execute(nb, path, course)
    problems = [i.describe() for i in issues if i.kind.fatal or i.kind.value == "timeout"]
    for index, cell in enumerate(nb.cells):
        gid = cell.metadata.get("nbgrader", {}).get("grade_id") or f"#{index + 1}"
        if utils.is_solution(cell):
            checksum = cell.metadata.get("nbgrader", {}).get("checksum")
            if checksum and checksum == utils.compute_checksum(cell):
                problems.append(t("grading.validate.not_answered", cell=gid))
                continue
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if not errors or errors[0].get("ename") == NOT_RUN_ENAME:
            continue
        err = errors[0]
        if _is_test(cell):
            problems.append(
                t("grading.validate.test_failed", cell=gid, error=_error_text(nb, index, err))
            )
        elif err.get("ename") in NOT_ANSWERED_ERRORS:
            problems.append(t("grading.validate.not_answered", cell=gid))
        else:
            problems.append(
                t("grading.validate.cell_error", cell=gid, error=_error_text(nb, index, err))
            )
    return list(dict.fromkeys(problems))


def _read(path: Path) -> Any:
    import nbformat

    if not path.is_file():
        raise UserError(t("grading.errors.no_such_path", path=str(path)))
    try:
        return nbformat.read(str(path), as_version=4)
    except Exception as exc:
        raise UserError(t("grading.errors.not_a_notebook", path=str(path), error=exc)) from exc


def validate_notebook(path: Path, course: Course | None = None) -> ValidationReport:
    """Run the student's notebook as the grader will and list, in words, what it will do."""
    import nbformat

    nb = _read(path)
    released_path = find_release(course, path, nb)
    if released_path is None:
        # the release is unknown here: the checksums nbgrader stored in each cell still tell
        # which locked cells were edited (not what they said), the announced total tells
        # whether graded cells are missing
        changed = changed_by_checksum(nb)
        unchecked = [t("grading.validate.test_changed_unknown", cell=g) for g in changed]
        missing = missing_points(nb)
        if missing:
            present, total = missing
            unchecked.append(t("grading.validate.points_missing", present=present, total=total))
        problems = _run_problems(nb, path, course)
        return ValidationReport(path, None, tuple(problems), (), tuple(unchecked))
    released = nbformat.read(str(released_path), as_version=4)
    problems, restored = _compare(nb, released)
    graded = _as_graded(nb, released, path.stem)
    problems += _run_problems(graded, path, course)
    return ValidationReport(path, released_path, tuple(problems), tuple(restored))


def report_lines(report: ValidationReport) -> list[str]:
    """The report in words, one line each, ending with the verdict."""
    lines = [] if report.released else [t("grading.validate.no_release")]
    lines += [f"- {m}" for m in (*report.restored, *report.unchecked, *report.problems)]
    if report.ok:
        lines.append(t("grading.validate.ok", notebook=report.notebook.name))
    elif report.problems:
        count = len(report.problems)
        key = "failed_one" if count == 1 else "failed"
        lines.append(t(f"grading.validate.{key}", count=count))
    elif report.unchecked:
        lines.append(t("grading.validate.failed_unchecked"))
    else:
        lines.append(t("grading.validate.failed_restored"))
    return lines
