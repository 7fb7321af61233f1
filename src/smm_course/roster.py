"""The class list: one reader for every command that takes a students CSV."""

from __future__ import annotations

import csv
import re
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


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(t("roster.unreadable", path=str(path), error=exc)) from exc
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UserError(t("roster.unreadable", path=str(path), error="encoding"))


def read_roster(path: Path) -> list[RosterRow]:
    """The students of a CSV with a header (`,`, `;` or tab; UTF-8 or Windows-1252)."""
    lines = _text(path).splitlines()
    if not lines:
        raise UserError(t("roster.empty", path=str(path)))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(lines[0], ",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(lines, dialect))
    header = [h.strip().lower() for h in rows[0]]
    columns = {
        key: next((header.index(a) for a in aliases if a in header), None)
        for key, aliases in COLUMNS.items()
    }
    if columns["id"] is None:
        found = ", ".join(rows[0])
        raise UserError(t("roster.no_id", path=str(path), columns=found))
    students = []
    for number, row in enumerate(rows[1:], start=2):
        values = {
            key: row[i].strip() if i is not None and i < len(row) else ""
            for key, i in columns.items()
        }
        if values["id"]:
            students.append(RosterRow(**values, line=number))
    if not students:
        raise UserError(t("roster.empty", path=str(path)))
    return students
