"""Every gradebook write of the course happens here, in one process (sqlite has one writer)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.grading.course import Course, ensure_tools_on_path
from smm_course.grading.model import SubmissionResult
from smm_course.grading.status import GradingRecord, Status
from smm_course.i18n import t
from smm_course.roster import RosterRow, read_roster


@contextmanager
def open_gradebook(course: Course) -> Iterator[Any]:
    """The nbgrader Gradebook of the course (created on first use)."""
    ensure_tools_on_path()
    from nbgrader.api import Gradebook

    warnings.filterwarnings("ignore", module="sqlalchemy")
    warnings.filterwarnings("ignore", message=".*not in session.*")
    course.root.mkdir(parents=True, exist_ok=True)
    try:
        gb = Gradebook(course.db_url, course.course_id)
    except FileNotFoundError as exc:  # the `alembic` executable
        raise UserError(t("grading.errors.no_alembic")) from exc
    try:
        yield gb
    finally:
        gb.close()


def read_students(path: Path) -> list[RosterRow]:
    """Students from a class-list CSV (the course's one roster reader)."""
    return read_roster(path)


def init_gradebook(course: Course, students: list[RosterRow] | None = None) -> tuple[int, int]:
    """Create the gradebook with the config's assignments and the given students."""
    with open_gradebook(course) as gb:
        for info in course.assignments:
            kwargs = {"duedate": info.duedate} if info.duedate else {}
            try:
                gb.update_or_create_assignment(info.name, **kwargs)
            except Exception as exc:
                raise UserError(
                    t("grading.errors.bad_assignment", name=info.name, error=exc)
                ) from exc
        for row in students or []:
            gb.update_or_create_student(
                row.id,
                first_name=row.first_name or None,
                last_name=row.last_name or None,
                email=row.email or None,
            )
        return len(gb.assignments), len(gb.students)


def _late_plugin(course: Course) -> Any:
    """nbgrader's late-submission plugin, configured as the course says."""
    from nbgrader.preprocessors import AssignLatePenalties

    plugin = AssignLatePenalties(config=course.config())
    plugin.init_plugin()
    return plugin.plugin_inst


def _entry(find: Any, grade_id: str, notebook: str, result: SubmissionResult) -> Any:
    """The gradebook's grade or comment row of a cell, None when the course has no such cell."""
    from nbgrader.api import MissingEntry

    try:
        return find(grade_id, notebook, result.assignment, result.student)
    except MissingEntry:
        return None


def _write_scores(gb: Any, result: SubmissionResult, before: dict[str, str]) -> None:
    for nb in result.notebooks:
        for grade_id, score in nb.grades.items():
            grade = _entry(gb.find_grade, grade_id, nb.name, result)
            if grade is None:
                continue
            grade.auto_score = score
            earlier = before.get(f"{nb.name}/{grade_id}")
            same = earlier is not None and nb.answers.get(grade_id) == earlier
            if score is None:  # written by a human: a score given to the same text stays
                grade.needs_manual_grade = not (same and grade.manual_score is not None)
            else:  # a hand-given score stays, but a fresh autograde asks to look again
                grade.needs_manual_grade = grade.manual_score is not None
        for grade_id, comment in nb.comments.items():
            entry = _entry(gb.find_comment, grade_id, nb.name, result)
            if entry is not None:
                entry.auto_comment = comment
    gb.db.commit()


def _apply_late_penalties(gb: Any, course: Course, submission: Any) -> None:
    """Set each notebook's late penalty (nbgrader's plugin decides)."""
    plugin = _late_plugin(course) if submission.total_seconds_late > 0 else None
    for notebook in submission.notebooks:
        notebook.late_submission_penalty = None
        if plugin is not None:
            penalty = plugin.late_submission_penalty(
                submission.student.id, notebook.score, submission.total_seconds_late
            )
            if penalty is not None:
                notebook.late_submission_penalty = max(0.0, min(penalty, notebook.score))
    gb.db.commit()


def final_score(submission: Any) -> float:
    """A submission's score after its late penalties (never below zero)."""
    penalty = sum(nb.late_submission_penalty or 0.0 for nb in submission.notebooks)
    return max(0.0, float(submission.score) - penalty)


def record_result(
    gb: Any,
    course: Course,
    result: SubmissionResult,
    digest: str = "",
    earlier: GradingRecord | None = None,
) -> GradingRecord:
    """Write one submission's scores to the gradebook; return its status record.

    `digest` identifies the files graded; `earlier` is the record of the last grading, whose
    answer digests say which written answers are unchanged.
    """
    from nbgrader.api import MissingEntry

    try:
        gb.find_student(result.student)
    except MissingEntry:
        gb.add_student(result.student)
    kwargs: dict[str, Any] = {"timestamp": result.timestamp} if result.timestamp else {}
    try:
        submission = gb.update_or_create_submission(result.assignment, result.student, **kwargs)
    except Exception:  # an unparsable timestamp.txt must not lose the grades
        gb.db.rollback()
        submission = gb.update_or_create_submission(result.assignment, result.student)
    before = dict(earlier.extra.get("answers", {})) if earlier else {}
    _write_scores(gb, result, before)
    _apply_late_penalties(gb, course, submission)
    failed = any(i.kind.fatal for i in result.issues)
    return GradingRecord(
        student=result.student,
        assignment=result.assignment,
        status=Status.decide(failed, bool(submission.needs_manual_grade)),
        score=final_score(submission),
        max_score=float(submission.max_score),
        issues=result.issues,
        graded_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        seconds=round(result.seconds, 2),
        extra={
            "digest": digest,
            "answers": {f"{n.name}/{g}": d for n in result.notebooks for g, d in n.answers.items()},
        },
    )
