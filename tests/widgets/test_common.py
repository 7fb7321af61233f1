"""Behaviour every form shares: buttons, saving, restoring, hints, solutions, safety."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from smm_course.workbook import Workbook
from tests.widgets.conftest import (
    FACTORIES,
    assert_no_markup_leak,
    by_class,
    fill_one,
    html_values,
    text_inputs,
)

EVIL = (
    "",
    "x" * 20_000,
    "Cioccolato 🍫🎁 per tutti 😀",
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
)


def test_form_has_italian_buttons_and_stable_classes(form_name):
    form = FACTORIES[form_name]()
    assert f"smm-{form_name}" in form.widget._dom_classes
    check = by_class(form, f"smm-{form_name}-check")
    assert isinstance(check, widgets.Button)
    assert check.description == "Verifica"
    assert by_class(form, f"smm-{form_name}-hint").description == "Suggerimento"
    # before a real attempt the solution is offered only on request (and then recorded)
    assert by_class(form, f"smm-{form_name}-solution").description == "Mostrami la soluzione"
    assert isinstance(by_class(form, f"smm-{form_name}-feedback"), widgets.HTML)


def test_form_speaks_english_when_asked(form_name, monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    form = FACTORIES[form_name]()
    assert by_class(form, f"smm-{form_name}-check").description == "Check"
    assert by_class(form, f"smm-{form_name}-hint").description == "Hint"
    feedback = form.check()
    assert "Verifica" not in " ".join(html_values(form))
    assert feedback.lang == "en"


def test_clicking_check_records_the_attempt_and_shows_feedback(form_name, workbook):
    form = FACTORIES[form_name](workbook=workbook)
    by_class(form, f"smm-{form_name}-check").click()
    assert Workbook.open().attempts(form.model.exercise_id) == [], "an empty check is no attempt"
    fill_one(form)
    by_class(form, f"smm-{form_name}-check").click()
    attempts = Workbook.open().attempts(form.model.exercise_id)
    assert len(attempts) == 1
    assert attempts[0]["max_score"] > 0
    feedback_html = by_class(form, f"smm-{form_name}-feedback").value
    assert "smm-feedback" in feedback_html
    assert Workbook.open().answer(form.model.exercise_id) == form.answer


def test_check_method_equals_button(form_name):
    form = FACTORIES[form_name]()
    fill_one(form)
    by_class(form, f"smm-{form_name}-check").click()
    clicked = form.feedback.value
    returned = form.check()
    assert returned.to_html(form.lang) == form.feedback.value == clicked
    assert form.model.attempts == 2


def test_answer_survives_rebuilding_the_form(form_name, workbook):
    form = FACTORIES[form_name](workbook=workbook)
    fill_one(form)
    expected = form.answer
    again = FACTORIES[form_name](workbook=Workbook.open())
    assert again.answer == expected
    assert again.answer != again.model.empty_answer()


def test_hints_are_progressive(form_name):
    form = FACTORIES[form_name]()
    hints = form.model.hints
    assert hints, "every form ships at least one hint"
    first = form.show_hint()
    assert first == hints[0]
    text = by_class(form, f"smm-{form_name}-hint-text").value
    assert "1" in text
    for _ in range(len(hints) + 2):
        form.show_hint()
    assert form.model.hints_shown == len(hints)


def test_solution_shows_after_a_real_attempt_not_after_an_empty_check(form_name):
    form = FACTORIES[form_name]()
    button = by_class(form, f"smm-{form_name}-solution")
    text = by_class(form, f"smm-{form_name}-solution-text")
    form.check()  # an empty Verifica
    assert form.toggle_solution() is False
    assert "smm-solution" not in text.value and "soluzione vista" in text.value
    form.toggle_solution()  # close the question again
    fill_one(form)
    form.check()
    button.click()
    assert "smm-solution" in text.value
    button.click()
    assert text.value == ""
    assert Workbook.open().revealed().get(form.model.exercise_id) or form.model.passed_before


def test_asking_for_the_solution_before_trying_is_recorded(form_name):
    form = FACTORIES[form_name]()
    form.solution_button.click()
    reveal = by_class(form, f"smm-{form_name}-reveal")
    assert reveal.layout.display != "none"
    assert Workbook.open().revealed() == {}
    reveal.click()
    assert "smm-solution" in by_class(form, f"smm-{form_name}-solution-text").value
    assert form.model.exercise_id in Workbook.open().revealed()


def test_solutions_off_for_the_class_with_env(form_name, monkeypatch):
    monkeypatch.setenv("SMM_COURSE_SOLUTIONS", "off")
    form = FACTORIES[form_name]()
    form.check()
    assert by_class(form, f"smm-{form_name}-solution").layout.display == "none"
    assert form.toggle_solution() is False
    assert by_class(form, f"smm-{form_name}-solution-text").value == ""


def test_solutions_off_with_workbook_setting(form_name, workbook):
    workbook.set_setting("show_solutions", False)
    form = FACTORIES[form_name](workbook=workbook)
    form.check()
    assert by_class(form, f"smm-{form_name}-solution").layout.display == "none"


def test_solutions_off_by_option(form_name):
    form = FACTORIES[form_name](show_solutions=False)
    form.check()
    assert by_class(form, f"smm-{form_name}-solution").layout.display == "none"


def test_solution_stays_available_after_reopening(form_name):
    first = FACTORIES[form_name]()
    fill_one(first)
    first.check()
    form = FACTORIES[form_name]()
    assert form.model.solution_unlocked
    assert by_class(form, f"smm-{form_name}-solution").description == "Mostra soluzione"
    assert "1" in form.status.value  # "checks done so far: 1"


@pytest.mark.parametrize("evil", EVIL, ids=["empty", "20k", "emoji", "script", "img"])
def test_bad_text_gives_feedback_and_no_markup(form_name, evil):
    form = FACTORIES[form_name]()
    for field in text_inputs(form):
        field.value = evil
    feedback = form.check()
    assert feedback.messages
    assert form.feedback.value
    form.show_hint()
    form.toggle_solution()
    assert_no_markup_leak(form)
    if text_inputs(form):
        stored = Workbook.open().answer(form.model.exercise_id)
        assert evil in str(stored) or evil == ""


def test_garbage_answer_never_raises(form_name):
    form = FACTORIES[form_name]()
    for garbage in (None, 42, "testo", ["a", 1], {"x": {"y": object()}}, {1: None}):
        form.answer = garbage
        assert form.check().max_score > 0


def test_corrupt_workbook_is_reported_once_in_the_form(form_name, _isolated_learner):
    (_isolated_learner / "workbook.json").write_text("{ not json", encoding="utf-8")
    form = FACTORIES[form_name]()
    warning = by_class(form, f"smm-{form_name}-warning").value
    assert "smm-warning" in warning
    assert "corrupt" in warning
    form.check()
    assert by_class(form, f"smm-{form_name}-warning").value.count("<li>") == 1
    # the next form opens a healthy workbook: nothing to report
    assert by_class(FACTORIES[form_name](), f"smm-{form_name}-warning").value == ""


def test_form_displays_itself(form_name):
    form = FACTORIES[form_name]()
    bundle = form._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
