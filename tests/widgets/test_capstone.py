"""Lesson 07 widgets: SummaryForm, the section status table and form_if_missing."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from smm_course.checks import Exercise, check_number
from smm_course.export import collect
from smm_course.widgets.capstone import (
    SummaryForm,
    form_if_missing,
    missing_parts,
    section_status,
    short_answer,
    status_rows,
)
from smm_course.workbook import Workbook
from tests.checks.test_capstone import GOOD_SUMMARY
from tests.widgets.conftest import assert_no_markup_leak, by_class, walk


def test_summary_form_checks_saves_and_restores(workbook: Workbook):
    form = SummaryForm("l07.sintesi", workbook=workbook)
    assert by_class(form, "smm-summary-brand").value == "Cioccolateria Dolce Vetta"
    by_class(form, "smm-summary-text").value = GOOD_SUMMARY
    assert str(len(GOOD_SUMMARY.split())) in by_class(form, "smm-summary-words").value
    by_class(form, "smm-summary-check").click()
    assert "✔" in by_class(form, "smm-summary-feedback").value
    saved = Workbook.open().answer("l07.sintesi")
    assert saved["executive_summary"] == GOOD_SUMMARY
    assert Workbook.open().attempts("l07.sintesi")[-1]["passed"]
    again = SummaryForm("l07.sintesi")
    assert by_class(again, "smm-summary-text").value == GOOD_SUMMARY


def test_summary_form_tells_what_is_missing_in_english(workbook: Workbook):
    form = SummaryForm("l07.sintesi", workbook=workbook, lang="en")
    by_class(form, "smm-summary-text").value = "We sell chocolate."
    by_class(form, "smm-summary-check").click()
    feedback = by_class(form, "smm-summary-feedback").value
    assert "✘" in feedback and "at least 120" in feedback


@pytest.mark.parametrize(
    "hostile",
    ["<script>alert(1)</script><img src=x onerror=alert(1)>" * 20, "🍫" * 5000, "y" * 20_000],
)
def test_summary_form_hostile_text_is_kept_and_escaped(workbook: Workbook, hostile: str):
    form = SummaryForm("l07.sintesi", workbook=workbook, solution={"brand": hostile})
    by_class(form, "smm-summary-brand").value = hostile[:200]
    by_class(form, "smm-summary-text").value = hostile
    feedback = form.check()
    assert not feedback.passed
    form.toggle_solution()
    assert_no_markup_leak(form)
    assert Workbook.open().answer("l07.sintesi")["executive_summary"] == hostile


@pytest.mark.parametrize("stored", [None, 42, ["a", "b"], "solo testo", {"brand": None}])
def test_summary_form_reads_odd_stored_answers(workbook: Workbook, stored):
    workbook.save_answer("l07.sintesi", stored)
    form = SummaryForm("l07.sintesi", workbook=workbook)
    assert isinstance(form.answer["executive_summary"], str)
    assert isinstance(form.check().score, float)


def test_status_table_lists_every_section_with_the_lessons_to_finish():
    document = collect()
    rows = status_rows(document, "it")
    assert len(rows) == len(document.sections)
    assert all(row["Stato"] == "✘ mancante" for row in rows)
    assert "lezione 02" in " ".join(row["Da completare"] for row in rows)
    html = section_status(document).to_html()
    assert "Già scritto" in html
    assert list(status_rows(document, "en")[0]) == [
        "Section",
        "Status",
        "Already written",
        "To complete",
    ]


def test_form_if_missing_shows_the_form_then_a_reopen_toggle(workbook: Workbook):
    made = []

    def make():
        made.append(SummaryForm("l07.sintesi", workbook=workbook))
        return made[-1]

    assert "l02.canvas" in missing_parts()
    shown = form_if_missing("l02.canvas", make)
    assert len(made) == 1 and made[0].widget in list(walk(shown))
    assert "Manca ancora" in by_class_in(shown, "smm-capstone-note").value

    workbook.save_answer("l02.canvas", {"customer_segments": "Famiglie di Torino"})
    closed = form_if_missing("l02.canvas", make)
    assert "già compilato" in by_class_in(closed, "smm-capstone-note").value
    toggle = by_class_in(closed, "smm-capstone-reopen")
    slot = by_class_in(closed, "smm-capstone-slot")
    assert slot.children == () and len(made) == 1
    toggle.value = True
    assert len(slot.children) == 1 and toggle.description == "Chiudi la scheda"
    toggle.value = False
    assert slot.children == () and toggle.description == "Riapri la scheda"


def by_class_in(root: widgets.Widget, css_class: str) -> widgets.Widget:
    found = [w for w in walk(root) if css_class in w._dom_classes]
    assert len(found) == 1, css_class
    return found[0]


@pytest.mark.parametrize("typed", ["2,5", "<b>x</b>", "🍫" * 100, "9" * 20_000, ""])
def test_short_answer_checks_and_saves_any_text(workbook: Workbook, typed: str):
    exercise = Exercise("l05.kpi", checker=lambda a: check_number(a, 2.5, rel_tol=0.01))
    box = short_answer(exercise, "Qual è il ROAS?", rows=1)
    by_class_in(box, "smm-short-text").value = typed
    by_class_in(box, "smm-short-check").click()
    result = by_class_in(box, "smm-short-feedback").value
    assert ("✔" in result) == (typed == "2,5")
    assert "<b>x" not in result
    if typed:
        assert Workbook.open().answer("l05.kpi") == typed
        assert short_answer(exercise, "?").children[1].value == typed


@pytest.mark.parametrize("lang", ["it", "en"])
def test_reopened_lesson_forms_keep_their_exercise_ids_and_hints(workbook: Workbook, lang: str):
    from smm_course.widgets import capstone_forms as forms

    factories = {
        "l01.sorter": forms.touchpoint_sorter,
        "l02.canvas": forms.canvas,
        "l03.journey": forms.journey,
        "l03.swot": forms.swot,
        "l05.sostac": forms.sostac,
        "l05.race": forms.race_funnel,
        "l06.matrice": forms.channel_matrix,
    }
    for exercise_id, make in factories.items():
        form = make(lang=lang)
        assert form.model.exercise_id == exercise_id
        assert len(form.model.hints) >= 2
        assert not any(h.startswith("widgets.") for h in form.model.hints)
        assert not form.title.value.count("widgets.capstone_forms")
    assert "Dolce Vetta" in forms.channel_matrix(lang=lang).title.value


def test_reopened_sostac_and_race_solutions_pass_their_own_check(workbook: Workbook):
    from smm_course.widgets import capstone_forms as forms

    sostac = forms.sostac()
    sostac.answer = sostac.model.solution
    assert sostac.check().passed
    race = forms.race_funnel()
    solution = forms.race_solution()
    assert solution["reach"] >= solution["visitors"] >= solution["conversions"] > 0
    race.answer = solution
    assert race.check().passed
