"""The class list: one reader for every command that takes a students CSV."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from smm_course.errors import UserError
from smm_course.i18n import t

# Header names accepted for each field (Italian and English, Moodle's and nbgrader's).
COLUMNS = {
    "id": ("id", "username", "student_id", "matricola", "utente", "id number"),
    "first_name": ("first_name", "name", "nome", "first name"),
    "last_name": ("last_name", "surname", "cognome", "last name"),
    "email": ("email", "e-mail", "email address", "indirizzo email"),
    "password": ("password",),
}
ENCODINGS = ("utf-8-sig", "cp1252")  # a class list saved by Excel in Italy is Windows-1252
MAX_REPORTED = 5  # errors named in one message


@dataclass(frozen=True)
class RosterRow:
    """One student of the class list."""

    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    password: str = field(default="", repr=False)
    line: int = 0  # line in the file, for messages

    @property
    def full_name(self) -> str:
        """First and last name, without the characters a passwd comment cannot hold."""
        name = f"{self.first_name} {self.last_name}".strip()
        return re.sub(r"[:,\n]", " ", name)


def _bad_line(raw: bytes) -> int:
    """The first line (1-based) that no accepted encoding can read."""
    for number, line in enumerate(raw.split(b"\n"), start=1):
        for encoding in ENCODINGS:
            try:
                line.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            return number
    return 1


def _text(path: Path, lang: str | None) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(t("roster.unreadable", lang, path=str(path), error=exc)) from exc
    if b"\x00" in raw[:4096]:  # an .xlsx or .ods workbook, not a CSV
        raise UserError(t("roster.not_text", lang, path=str(path)))
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(t("roster.undecodable", lang, path=str(path), line=_bad_line(raw)))


def _trimmed(row: list[str]) -> list[str]:
    """The row without the empty cells at its end (Excel pads rows with `;;`)."""
    end = len(row)
    while end and not row[end - 1].strip():
        end -= 1
    return row[:end]


def _problem(
    student: RosterRow,
    first_line: dict[str, int],
    check: Callable[[RosterRow], str | None] | None,
    lang: str | None,
) -> str | None:
    """What is wrong with one row, or None."""
    if not student.id:
        return t("roster.no_id_on_line", lang, line=student.line)
    if student.id in first_line:
        first = first_line[student.id]
        return t("roster.duplicate", lang, line=student.line, id=student.id, first=first)
    return check(student) if check is not None else None


def read_roster(
    path: Path,
    lang: str | None = None,
    check: Callable[[RosterRow], str | None] | None = None,
) -> list[RosterRow]:
    """The students of a CSV with a header (`,`, `;` or tab; UTF-8 or Windows-1252).

    The whole file is checked first: any line it cannot read (no id, an id twice, the wrong
    number of columns, or what `check` refuses) is named in one error, and nothing is returned.
    """
    lines = _text(path, lang).splitlines()
    if not any(line.strip() for line in lines):
        raise UserError(t("roster.empty", lang, path=str(path)))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(lines[0], ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(lines, dialect))
    header = [h.strip().lower() for h in _trimmed(rows[0])]
    columns = {
        key: next((header.index(a) for a in aliases if a in header), None)
        for key, aliases in COLUMNS.items()
    }
    if columns["id"] is None:
        found = ", ".join(rows[0])
        raise UserError(t("roster.no_id", lang, path=str(path), columns=found))
    students: list[RosterRow] = []
    errors: list[str] = []
    first_line: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = _trimmed(row)
        if not cells:
            continue  # a blank line
        if len(cells) > len(header) or len(row) < len(header):
            found = len(cells) if len(cells) > len(header) else len(row)
            errors.append(t("roster.columns", lang, line=number, found=found, expected=len(header)))
            continue
        values = {
            key: cells[i].strip() if i is not None and i < len(cells) else ""
            for key, i in columns.items()
        }
        student = RosterRow(**values, line=number)
        problem = _problem(student, first_line, check, lang)
        first_line.setdefault(student.id, number)
        if problem:
            errors.append(problem)
        else:
            students.append(student)
    if errors:
        more = len(errors) - MAX_REPORTED
        shown = "; ".join(errors[:MAX_REPORTED])
        if more > 0:
            shown += t("roster.more", lang, count=more)
        raise UserError(t("roster.invalid", lang, path=str(path), errors=shown))
    if not students:
        raise UserError(t("roster.empty", lang, path=str(path)))
    return students
