"""Student feedback as HTML, with hidden tests removed from sources AND from tracebacks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.grading.converter import ConverterFailed, run_converter
from smm_course.grading.course import Course, ensure_tools_on_path
from smm_course.i18n import t

BEGIN_HIDDEN = "BEGIN HIDDEN TESTS"
END_HIDDEN = "END HIDDEN TESTS"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class FeedbackReport:
    """Which students got a feedback file, and which did not (with the reason)."""

    written: tuple[Path, ...]
    failed: tuple[tuple[str, str], ...]


def split_hidden(source: str) -> tuple[str, list[str]]:
    """The source without its hidden-test regions, and the hidden lines that were removed."""
    kept: list[str] = []
    hidden: list[str] = []
    inside = False
    for line in source.split("\n"):
        if BEGIN_HIDDEN in line:
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            kept.append(indent + t("grading.feedback.hidden_marker"))
        elif END_HIDDEN in line:
            inside = False
        elif inside:
            if line.strip():
                hidden.append(line.strip())
        else:
            kept.append(line)
    return "\n".join(kept), hidden


def _scrub_traceback(output: Any, hidden: list[str]) -> None:
    """Drop every traceback line quoting hidden code; if any did, say a hidden test failed."""
    leaked = False
    cleaned: list[str] = []
    for entry in output.get("traceback", []):
        lines = []
        for line in str(entry).split("\n"):
            plain = _ANSI.sub("", line)
            if any(h in plain for h in hidden):
                leaked = True
                continue
            lines.append(line)
        cleaned.append("\n".join(lines))
    if leaked:  # the failure is inside hidden code: its message could quote it, so name only
        output["evalue"] = ""
        output["traceback"] = [t("grading.feedback.hidden_failed"), str(output.get("ename", ""))]
    else:
        output["traceback"] = cleaned


def hide_hidden_tests(nb: Any) -> Any:
    """Remove hidden tests from every cell source and every traceback of `nb` (in place)."""
    for cell in nb.cells:
        source = cell.get("source", "")
        if BEGIN_HIDDEN not in source:
            continue
        cell.source, hidden = split_hidden(source)
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and hidden:
                _scrub_traceback(output, hidden)
    return nb


def _preprocessor_class() -> type:
    from nbgrader.preprocessors import NbGraderPreprocessor
    from traitlets import List

    class HideHiddenTests(NbGraderPreprocessor):
        """Strip hidden tests (source and tracebacks) before the feedback is rendered."""

        # the feedback converter hands every preprocessor this option; accept it quietly
        display_data_priority: Any = List([]).tag(config=True)

        def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
            return hide_hidden_tests(nb), resources

    return HideHiddenTests


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
        converter.preprocessors = [GetGrades, _preprocessor_class(), CSSHTMLHeaderPreprocessor]
        converter.force = True
        try:
            run_converter(converter)
        except ConverterFailed as exc:
            problems[student] = exc.summary()
    return problems
