"""Release an assignment: prove the solution earns full marks, then write the student version."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from smm_course.errors import UserError
from smm_course.grading.converter import ConverterFailed, run_converter
from smm_course.grading.course import Course, ensure_tools_on_path
from smm_course.grading.status import IssueKind
from smm_course.i18n import t


@dataclass(frozen=True)
class SolutionCheck:
    """The outcome of running one instructor notebook."""

    notebook: str
    score: float
    max_score: float
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every autograded test passes and no cell errors."""
        return not self.problems


def _numeric_result(cell: object) -> bool:
    """False when a test cell ends with a value that is not a number.

    nbgrader reads a test cell's result as partial credit and gives FULL marks when it is not
    a number (e.g. a Feedback object left as the last line), whatever the student wrote.
    """
    for output in cell.get("outputs", []):  # type: ignore[attr-defined]
        if output.get("output_type") == "execute_result":
            try:
                float("".join(output.get("data", {}).get("text/plain", "")))
            except ValueError:
                return False
    return True


def check_solution(course: Course, notebook: Path) -> SolutionCheck:
    """Execute an instructor notebook and check every autograded test passes."""
    import nbformat
    from nbgrader import utils

    from smm_course.coursefiles import copy_support_files
    from smm_course.grading.execute.kernel import run_notebook

    nb = nbformat.read(str(notebook), as_version=4)
    with tempfile.TemporaryDirectory(prefix="smm-release-") as tmp:
        copy_support_files(notebook.parent, Path(tmp))
        report = run_notebook(nb, notebook.stem, tmp, course.limits)
    # truncated output is harmless here; timeouts, deaths and syntax errors are not
    problems = [i.describe() for i in report.issues if i.kind != IssueKind.OUTPUT_TRUNCATED]
    score = max_score = 0.0
    for index, cell in enumerate(nb.cells):
        label = cell.metadata.get("nbgrader", {}).get("grade_id") or f"#{index + 1}"
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            err = errors[0]
            problems.append(
                t("grading.release.cell_error", cell=label, error=f"{err.ename}: {err.evalue}")
            )
        if utils.is_grade(cell) and cell.cell_type == "code" and not utils.is_solution(cell):
            got, points = utils.determine_grade(cell)
            score += got or 0.0
            max_score += points
            if (got or 0.0) < points and not errors:
                problems.append(t("grading.release.not_full", cell=label, got=got, points=points))
            if not _numeric_result(cell):
                problems.append(t("grading.release.non_numeric", cell=label))
    return SolutionCheck(notebook.stem, score, max_score, tuple(dict.fromkeys(problems)))


def generate_release(course: Course, assignment: str) -> list[Path]:
    """Run nbgrader's generate_assignment in this process; return the student notebooks."""
    ensure_tools_on_path()
    from nbgrader.converters import GenerateAssignment
    from nbgrader.coursedir import CourseDirectory

    from smm_course.grading.gradebook import init_gradebook

    init_gradebook(course)  # the assignment and its due date must exist first
    cfg = course.config()
    coursedir = CourseDirectory(config=cfg)
    coursedir.assignment_id = assignment
    converter = GenerateAssignment(coursedir=coursedir, config=cfg)
    converter.force = True
    converter.create_assignment = True
    try:
        run_converter(converter)
    except ConverterFailed as exc:
        detail = exc.summary(last=True)
        raise UserError(t("grading.errors.generate_failed", name=assignment, error=detail)) from exc
    return course.released_notebooks(assignment)


def release_assignment(course: Course, assignment: str) -> list[SolutionCheck]:
    """Check the solutions of `assignment`; if all earn full marks, generate the release."""
    course.require_assignment(assignment)
    checks = [check_solution(course, nb) for nb in course.source_notebooks(assignment)]
    if all(c.ok for c in checks):
        generate_release(course, assignment)
    return checks
