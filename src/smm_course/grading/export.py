"""Grades as CSV: one row per student, per-question and per-assignment columns, a status each."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from smm_course.grading.course import Course
from smm_course.grading.gradebook import final_score, open_gradebook
from smm_course.grading.spec import load_spec
from smm_course.grading.status import GradingRecord, Status, load_records
from smm_course.i18n import t


class ExportFormat(str, Enum):
    """CSV layouts: Moodle's grade import, or plain ids for spreadsheets."""

    MOODLE = "moodle"
    CSV = "csv"


# Moodle's own grade export names these columns so; its import maps "Email address" / "ID number".
MOODLE_IDENTITY = ("First name", "Last name", "ID number", "Email address")
CSV_IDENTITY = ("student_id", "first_name", "last_name", "email")


@dataclass(frozen=True)
class GradeTable:
    """The exported table: header and rows of strings."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def to_csv(self) -> str:
        """The table as CSV text."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return buffer.getvalue()


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{round(float(value), 2):g}"


def _questions(course: Course, assignment: str) -> list[tuple[str, str, str]]:
    """(notebook, grade_id, column label) for every graded cell, in notebook order."""
    spec, _ = load_spec(course, assignment)
    out = []
    for nb in spec.notebooks:
        for cell in nb.cells:
            if cell.grade or cell.task:
                where = cell.grade_id if len(spec.notebooks) == 1 else f"{nb.name}/{cell.grade_id}"
                out.append((nb.name, cell.grade_id, f"{assignment}: {where}"))
    return out


def _status_text(status: Status, record: GradingRecord | None, lang: str | None) -> str:
    text = status.label(lang)
    if record is not None and record.issues:
        text += f" ({record.reasons(lang)})"
    return text


def build_table(
    course: Course, fmt: ExportFormat = ExportFormat.MOODLE, lang: str | None = None
) -> GradeTable:
    """Read the gradebook and the grading records into one table."""
    from nbgrader.api import MissingEntry

    records = load_records(course.state_dir)
    order = {name: i for i, name in enumerate(course.assignment_ids())}
    with open_gradebook(course) as gb:
        assignments = sorted(
            (a for a in gb.assignments if a.notebooks),
            key=lambda a: (order.get(a.name, len(order)), a.name),
        )
        header = list(MOODLE_IDENTITY if fmt == ExportFormat.MOODLE else CSV_IDENTITY)
        plan = []
        for a in assignments:
            questions = _questions(course, a.name)
            plan.append((a, questions))
            header += [label for _, _, label in questions]
            header += [
                f"{a.name} ({t('grading.export.total', lang)})",
                f"{a.name} ({t('grading.export.status', lang)})",
            ]
        header += [t("grading.export.grand_total", lang), t("grading.export.max_total", lang)]

        rows = []
        for student in sorted(gb.students, key=lambda s: (s.last_name or "", s.id)):
            identity = (
                (student.first_name, student.last_name, student.id, student.email)
                if fmt == ExportFormat.MOODLE
                else (student.id, student.first_name, student.last_name, student.email)
            )
            row = [v or "" for v in identity]
            total = max_total = 0.0
            for a, questions in plan:
                max_total += float(a.max_score)
                record = records.get((a.name, student.id))
                try:
                    sub = gb.find_submission(a.name, student.id)
                except MissingEntry:
                    sub = None
                if sub is None:
                    row += [""] * len(questions)
                    status = record.status if record else Status.MISSING
                    row += ["", _status_text(status, record, lang)]
                    continue
                grades = {(g.notebook.name, g.name): g for nb in sub.notebooks for g in nb.grades}
                for nb_name, gid, _ in questions:
                    grade = grades.get((nb_name, gid))
                    known = grade is not None and (
                        grade.manual_score is not None or grade.auto_score is not None
                    )
                    row.append(_num(grade.score) if known and grade is not None else "")
                score = final_score(sub)
                total += score
                failed = record is not None and record.status == Status.FAILED
                status = Status.decide(failed, bool(sub.needs_manual_grade))
                row += [_num(score), _status_text(status, record, lang)]
            row += [_num(total), _num(max_total)]
            rows.append(tuple(row))
    return GradeTable(tuple(header), tuple(rows))


def export_grades(
    course: Course,
    out: Path | None = None,
    fmt: ExportFormat = ExportFormat.MOODLE,
    lang: str | None = None,
) -> Path:
    """Write the grades CSV (default course/grades_<format>.csv); return its path."""
    table = build_table(course, fmt, lang)
    path = out or course.root / f"grades_{fmt.value}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: spreadsheet programs and Moodle read the accents right
    path.write_text(table.to_csv(), encoding="utf-8-sig")
    return path
