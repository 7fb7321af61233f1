"""`validate` on a student's laptop: no course folder, only the notebook handed out."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from smm_course.cli import main
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

EXERCISE = "m01_touchpoint"
RELEASED = h.REPO / "exercises" / EXERCISE / f"{EXERCISE}.ipynb"
SOLUTION = h.REPO / "solutions" / EXERCISE / f"{EXERCISE}.ipynb"


def _by_id(nb) -> dict:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.metadata}


def _solved() -> nbformat.NotebookNode:
    """The released notebook with every answer as in the instructor's solution."""
    nb = nbformat.read(str(RELEASED), as_version=4)
    solution = _by_id(nbformat.read(str(SOLUTION), as_version=4))
    for gid, cell in _by_id(nb).items():
        if cell.metadata["nbgrader"].get("solution"):
            cell.source = solution[gid].source
    return nb


@pytest.fixture
def laptop(tmp_path, monkeypatch) -> Path:
    """A download folder outside any course, working directory of the student."""
    folder = tmp_path / "Scaricati"
    shutil.copytree(RELEASED.parent, folder)
    monkeypatch.chdir(folder)
    return folder


def _validate(
    folder: Path, nb, capsys, *, lang: str | None = None, command=("course", "validate")
) -> tuple[int, str]:
    path = folder / f"{EXERCISE}.ipynb"
    nbformat.write(nb, str(path))
    argv = ["--lang", lang] if lang else []
    code = main([*argv, *command, str(path)])
    return code, capsys.readouterr().out


@pytest.mark.parametrize("command", [("course", "validate"), ("validate",)])
def test_correct_answers_pass_outside_the_course(laptop, capsys, command):
    code, out = _validate(laptop, _solved(), capsys, command=command)
    assert code == 0, out
    assert "Validazione riuscita" in out
    assert "non trovata" not in out  # the release installed with the course was found


def test_a_deleted_test_is_put_back_and_run_as_the_grader_does(laptop, capsys):
    nb = h.delete_cell(_solved(), "test_quota_digitale")
    code, out = _validate(laptop, nb, capsys)
    assert code == 1
    assert "Validazione riuscita" not in out
    assert "hai cancellato la cella di test test_quota_digitale" in out
    assert "alla correzione viene rimessa" in out
    assert "non avrai il punteggio pieno" not in out  # the grader restores it: full marks

    wrong = _by_id(nb)["quota_digitale"]
    wrong.source = wrong.source.replace('costo_per_natura["digital"]', "100 * costo_per_natura")
    code, out = _validate(laptop, nb, capsys)
    assert code == 1
    assert "il test test_quota_digitale non è superato" in out  # the restored test ran
    assert "non avrai il punteggio pieno" in out


def test_a_tampered_test_is_replaced_by_the_original(laptop, capsys):
    nb = _solved()
    answer = _by_id(nb)["quota_digitale"]
    answer.source = answer.source.replace("quota_digitale = ", "quota_digitale = 100 * ")
    _by_id(nb)["test_quota_digitale"].source = "assert True"
    code, out = _validate(laptop, nb, capsys)
    assert code == 1
    assert "Validazione riuscita" not in out
    assert "hai modificato la cella di test test_quota_digitale" in out
    assert "il test test_quota_digitale non è superato: quota_digitale è una frazione" in out
    assert "non avrai il punteggio pieno" in out


def test_a_missing_answer_is_named_instead_of_a_name_error(laptop, capsys):
    nb = _solved()
    released = _by_id(nbformat.read(str(RELEASED), as_version=4))
    _by_id(nb)["grafico"].source = released["grafico"].source
    code, out = _validate(laptop, nb, capsys)
    assert code == 1
    assert "non hai ancora risposto nella cella grafico" in out
    assert (
        "il test test_grafico_forma non è superato: manca ax: rispondi nella cella grafico" in out
    )
    assert "NameError" not in out
    assert "VALIDAZIONE NON RIUSCITA: 2 problemi" in out


def test_the_report_follows_the_language_option(laptop, capsys):
    nb = h.delete_cell(_solved(), "test_quota_digitale")
    _by_id(nb)["grafico"].source = "# SCRIVI QUI IL TUO CODICE\nraise NotImplementedError()"
    code, out = _validate(laptop, nb, capsys, lang="en")
    assert code == 1
    assert "you deleted the test cell test_quota_digitale: grading puts it back" in out
    assert "you have not answered in cell grafico yet" in out
    assert "ax is missing: answer in cell grafico" in out
    assert "VALIDATION FAILED: 2 problems" in out
    assert "hai " not in out and "NameError" not in out


def test_without_any_release_the_notebooks_own_checksums_catch_a_tampered_test(
    course_root, tmp_path, monkeypatch, capsys
):
    # an exercise the installed course does not ship: only the checksums in the notebook help
    nb = h.edit_cell(h.submission(course_root, "good", "Una risposta."), "test_visibile", "pass")
    folder = tmp_path / "altrove"
    folder.mkdir()
    monkeypatch.chdir(folder)
    path = folder / f"{h.NOTEBOOK}.ipynb"
    nbformat.write(nb, str(path))
    code = main(["course", "validate", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "versione distribuita non trovata" in out
    assert "hai modificato la cella test_visibile, che è di sola lettura" in out
    assert "Validazione riuscita" not in out
    assert "VALIDAZIONE NON RIUSCITA: hai cancellato o modificato celle di sola lettura" in out


def test_without_any_release_a_deleted_test_shows_in_the_announced_points(
    laptop, monkeypatch, capsys
):
    # a laptop where the course is not installed: no release to compare with
    monkeypatch.setattr("smm_course.grading.validate_release.release_dirs", lambda course: [])
    nb = h.delete_cell(_solved(), "test_quota_digitale")
    code, out = _validate(laptop, nb, capsys)
    assert code == 1
    assert "versione distribuita non trovata" in out
    assert "valgono 18 punti, ma in cima ne sono annunciati 20" in out
    assert "Validazione riuscita" not in out
    assert "VALIDAZIONE NON RIUSCITA: hai cancellato o modificato celle di sola lettura" in out

    code, out = _validate(laptop, _solved(), capsys)
    assert code == 0, out
    assert "Validazione riuscita" in out
