"""Student-side check of a notebook before handing it in: run it, compare it to the release."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.grading.course import Course
from smm_course.grading.limits import Limits
from smm_course.grading.outputs import NOT_RUN_ENAME
from smm_course.grading.spec import grade_ids_of
from smm_course.grading.status import Issue
from smm_course.i18n import t

NOT_ANSWERED_ERRORS = frozenset({"NotImplementedError"})


@dataclass(frozen=True)
class ValidationReport:
    """Problems found in a notebook (empty means it can be handed in)."""

    notebook: Path
    released: Path | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when nothing stands in the way of full marks on the visible tests."""
        return not self.problems


def _cells_by_id(nb: Any) -> dict[str, Any]:
    out = {}
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid:
            out[gid] = cell
    return out


def find_release(course: Course | None, nb_path: Path, nb: Any) -> Path | None:
    """The released notebook this one was made from: same cells, ideally the same name."""
    if course is None or not course.release_dir.is_dir():
        return None
    ids = set(grade_ids_of(nb))
    best, best_key = None, (0, False)
    for path in sorted(course.release_dir.glob("*/*.ipynb")):
        try:
            other = set(grade_ids_of(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError):
            continue
        key = (len(ids & other), path.name == nb_path.name)
        if key > best_key:
            best, best_key = path, key
    if best is None:  # every graded cell deleted: fall back on the file name
        same = sorted(course.release_dir.glob(f"*/{nb_path.name}"))
        best = same[0] if same else None
    return best


def _compare(nb: Any, released: Any) -> list[str]:
    from nbgrader import utils

    problems = []
    mine = _cells_by_id(nb)
    for gid, cell in _cells_by_id(released).items():
        if gid not in mine:
            if utils.is_grade(cell) and not utils.is_solution(cell):
                problems.append(t("grading.validate.test_deleted", cell=gid))
            elif utils.is_grade(cell) or utils.is_solution(cell):
                problems.append(t("grading.validate.answer_deleted", cell=gid))
            else:
                problems.append(t("grading.validate.cell_deleted", cell=gid))
        elif utils.is_locked(cell) and mine[gid].source.strip() != cell.source.strip():
            problems.append(t("grading.validate.locked_changed", cell=gid))
    return problems


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
        message = f"{err.get('ename')}: {err.get('evalue')}".rstrip(": ")
        if utils.is_grade(cell) and not utils.is_solution(cell):
            problems.append(t("grading.validate.test_failed", cell=gid, error=message))
        elif err.get("ename") in NOT_ANSWERED_ERRORS:
            problems.append(t("grading.validate.not_answered", cell=gid))
        else:
            problems.append(t("grading.validate.cell_error", cell=gid, error=message))
    return list(dict.fromkeys(problems))


def validate_notebook(path: Path, course: Course | None = None) -> ValidationReport:
    """Run the student's notebook and list, in words, what would cost marks."""
    import nbformat

    if not path.is_file():
        raise UserError(t("grading.errors.no_such_path", path=str(path)))
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:
        raise UserError(t("grading.errors.not_a_notebook", path=str(path), error=exc)) from exc
    released_path = find_release(course, path, nb)
    problems: list[str] = []
    if released_path is not None:
        released = nbformat.read(str(released_path), as_version=4)
        problems += _compare(nb, released)
    problems += _run_problems(nb, path, course)
    return ValidationReport(path, released_path, tuple(problems))
