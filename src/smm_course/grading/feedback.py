"""Student feedback as HTML, with hidden tests removed from sources AND from tracebacks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.grading.converter import ConverterFailed, run_converter
from smm_course.grading.course import Course, ensure_tools_on_path
from smm_course.grading.feedback_hidden import HideHiddenTests
from smm_course.i18n import t


@dataclass(frozen=True)
class FeedbackReport:
    """Which students got a feedback file, and which did not (with the reason)."""

    written: tuple[Path, ...]
    failed: tuple[tuple[str, str], ...]


def generate_feedback(
    course: Course, assignment: str, students: list[str] | None = None
) -> FeedbackReport:
    """Write feedback/<student>/<assignment>/<notebook>.html for every autograded submission."""
    ensure_tools_on_path()
    course.require_assignment(assignment)
    cfg = course.config()
    graded = sorted(
        p.name
        for p in course.autograded_dir.glob("*")
        if (p / assignment).is_dir() and (students is None or p.name in students)
    )
    if not graded:
        return FeedbackReport((), ())
    problems = _run_converter(course, cfg, assignment, "*" if students is None else None, graded)
    written: list[Path] = []
    failed: list[tuple[str, str]] = []
    for student in graded:
        files = sorted((course.feedback_dir / student / assignment).glob("*.html"))
        if files:
            written.extend(files)
        else:
            reason = problems.get(student) or t("grading.feedback.no_notebook")
            failed.append((student, reason))
    return FeedbackReport(tuple(written), tuple(failed))


def _run_converter(
    course: Course, cfg: Any, assignment: str, pattern: str | None, students: list[str]
) -> dict[str, str]:
    """Run nbgrader's feedback converter in this process; return error text per student."""
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.converters import GenerateFeedback
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import GetGrades

    from smm_course.grading.feedback_template import configure_feedback

    configure_feedback(cfg)  # the course's page: nbgrader's labels in the learner's language
    problems: dict[str, str] = {}
    for student in [pattern] if pattern else students:
        coursedir = CourseDirectory(config=cfg)
        coursedir.assignment_id = assignment
        coursedir.student_id = student
        converter = GenerateFeedback(coursedir=coursedir, config=cfg)
        converter.preprocessors = [GetGrades, HideHiddenTests, CSSHTMLHeaderPreprocessor]
        converter.force = True
        try:
            run_converter(converter)
        except ConverterFailed as exc:
            problems[student] = exc.summary()
    return problems
