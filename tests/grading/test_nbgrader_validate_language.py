"""nbgrader's Validate (the JupyterLab button) with the course's config: the course's words."""

from __future__ import annotations

import nbformat
import pytest

from smm_course.grading.course import open_course
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]


def _validate(course_root, tmp_path, *, bare_stub=True):
    from nbgrader.validator import Validator

    path = tmp_path / f"stub_{bare_stub}" / f"{h.NOTEBOOK}.ipynb"
    path.parent.mkdir()
    nb = h.released(course_root)  # nothing answered: tasso() raises NotImplementedError
    if bare_stub:  # the whole cell a stub: tasso is not even defined
        h.edit_cell(nb, "risposta", "# SCRIVI QUI IL TUO CODICE\nraise NotImplementedError()")
    nbformat.write(nb, str(path))
    config = open_course(course_root).config()
    return config, Validator(config=config).validate(str(path))


def test_the_validate_button_names_the_missing_answer_in_italian(course_root, tmp_path):
    config, results = _validate(course_root, tmp_path)
    errors = "\n".join(cell["raw_error"] for cell in results["failed"])
    assert "tasso non è ancora definito: rispondi alla cella che lo chiede" in errors
    assert "is not defined" not in errors and "Traceback" not in errors
    assert config.Validator.failed_warning.startswith("VALIDAZIONE NON RIUSCITA SU {num_failed}")
    assert "CELLE DI TEST" in config.Validator.changed_warning

    _, results = _validate(course_root, tmp_path, bare_stub=False)
    errors = "\n".join(cell["raw_error"] for cell in results["failed"])
    assert "manca ancora una risposta: una cella di risposta contiene ancora raise" in errors
    assert "Traceback" not in errors


def test_the_validate_button_follows_the_learners_language(course_root, tmp_path, monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    config, results = _validate(course_root, tmp_path)
    errors = "\n".join(cell["raw_error"] for cell in results["failed"])
    assert "tasso is not defined yet: answer the cell that asks for it" in errors
    assert config.Validator.failed_warning.startswith("VALIDATION FAILED ON {num_failed}")
