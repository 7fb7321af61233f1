"""The instructor's day end to end through the `smm-course course` command."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from smm_course.cli import main
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]


def _cli(*args, cwd):
    env = dict(os.environ)
    # no venv on PATH: the command must find nbgrader's `alembic` by itself
    env["PATH"] = "/usr/bin:/bin"
    exe = Path(sys.executable).parent / "smm-course"
    return subprocess.run(
        [str(exe), *args],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_instructor_day(tmp_path):
    root = h.make_course(tmp_path)
    students = h.REPO / "course" / "students.example.csv"
    done = _cli("course", "init", "--students", str(students), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "8 studenti" in done.stdout

    done = _cli("course", "release", cwd=root)  # inside course/
    assert done.returncode == 0, done.stdout + done.stderr
    released = tmp_path / "exercises" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    assert released.is_file()
    text = released.read_text(encoding="utf-8")
    assert "return like / post" not in text and "HIDDEN" not in text

    rows = list(csv.DictReader(students.read_text(encoding="utf-8").splitlines()))
    archive = tmp_path / "moodle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i, row in enumerate(rows[:3]):
            nb = h.submission(root, "good" if i else "wrong")
            name = (
                f"{row['name']} {row['surname']}_{900 + i}_assignsubmission_file_touchpoint.ipynb"
            )
            zf.writestr(name, nbformat.writes(nb))
    done = _cli("course", "--course", str(root), "collect", str(archive), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "3 consegne" in done.stdout

    done = _cli("course", "grade", "--jobs", "2", cwd=tmp_path)  # finds ./course
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 consegne corrette" in done.stdout

    done = _cli("course", "feedback", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((root / "feedback").rglob("*.html"))) == 3

    out = tmp_path / "voti.csv"
    done = _cli("course", "export", "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    grades = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(grades) == len(rows)
    by_mail = {g["Email address"]: g for g in grades}
    first, second = rows[0]["email"], rows[1]["email"]
    assert by_mail[first][f"{h.ASSIGNMENT} (totale)"] == "0"
    assert by_mail[second][f"{h.ASSIGNMENT} (totale)"] == "3"
    assert by_mail[rows[5]["email"]][f"{h.ASSIGNMENT} (totale)"] == ""  # nothing handed in
    assert list(grades[0]) == ["Email address", f"{h.ASSIGNMENT} (totale)"]


@pytest.mark.parametrize(
    ("index", "old", "new", "expected"),
    [
        (2, "like / post", "post / like", "test_visibile"),  # a wrong solution
        (3, "== 0.25", '== 0.25\n"ok"', "non è un numero"),  # would give everyone full marks
    ],
)
def test_release_refuses_a_broken_solution(tmp_path, capsys, index, old, new, expected):
    root = h.make_course(tmp_path)
    src = tmp_path / "solutions" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    nb = nbformat.read(str(src), as_version=4)
    nb.cells[index].source = nb.cells[index].source.replace(old, new)
    nbformat.write(nb, str(src))
    code = main(["course", "--course", str(root), "release", h.ASSIGNMENT])
    out = capsys.readouterr().out
    assert code == 1
    assert expected in out and "NON generata" in out
    assert not (tmp_path / "exercises" / h.ASSIGNMENT).exists()


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["course", "--course", str(tmp_path), "grade"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Errore: nessun corso nbgrader") and err.count("\n") == 1
    root = h.make_course(tmp_path)
    assert main(["course", "--course", str(root), "grade", "m99_niente"]) == 2
    assert "esercitazione sconosciuta: m99_niente" in capsys.readouterr().err
    assert main(["course", "--course", str(root), "grade", h.ASSIGNMENT]) == 2
    assert "rilasciata" in capsys.readouterr().err
    assert main(["course", "--course", str(root), "grade", "--jobs", "0"]) == 2


@pytest.mark.parametrize(("lang", "word"), [("it", "esercitazione"), ("en", "assignment")])
def test_help_is_translated(lang, word, capsys):
    with pytest.raises(SystemExit):
        main(["--lang", lang, "course", "grade", "--help"])
    assert word in capsys.readouterr().out
