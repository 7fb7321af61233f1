"""The instructor's loop on a temporary course, from an Excel class list to the class report."""

from __future__ import annotations

import csv
import html
import re
import zipfile

import nbformat
import pytest
from nbformat import v4

from smm_course.cli import main
from smm_course.grading.course import open_course
from smm_course.grading.gradebook import open_gradebook
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

ROSTER = (
    "Matricola;Nome;Cognome;Indirizzo email\r\n"
    "smarino;Sofia;Marinò;sofia.marino@example.it\r\n"
    "mrossi;Mario;Rossi;mario.rossi@example.it\r\n"
    "gbianchi;Giulia;Bianchi;giulia.bianchi@example.it\r\n"
)
ITEMS = ("Cartolina nel pacco", "Recensione su Google")
KEY = {"Cartolina nel pacco": "gestito", "Recensione su Google": "spontaneo"}
FOLDERS = {  # Moodle 4.1 folders, and the older ones with a final "_"
    "smarino": "Sofia Marinò_301_assignsubmission_file",
    "mrossi": "Mario Rossi_302_assignsubmission_file_",
    "gbianchi": "Giulia Bianchi_303_assignsubmission_file",
}
WRITTEN = "Misura quante persone reagiscono davvero."


def _source() -> nbformat.NotebookNode:
    """The synthetic exercise, in two parts, with a classification to grade item by item."""
    nb = h.source_notebook()
    meta = h._meta
    blank = ", ".join(f'"{item}": ...' for item in ITEMS)
    nb.cells[1:1] = [v4.new_markdown_cell("## Parte 1 · Il tasso")]
    nb.cells += [
        v4.new_markdown_cell("## Parte 2 · Gestito o spontaneo"),
        v4.new_code_cell(
            f"classi = {{{blank}}}\n### BEGIN SOLUTION\nclassi = {KEY!r}\n### END SOLUTION",
            metadata=meta("classi", solution=True),
        ),
        v4.new_code_cell(
            "assert len(classi) == 2\n### BEGIN HIDDEN TESTS\n"
            "from smm_course.frameworks.touchpoints import Control\n"
            f"assert {{k: Control.from_any(v) for k, v in classi.items()}} == "
            f"{{k: Control.from_any(v) for k, v in {KEY!r}.items()}}\n"
            "### END HIDDEN TESTS",
            metadata=meta("test_classi", grade=True, locked=True, points=1),
        ),
    ]
    return nb


def _filled(root, variant: str, classes: dict[str, str], text: str = WRITTEN):
    nb = h.submission(root, variant, answer_text=text)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "classi")
    cell.source = f"classi = {classes!r}"
    return nb


def _moodle_zip(path, notebooks: dict[str, nbformat.NotebookNode]):
    with zipfile.ZipFile(path, "w") as zf:
        for student, nb in notebooks.items():
            zf.writestr(f"{FOLDERS[student]}/{h.NOTEBOOK}.ipynb", nbformat.writes(nb))
    return path


def _run(capsys, *args) -> str:
    code = main(["course", "--course", str(ROOT[0]), *args])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    return captured.out


ROOT: list = []


def test_the_whole_loop(tmp_path, capsys):
    root = h.make_course(tmp_path)
    ROOT[:] = [root]
    nbformat.write(_source(), str(tmp_path / "solutions" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"))
    roster = tmp_path / "studenti.csv"
    roster.write_bytes(ROSTER.encode("cp1252"))  # as Italian Excel saves it
    assert "3 studenti" in _run(capsys, "init", "--students", str(roster))
    _run(capsys, "release", h.ASSIGNMENT)

    first = _moodle_zip(
        tmp_path / "moodle.zip",
        {
            "smarino": _filled(root, "good", {ITEMS[0]: "managed", ITEMS[1]: "spontaneo"}),
            "mrossi": _filled(root, "wrong", {ITEMS[0]: "spontaneo", ITEMS[1]: "<b>boh</b>"}),
            "gbianchi": _filled(root, "visible_only", {ITEMS[0]: "gestito", ITEMS[1]: "gestito"}),
        },
    )
    assert "Archiviate 3 consegne" in _run(capsys, "collect", str(first))
    assert "3 consegne corrette" in _run(capsys, "grade", h.ASSIGNMENT, "--jobs", "2")

    course = open_course(root)
    with open_gradebook(course) as gb:  # the instructor scores Sofia's written answer
        grade = gb.find_grade("spiegazione", h.NOTEBOOK, h.ASSIGNMENT, "smarino")
        grade.manual_score = 2.0
        grade.needs_manual_grade = False
        gb.db.commit()

    late = _moodle_zip(
        tmp_path / "moodle_tardi.zip",
        {"mrossi": _filled(root, "good", {ITEMS[0]: "gestito", ITEMS[1]: "<b>boh</b>"})},
    )
    _run(capsys, "collect", str(late))
    out = _run(capsys, "grade", h.ASSIGNMENT)
    assert "1 consegne corrette" in out and "2 consegne invariate" in out
    with open_gradebook(course) as gb:
        grade = gb.find_grade("spiegazione", h.NOTEBOOK, h.ASSIGNMENT, "smarino")
        assert (grade.manual_score, grade.needs_manual_grade) == (2.0, False)

    pack = tmp_path / "riscontri.zip"
    out = _run(capsys, "feedback", h.ASSIGNMENT, "--zip", str(pack))
    assert "Carica file di feedback multipli" in out
    with zipfile.ZipFile(pack) as zf:
        names = sorted(zf.namelist())
    assert names == sorted(f"{folder}/{h.NOTEBOOK}.html" for folder in FOLDERS.values())

    moodle = tmp_path / "moodle.csv"
    out = _run(capsys, "export", "--out", str(moodle))
    assert "«Voto massimo» impostato a 6" in out  # 1 + 2 + 2 + 1 points
    rows = list(csv.reader(moodle.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Email address", f"{h.ASSIGNMENT} (totale)"]
    assert dict(rows[1:]) == {
        "sofia.marino@example.it": "6",  # 3 + 1 automatic, 2 by hand
        "mario.rossi@example.it": "3",  # the late resubmission: 3, classification wrong
        "giulia.bianchi@example.it": "1",
    }
    excel = tmp_path / "excel.csv"
    _run(capsys, "export", "--format", "excel", "--out", str(excel))
    table = list(csv.DictReader(excel.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert {r["student_id"]: r["last_name"] for r in table}["smarino"] == "Marinò"

    report_dir = tmp_path / "resoconto"
    out = _run(capsys, "report", h.ASSIGNMENT, "--out", str(report_dir), "--below", "50")
    assert "3 immagini" in out
    for picture in ("distribuzione.png", "test.png", "errori_classi.png"):
        assert (report_dir / picture).read_bytes().startswith(b"\x89PNG")
    page = (report_dir / "report.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    for test in ("test_visibile", "test_nascosto", "test_classi"):  # every test, with its part
        assert test in text
    assert "Parte 1 · Il tasso" in text and "Parte 2 · Gestito o spontaneo" in text
    rates = re.findall(
        r"<td>(test_\w+)</td><td class=\"num\">([\d.]+)</td><td class=\"num\">(\d/\d)", page
    )
    assert rates == [
        ("test_visibile", "1", "3/3"),
        ("test_nascosto", "2", "2/3"),
        ("test_classi", "1", "1/3"),
    ]
    assert "<b>boh</b> (×1)" in text and "<b>boh</b>" not in page  # escaped, never markup
    assert "gestito (×1)" in text  # Giulia's wrong choice; "managed" counts as right
    assert "Risposte scritte da correggere a mano: 2" in text  # Mario's and Giulia's
    below = page[page.index("sotto la soglia") :]
    assert "gbianchi" in below and "smarino" not in below and "mrossi" not in below

    _run(capsys, "report", h.ASSIGNMENT, "--out", str(tmp_path / "en"))
    capsys.readouterr()
    assert (
        main(
            [
                "--lang",
                "en",
                "course",
                "--course",
                str(root),
                "report",
                h.ASSIGNMENT,
                "--out",
                str(tmp_path / "en"),
            ]
        )
        == 0
    )
    english = (tmp_path / "en" / "report.html").read_text(encoding="utf-8")
    assert "Class report" in english and "Written answers to grade by hand: 2" in english
