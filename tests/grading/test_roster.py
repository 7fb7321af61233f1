"""Class lists as they come from Excel and Moodle: read, or refused with the line to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from smm_course.cli import main
from smm_course.errors import UserError
from smm_course.roster import read_roster
from tests.grading import helpers as h

EXCEL = "Matricola;Nome;Cognome;Indirizzo email\r\nsmarino;Sofia;Marinò;s.marino@example.it\r\n"


def _write(tmp_path: Path, text: str, encoding: str = "cp1252") -> Path:
    path = tmp_path / "studenti.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_an_italian_excel_class_list_is_read(tmp_path):
    rows = read_roster(_write(tmp_path, EXCEL + "ldamico;Luca;D'Amico;;\r\n"))
    assert [(r.id, r.last_name, r.email) for r in rows] == [
        ("smarino", "Marinò", "s.marino@example.it"),
        ("ldamico", "D'Amico", ""),
    ]


@pytest.mark.parametrize(
    ("extra", "it", "en"),
    [
        (";Anna;Sala;a@x.it\r\n", "riga 3: manca l'identificativo", "line 3: the student's id is"),
        (
            "smarino;Sara;Marini;m@x.it\r\n",
            "riga 3: «smarino» compare due volte",
            "line 3: “smarino”",
        ),
        ("asala;Anna;Sala;a@x.it;extra\r\n", "riga 3: 5 colonne invece di 4", "line 3: 5 columns"),
        ("asala,Anna,Sala,a@x.it\r\n", "riga 3: 1 colonne invece di 4", "line 3: 1 columns"),
    ],
)
def test_a_bad_line_is_named_in_the_learners_language(tmp_path, extra, it, en):
    path = _write(tmp_path, EXCEL + extra)
    with pytest.raises(UserError, match=it) as info:
        read_roster(path, "it")
    assert "non ho creato nulla" in str(info.value)
    with pytest.raises(UserError, match=en):
        read_roster(path, "en")


def test_every_bad_line_is_named_at_once(tmp_path):
    path = _write(tmp_path, EXCEL + ";A;B;\r\nsmarino;S;M;\r\n")
    with pytest.raises(UserError) as info:
        read_roster(path, "it")
    assert "riga 3" in str(info.value) and "riga 4" in str(info.value)


def test_bytes_no_encoding_reads_name_their_line(tmp_path):
    path = tmp_path / "studenti.csv"
    path.write_bytes(EXCEL.encode("cp1252") + b"xx;Ann\x81;Sala;\r\n")
    with pytest.raises(UserError, match="riga 3: caratteri"):
        read_roster(path, "it")
    path.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(UserError, match="xlsx"):
        read_roster(path, "it")


def test_a_bad_class_list_creates_no_gradebook(tmp_path, capsys):
    root = h.make_course(tmp_path)
    bad = _write(tmp_path, EXCEL + "smarino;Sara;Marini;\r\n")
    assert main(["course", "--course", str(root), "init", "--students", str(bad)]) == 2
    assert "riga 3" in capsys.readouterr().err
    assert not (root / "gradebook.db").exists()
    good = _write(tmp_path, EXCEL)
    assert main(["course", "--course", str(root), "init", "--students", str(good)]) == 0
    assert "1 studenti" in capsys.readouterr().out
