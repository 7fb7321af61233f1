"""Collect from a Moodle-style ZIP: match names, record renames, list what cannot be matched."""

from __future__ import annotations

import json
import zipfile

import nbformat
import pytest

from smm_course.cli import main
from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from smm_course.grading.status import IssueKind
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader]


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_collect_moodle_zip(course_root, tmp_path, capsys):
    good = nbformat.writes(h.submission(course_root, "good"))
    archive = _zip(
        tmp_path / "consegne.zip",
        {
            # one file per student, Moodle naming, accents and case do not matter
            "Mario Rossi_101_assignsubmission_file_touchpoint.ipynb": good,
            # renamed by the student
            "GIULIA BIANCHI_102_assignsubmission_file_Copia di touchpoint.ipynb": good,
            # one folder per student
            "Luca Verdi_103_assignsubmission_file_/touchpoint.ipynb": good,
            # nobody in the class list
            "Paolo Neri_104_assignsubmission_file_touchpoint.ipynb": good,
            "Mario Rossi_101_assignsubmission_file_appunti.pdf": b"%PDF-1.4",
            "../fuori.ipynb": good,
        },
    )
    code = main(["course", "--course", str(course_root), "collect", str(archive)])
    out = capsys.readouterr().out
    assert code == 0
    submitted = course_root / "submitted"
    for student in ("mrossi", "gbianchi", "lverdi"):
        assert (submitted / student / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb").is_file()
    assert "Paolo Neri_104_assignsubmission_file_touchpoint.ipynb" in out
    assert "appunti.pdf" in out
    assert "fuori.ipynb" in out
    assert "rinominato" in out
    kept = list((course_root / ".smm_course" / "unmatched").rglob("*"))
    assert any(p.name.startswith("Paolo Neri") for p in kept)  # never dropped
    manifest = json.loads((course_root / ".smm_course" / "collect.json").read_text("utf-8"))
    assert manifest[h.ASSIGNMENT]["gbianchi"]["renamed"] == {
        h.NOTEBOOK: "Copia di touchpoint.ipynb"
    }

    report = grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=1, progress=False)
    by_student = {r.student: r for r in report.records}
    assert IssueKind.RENAMED in {i.kind for i in by_student["gbianchi"].issues}
    assert by_student["gbianchi"].score == h.MAX_AUTO
    assert not by_student["mrossi"].issues


def test_collect_folder_per_student_without_roster(course_root, tmp_path, capsys):
    src = tmp_path / "cartelle"
    for student in ("anna", "bruno"):
        (src / "consegne" / student).mkdir(parents=True)
        nbformat.write(
            h.submission(course_root, "good"), str(src / "consegne" / student / "x.ipynb")
        )
    code = main(["course", "--course", str(course_root), "collect", str(src)])
    assert code == 0
    out = capsys.readouterr().out
    # the class list knows neither: they are listed, not invented
    assert "anna" in out and "bruno" in out
    assert not (course_root / "submitted" / "anna").exists()


def test_collect_bad_zip_is_one_line_error(course_root, tmp_path, capsys):
    bad = tmp_path / "rotto.zip"
    bad.write_bytes(b"non uno zip")
    assert main(["course", "--course", str(course_root), "collect", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("Errore:")


def test_collect_records_moodle_folders_and_files_kept_ones_by_hand(course_root, tmp_path, capsys):
    good = nbformat.writes(h.submission(course_root, "good"))
    archive = _zip(
        tmp_path / "moodle41.zip",
        {
            # Moodle 4.1+: one folder per participant, no final "_"
            "Mario Rossi_201_assignsubmission_file/touchpoint.ipynb": good,
            "Giulia Bianchi_202_assignsubmission_file_/touchpoint.ipynb": good,
            # two kept files in two folders: both are named with where they are kept
            "Maria Gallo_203_assignsubmission_file/touchpoint.ipynb": good,
            "Luca Verdi_204_assignsubmission_file/note.html": b"<p>note</p>",
        },
    )
    assert main(["course", "--course", str(course_root), "collect", str(archive)]) == 0
    out = capsys.readouterr().out
    manifest = json.loads((course_root / ".smm_course" / "collect.json").read_text("utf-8"))
    folders = {s: e.get("moodle_folder") for s, e in manifest[h.ASSIGNMENT].items()}
    assert folders == {
        "mrossi": "Mario Rossi_201_assignsubmission_file",
        "gbianchi": "Giulia Bianchi_202_assignsubmission_file_",
    }
    kept = sorted((course_root / ".smm_course" / "unmatched").rglob("*.*"))
    assert len(kept) == 2
    for path in kept:
        assert str(path) in out  # every kept file, not only the first folder
    assert "--assign" in out

    gallo = next(p for p in kept if p.suffix == ".ipynb")
    code = main(
        ["course", "--course", str(course_root), "collect", "--assign", str(gallo), "Luca Verdi"]
    )
    assert code == 0
    assert "lverdi" in capsys.readouterr().out
    assert (course_root / "submitted" / "lverdi" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb").is_file()
    manifest = json.loads((course_root / ".smm_course" / "collect.json").read_text("utf-8"))
    assert manifest[h.ASSIGNMENT]["lverdi"]["moodle_folder"] == (
        "Maria Gallo_203_assignsubmission_file"
    )
    note = next(p for p in kept if p.suffix == ".html")
    argv = ["course", "--course", str(course_root), "collect", "--assign", str(note), "lverdi"]
    assert main(argv) == 2
    assert "non è un notebook" in capsys.readouterr().err
    argv[-1] = "Paolo Neri"
    argv[-2] = str(gallo)
    assert main(argv) == 2
    assert "nessuno studente «Paolo Neri»" in capsys.readouterr().err
