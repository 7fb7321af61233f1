"""Every field of every form is saved in the workbook as it changes, before any button."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from smm_course.checks import Exercise, check_number
from smm_course.widgets.capstone import SummaryForm, short_answer
from smm_course.workbook import Workbook
from tests.widgets.conftest import FACTORIES, walk

CHOICES = (widgets.Dropdown, widgets.RadioButtons)
TEXTS = (widgets.Textarea, widgets.Text, widgets.Combobox)
NUMBERS = (widgets.IntText, widgets.FloatText)


def _inputs(root: widgets.Widget) -> list[widgets.Widget]:
    kinds = (*CHOICES, *TEXTS, *NUMBERS, widgets.Checkbox)
    return [w for w in walk(root) if isinstance(w, kinds) and not w.disabled]


def _change(field: widgets.Widget, n: int) -> None:
    """Give `field` a new value, as typing or choosing would."""
    if isinstance(field, CHOICES):
        values = [v for _label, v in field.options if v not in (None, "", field.value)]
        field.value = values[n % len(values)]
    elif isinstance(field, widgets.Checkbox):
        field.value = not field.value
    elif isinstance(field, NUMBERS):
        field.value = field.value + 7 + n
    else:
        field.value = f"Scritto nel campo {n}"


def _saved(path, exercise_id: str):
    return Workbook.open(path).answer(exercise_id)


@pytest.mark.parametrize("form_name", sorted(FACTORIES))
def test_every_field_of_the_form_is_saved_as_typed(form_name: str, workbook: Workbook) -> None:
    form = FACTORIES[form_name](workbook=workbook)
    fields = _inputs(form.widget)
    assert fields
    for n, field in enumerate(fields):
        before = _saved(workbook.path, form.model.exercise_id)
        _change(field, n)
        after = _saved(workbook.path, form.model.exercise_id)
        assert after != before, (form_name, n, type(field).__name__)
        assert after == form.model.answer  # what the form shows is what the file holds
    assert Workbook.open(workbook.path).attempts(form.model.exercise_id) == []


def test_the_summary_form_saves_brand_and_text_as_typed(workbook: Workbook) -> None:
    form = SummaryForm(workbook=workbook)
    form.brand.value = "Ceramiche Ferretti"
    form.text.value = "Porto la bottega online."
    saved = _saved(workbook.path, "l07.sintesi")
    assert saved == {"brand": "Ceramiche Ferretti", "executive_summary": "Porto la bottega online."}


@pytest.mark.parametrize("rows", [1, 4])
def test_a_short_answer_is_saved_as_typed_and_comes_back(rows: int, workbook: Workbook) -> None:
    exercise = Exercise("l07.prova_breve", lambda answer: check_number(answer, 12))
    box = short_answer(exercise, "Quanti canali?", rows=rows, workbook=workbook)
    (field,) = [w for w in walk(box) if isinstance(w, TEXTS)]
    field.value = "12"
    assert _saved(workbook.path, exercise.id) == "12"
    assert Workbook.open(workbook.path).attempts(exercise.id) == []  # typing is no attempt
    again = short_answer(exercise, "Quanti canali?", rows=rows, workbook=Workbook.open())
    assert [w.value for w in walk(again) if isinstance(w, TEXTS)] == ["12"]
