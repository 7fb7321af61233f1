"""TouchpointSorter: three dropdowns per touchpoint, partial credit."""

from __future__ import annotations

from smm_course.frameworks.touchpoints import EXAMPLES, Phase
from smm_course.widgets import TouchpointSorter
from smm_course.workbook import Workbook
from tests.widgets.conftest import by_class


def fill_right(form: TouchpointSorter) -> None:
    for index, item in enumerate(EXAMPLES):
        by_class(form, f"smm-touchpoints-{index}-phase").value = item.phases[0].id
        by_class(form, f"smm-touchpoints-{index}-nature").value = item.nature.id
        by_class(form, f"smm-touchpoints-{index}-control").value = item.control.id


def test_all_right_passes_with_full_score():
    form = TouchpointSorter()
    fill_right(form)
    feedback = form.check()
    assert feedback.passed
    assert feedback.score == feedback.max_score == 3 * len(EXAMPLES)
    assert "smm-feedback--pass" in form.feedback.value


def test_one_wrong_gives_partial_credit_and_names_the_item():
    form = TouchpointSorter()
    fill_right(form)
    shop = next(i for i, tp in enumerate(EXAMPLES) if tp.name.it == "Negozio fisico")
    by_class(form, f"smm-touchpoints-{shop}-nature").value = "digital"
    feedback = form.check()
    assert not feedback.passed
    assert feedback.score == feedback.max_score - 1
    assert any("Negozio fisico" in m for m in feedback.messages)


def test_any_of_several_phases_is_accepted():
    form = TouchpointSorter()
    fill_right(form)
    newsletter = next(i for i, tp in enumerate(EXAMPLES) if tp.name.it == "Newsletter")
    by_class(form, f"smm-touchpoints-{newsletter}-phase").value = Phase.POST_PURCHASE.id
    assert form.check().passed


def test_custom_items_and_key():
    form = TouchpointSorter(
        items=["Vetrina di Via Po", "Recensioni su Google"],
        key={
            "phase": {
                "Vetrina di Via Po": Phase.PRE_PURCHASE,
                "Recensioni su Google": "pre_purchase",
            },
            "control": {"Vetrina di Via Po": "managed", "Recensioni su Google": "spontaneous"},
        },
    )
    by_class(form, "smm-touchpoints-0-phase").value = "pre_purchase"
    by_class(form, "smm-touchpoints-1-phase").value = "purchase"
    by_class(form, "smm-touchpoints-0-control").value = "managed"
    by_class(form, "smm-touchpoints-1-control").value = "spontaneous"
    feedback = form.check()
    assert (feedback.score, feedback.max_score) == (3, 4)
    stored = Workbook.open().answer("l01.touchpoints")
    assert stored["recensioni_su_google"] == {
        "phase": "purchase",
        "nature": None,
        "control": "spontaneous",
    }


def test_choices_are_restored():
    form = TouchpointSorter()
    by_class(form, "smm-touchpoints-3-control").value = "spontaneous"
    again = TouchpointSorter()
    assert by_class(again, "smm-touchpoints-3-control").value == "spontaneous"


def test_english_labels(monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    form = TouchpointSorter()
    labels = [label for label, _ in by_class(form, "smm-touchpoints-0-phase").options]
    assert labels == ["— choose —", "pre-purchase", "purchase", "post-purchase"]
    assert by_class(form, "smm-touchpoints-8-name").value == "Online store"
