"""`smm-course course validate`: non-zero exit on failure, deleted tests found, Italian report."""

from __future__ import annotations

import pytest

from smm_course.cli import main
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]


def _validate(course_root, nb, capsys, name=h.NOTEBOOK):
    path = course_root.parent / "student" / f"{name}.ipynb"
    path.parent.mkdir(exist_ok=True)
    import nbformat

    nbformat.write(nb, str(path))
    code = main(["course", "--course", str(course_root), "validate", str(path)])
    return code, capsys.readouterr().out


def test_validate_exit_codes_and_messages(course_root, capsys):
    code, out = _validate(course_root, h.submission(course_root, "good", "Una risposta."), capsys)
    assert code == 0, out
    assert "Validazione riuscita" in out

    code, out = _validate(course_root, h.released(course_root), capsys)
    assert code == 1
    assert "non hai ancora risposto nella cella risposta" in out
    assert "non hai ancora risposto nella cella spiegazione" in out
    assert "VALIDAZIONE NON RIUSCITA" in out

    code, out = _validate(course_root, h.submission(course_root, "wrong", "Una risposta."), capsys)
    assert code == 1
    assert "il test test_visibile non è superato" in out

    # a deleted test cell: plain nbgrader says "Success", we do not
    nb = h.delete_cell(h.submission(course_root, "good", "Una risposta."), "test_visibile")
    code, out = _validate(course_root, nb, capsys, name="copia")
    assert code == 1
    assert "hai cancellato la cella di test test_visibile" in out

    # a tampered test: the original runs, as at grading
    nb = h.edit_cell(h.submission(course_root, "wrong", "Una risposta."), "test_visibile", "pass")
    code, out = _validate(course_root, nb, capsys)
    assert code == 1
    assert "hai modificato la cella di test test_visibile" in out
    assert "il test test_visibile non è superato" in out


def test_validate_missing_file_is_one_line_error(course_root, capsys):
    code = main(["course", "--course", str(course_root), "validate", "nessuno.ipynb"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Errore:") and err.count("\n") == 1
