"""SOSTACPlanner (SMART badges) and RACEFunnel (KPIs, funnel, impossible numbers)."""

from __future__ import annotations

import pytest

from smm_course.frameworks.race import Kpi
from smm_course.frameworks.sostac import SostacStage
from smm_course.widgets import RACEFunnel, SOSTACPlanner
from smm_course.workbook import Workbook
from tests.widgets.conftest import by_class

SMART = "Aumentare del 20% le vendite dell'e-commerce di gianduiotti entro il 31 dicembre 2025"


def badges_on(form: SOSTACPlanner) -> set[str]:
    value = by_class(form, "smm-sostac-smart").value
    return {
        name
        for name in ("specific", "measurable", "time_bound")
        if f"smm-badge--on smm-sostac-smart-{name}" in value
    }


def test_smart_badges_follow_the_objectives_text():
    form = SOSTACPlanner()
    assert badges_on(form) == set()
    by_class(form, "smm-sostac-objectives").value = "Vendere di più"
    assert "measurable" not in badges_on(form) and "time_bound" not in badges_on(form)
    by_class(form, "smm-sostac-objectives").value = SMART
    assert {"measurable", "time_bound"} <= badges_on(form)


def test_each_stage_shows_its_guiding_question():
    form = SOSTACPlanner()
    text = " ".join(w.value for w in form.inputs.children[0].children if hasattr(w, "value"))
    assert SostacStage.SITUATION.question() in text


PLAN = {
    "situation": "Forno di quartiere a Bologna: 180 clienti al giorno, quasi tutti del "
    "quartiere. Due catene aprono vicino a noi. Instagram ha 900 follower.",
    "objectives": "Vendere 150 colombe su prenotazione dal sito entro Pasqua 2026",
    "strategy": "Ci rivolgiamo alle famiglie del quartiere: il posizionamento è il forno "
    "artigianale. Prima le prenotazioni in negozio, poi gli ordini sul sito.",
    "tactics": "Cartelli in negozio, post su Instagram ogni martedì, newsletter mensile.",
    "action": "Giulia (commessa) prepara i post ogni lunedì; budget 300 € per i cartelli.",
    "control": "Ogni lunedì controllo le prenotazioni; a fine mese confronto le vendite.",
}


def test_sostac_check_judges_what_each_stage_holds_and_restores():
    form = SOSTACPlanner()
    first = form.check()
    assert not first.passed and first.score == 0
    for stage in SostacStage:
        by_class(form, f"smm-sostac-{stage.id}").value = f"Testo per {stage.label()}"
    by_class(form, "smm-sostac-objectives").value = SMART
    filled = form.check()
    assert filled.score == 1 and not filled.passed  # six full boxes: only the SMART objective
    assert any("elenco di tattiche" in m or "a chi ti rivolgi" in m for m in filled.messages)
    for stage_id, text in PLAN.items():
        by_class(form, f"smm-sostac-{stage_id}").value = text
    good = form.check()
    assert good.passed and good.score == good.max_score == 6, good.to_text()
    assert SOSTACPlanner().answer["objectives"] == PLAN["objectives"]


def set_numbers(form: RACEFunnel, **numbers: float) -> None:
    for name, value in numbers.items():
        by_class(form, f"smm-race-{name}").value = value


GOOD = {
    "reach": 20000,
    "visitors": 1000,
    "interactions": 900,
    "conversions": 40,
    "new_customers": 25,
    "spend": 400.0,
    "revenue": 1600.0,
    "repeat_customers": 10,
}


def test_coherent_numbers_give_kpis_and_a_funnel():
    form = RACEFunnel()
    set_numbers(form, **GOOD)
    assert by_class(form, "smm-race-problems").value == ""
    kpis = by_class(form, "smm-race-kpis").value
    assert "4,0 %" in kpis  # conversion rate 40 / 1000
    assert "4,5 %" in kpis  # engagement rate 900 / 20000
    assert "16 €" in kpis  # CAC 400 / 25 new customers
    assert bytes(by_class(form, "smm-race-chart").value)[:4] == b"\x89PNG"
    feedback = form.check()
    assert feedback.passed
    assert any("4,0 %" in m for m in feedback.messages)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"conversions": 5000}, "non può superare «Visitatori del sito»"),
        ({"visitors": -3}, "non può essere negativo"),
        ({"repeat_customers": 41}, "non può superare «Conversioni (ordini)»"),
        ({"spend": -1.5}, "non può essere negativo"),
    ],
)
def test_impossible_numbers_are_flagged_in_words(change, words):
    form = RACEFunnel()
    set_numbers(form, **{**GOOD, **change})
    assert words in by_class(form, "smm-race-problems").value
    feedback = form.check()
    assert not feedback.passed
    assert any(words in m for m in feedback.messages)


def test_cac_counts_new_customers_and_repeat_rate_counts_customers():
    """The lesson's formulas: spend ÷ new customers, repeat customers ÷ all customers."""
    form = RACEFunnel()
    set_numbers(form, **GOOD)
    kpis = form.model.kpis(form.model.normalize(form.answer))
    assert kpis[Kpi.CAC] == pytest.approx(400 / 25)  # not 400 / 40 orders (cost per order)
    assert kpis[Kpi.REPEAT_PURCHASE_RATE] == pytest.approx(10 / 35)  # not 10 / 40 orders
    shown = by_class(form, "smm-race-kpis").value
    assert "16 €" in shown and "28,6 %" in shown
    assert "10 €" not in shown and "25,0 %" not in shown


def test_new_customers_cannot_exceed_orders_and_are_needed_for_cac():
    form = RACEFunnel()
    set_numbers(form, **{**GOOD, "new_customers": 41})
    assert "non può superare «Conversioni (ordini)»" in by_class(form, "smm-race-problems").value
    set_numbers(form, **{**GOOD, "new_customers": 0, "repeat_customers": 0})
    feedback = form.check()
    assert not feedback.passed
    assert any("CAC" in m and "Nuovi clienti" in m for m in feedback.messages)


def test_zero_denominators_show_not_available():
    form = RACEFunnel()
    set_numbers(form, reach=100)
    assert "n.d." in by_class(form, "smm-race-kpis").value
    feedback = form.check()
    assert not feedback.passed
    assert any("Visitatori del sito" in m and "zero" in m for m in feedback.messages)


def test_race_numbers_are_restored():
    form = RACEFunnel()
    set_numbers(form, **GOOD)
    form.check()
    assert Workbook.open().answer("l05.race")["revenue"] == 1600.0
    assert RACEFunnel().answer == form.answer


def test_race_boxes_are_full_width_with_their_label_above():
    """Long labels («Copertura (persone raggiunte)») no longer squeeze the box."""
    form = RACEFunnel()
    html = " ".join(w.value for w in form.widget.children[3].children[0].children[0].children[1:2])
    assert "Copertura (persone raggiunte)" in html
    for name in ("reach", "new_customers", "repeat_customers"):
        box = by_class(form, f"smm-race-{name}")
        assert box.layout.width == "100%"
        assert box.tooltip == form.model.label(name)
