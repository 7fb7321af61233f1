"""A reopened notebook whose forms cannot be drawn explains itself instead of an error alone."""

from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.display import display
from IPython.utils.capture import capture_output

from smm_course.checks import Exercise, check_number
from smm_course.widgets import BMCForm
from smm_course.widgets.capstone import form_if_missing, short_answer
from tests.widgets.conftest import FACTORIES

WIDGET = "application/vnd.jupyter.widget-view+json"


@pytest.fixture
def shell():
    """An IPython shell for display(), removed afterwards so no other test sees it."""
    existed = InteractiveShell.initialized()
    yield InteractiveShell.instance()
    if not existed:
        InteractiveShell.clear_instance()


@pytest.mark.parametrize("form_name", sorted(FACTORIES))
def test_a_form_is_shown_after_a_note_for_when_it_cannot_be_drawn(form_name, shell) -> None:
    form = FACTORIES[form_name]()
    with capture_output() as captured:
        display(form)
    note, shown = captured.outputs
    assert "Esegui tutte le celle" in note.data["text/html"]
    assert "smm-reopen" in note.data["text/html"] and "<script" not in note.data["text/html"]
    # the CSS hides the note whenever the next output holds a drawn widget
    assert ":has(+ .jp-OutputArea-child .jp-OutputArea-output " in note.data["text/html"]
    assert WIDGET in shown.data
    # where widgets cannot be drawn at all, the form's text says what to do
    assert "Esegui tutte le celle" in shown.data["text/plain"]


def test_the_note_follows_the_course_language(shell, monkeypatch) -> None:
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    with capture_output() as captured:
        display(FACTORIES["quiz"]())
    assert "Run All Cells" in captured.outputs[0].data["text/html"]


def test_lesson_07_boxes_come_with_the_note_too(shell, workbook) -> None:
    exercise = Exercise("l07.prova_breve", lambda answer: check_number(answer, 12))
    boxes = [
        short_answer(exercise, "Quanti canali?", workbook=workbook),
        form_if_missing("l02.canvas", lambda: BMCForm(workbook=workbook)),
    ]
    for box in boxes:
        with capture_output() as captured:
            display(box)
        note, shown = captured.outputs
        assert "Esegui tutte le celle" in note.data["text/html"]
        assert WIDGET in shown.data
