"""Grades as CSV: Moodle's grade import (totals only), or every question and status each."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from smm_course.grading.course import Course
from smm_course.grading.gradebook import final_score, open_gradebook
from smm_course.grading.spec import load_spec
from smm_course.grading.status import GradingRecord, Status, load_records
from smm_course.i18n import t


class ExportFormat(str, Enum):
    """CSV layouts: Moodle's grade import, every question (comma), or Italian Excel (`;`)."""

    MOODLE = "moodle"  # identifier + one number per graded assignment, nothing else
    CSV = "csv"  # every question, total and status; `,` and decimal point
    EXCEL = "excel"  # the same for a spreadsheet in Italian: `;` and decimal comma

    @property
    def delimiter(self) -> str:
        """The field separator."""
        return ";" if self == ExportFormat.EXCEL else ","

    @property
    def decimal(self) -> str:
        """The decimal separator."""
        return "," if self == ExportFormat.EXCEL else "."


class Identifier(str, Enum):
    """The column Moodle's grade import matches students by."""

    EMAIL = "email"
    IDNUMBER = "idnumber"

    @property
    def column(self) -> str:
        """The header Moodle's own export gives that column."""
        return "Email address" if self == Identifier.EMAIL else "ID number"


CSV_IDENTITY = ("student_id", "first_name", "last_name", "email")


@dataclass(frozen=True)
class GradeTable:
    """The exported table: header and rows of strings."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str = ","
    maxima: tuple[tuple[str, float], ...] = ()  # (column, the assignment's maximum)
    pending: int = 0  # submissions whose written answers still wait for a human
    skipped: tuple[str, ...] = ()  # students left out (no identifier for Moodle)

    def to_csv(self) -> str:
        """The table as CSV text."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=self.delimiter, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return buffer.getvalue()


def _num(value: float | None, decimal: str = ".") -> str:
    if value is None:
        return ""
    return f"{round(float(value), 2):g}".replace(".", decimal)


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


def _submission(gb: Any, assignment: str, student: str) -> Any:
    from nbgrader.api import MissingEntry

    try:
        return gb.find_submission(assignment, student)
    except MissingEntry:
        return None


def _in_course_order(course: Course, gb: Any) -> list[Any]:
    """The gradebook's assignments with notebooks, in the course's order (then by name)."""
    order = {name: i for i, name in enumerate(course.assignment_ids())}
    return sorted(
        (a for a in gb.assignments if a.notebooks),
        key=lambda a: (order.get(a.name, len(order)), a.name),
    )


def _by_name(gb: Any) -> list[Any]:
    """The gradebook's students by surname, then id."""
    return sorted(gb.students, key=lambda s: (s.last_name or "", s.id))


def moodle_table(
    course: Course, identifier: Identifier = Identifier.EMAIL, lang: str | None = None
) -> GradeTable:
    """Moodle's grade import: the identifier and one number per assignment already graded."""
    with open_gradebook(course) as gb:
        graded = [a for a in _in_course_order(course, gb) if a.submissions]
        columns = [f"{a.name} ({t('grading.export.total', lang)})" for a in graded]
        rows, skipped, pending = [], [], 0
        for student in _by_name(gb):
            key = student.email if identifier == Identifier.EMAIL else student.id
            if not key:
                skipped.append(student.id)
                continue
            row = [key]
            for a in graded:
                sub = _submission(gb, a.name, student.id)
                row.append("" if sub is None else _num(final_score(sub)))
                pending += bool(sub is not None and sub.needs_manual_grade)
            rows.append(tuple(row))
        maxima = tuple((c, float(a.max_score)) for c, a in zip(columns, graded, strict=True))
    return GradeTable(
        (identifier.column, *columns),
        tuple(rows),
        maxima=maxima,
        pending=pending,
        skipped=tuple(skipped),
    )


def build_table(
    course: Course, fmt: ExportFormat = ExportFormat.CSV, lang: str | None = None
) -> GradeTable:
    """Every question, total and status of every assignment, one row per student."""
    if fmt == ExportFormat.MOODLE:
        return moodle_table(course, lang=lang)

    records = load_records(course.state_dir)
    with open_gradebook(course) as gb:
        assignments = _in_course_order(course, gb)
        header = list(CSV_IDENTITY)
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
        for student in _by_name(gb):
            identity = (student.id, student.first_name, student.last_name, student.email)
            row = [v or "" for v in identity]
            total = max_total = 0.0
            for a, questions in plan:
                max_total += float(a.max_score)
                record = records.get((a.name, student.id))
                sub = _submission(gb, a.name, student.id)
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
                    row.append(
                        _num(grade.score, fmt.decimal) if known and grade is not None else ""
                    )
                score = final_score(sub)
                total += score
                failed = record is not None and record.status == Status.FAILED
                status = Status.decide(failed, bool(sub.needs_manual_grade))
                row += [_num(score, fmt.decimal), _status_text(status, record, lang)]
            row += [_num(total, fmt.decimal), _num(max_total, fmt.decimal)]
            rows.append(tuple(row))
    return GradeTable(tuple(header), tuple(rows), fmt.delimiter)


def export_grades(
    course: Course,
    out: Path | None = None,
    fmt: ExportFormat = ExportFormat.MOODLE,
    lang: str | None = None,
    identifier: Identifier = Identifier.EMAIL,
) -> tuple[Path, GradeTable]:
    """Write the grades CSV (default course/grades_<format>.csv); return its path and table."""
    if fmt == ExportFormat.MOODLE:
        table = moodle_table(course, identifier, lang)
    else:
        table = build_table(course, fmt, lang)
    path = out or course.root / f"grades_{fmt.value}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: spreadsheet programs and Moodle read the accents right
    path.write_text(table.to_csv(), encoding="utf-8-sig")
    return path, table
