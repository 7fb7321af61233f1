"""check_sostac: each SOSTAC® stage must hold what it should, for any business."""

from __future__ import annotations

import pytest

from smm_course.checks import check_sostac

BAKERY = {
    "situation": "Forno di quartiere a Bologna aperto nel 2015: 180 clienti al giorno, quasi "
    "tutti del quartiere. Il sabato vendiamo il doppio. Due catene aprono vicino a noi. "
    "Instagram ha 900 follower ma nessuna vendita online.",
    "objectives": "Vendere 150 colombe su prenotazione dal sito entro Pasqua 2026\n"
    "Ottenere 80 nuove recensioni su Google entro giugno 2026",
    "strategy": "Ci rivolgiamo alle famiglie del quartiere che comprano per le feste: il "
    "posizionamento è il forno artigianale che conosce i suoi clienti. Prima facciamo "
    "conoscere le prenotazioni in negozio, poi portiamo gli ordini sul sito.",
    "tactics": "Cartelli in negozio, post su Instagram ogni martedì, newsletter mensile, "
    "modulo di prenotazione sul sito.",
    "action": "Giulia (commessa) prepara i post ogni lunedì; io aggiorno il sito entro "
    "febbraio; budget 300 € per la stampa dei cartelli.",
    "control": "Ogni lunedì controllo le prenotazioni e le recensioni nuove in un foglio; a "
    "fine mese confronto le vendite con l'anno scorso.",
}
WINERY_EN = {
    "situation": "Family winery in Montefalco with 12 hectares; 70% of bottles go to local "
    "restaurants, 10% online. Wine tourism is growing but our website has no booking.",
    "objectives": "Sell 300 bottles of Sagrantino to UK restaurants by March 2027; "
    "Book 25 wine tastings through the website by June 2026",
    "strategy": "We target wine lovers visiting Umbria and UK importers; our positioning is "
    "the small family producer. First we build the tasting experience, then we integrate "
    "online booking and follow-up emails.",
    "tactics": "Google Business profile, booking page on the website, Instagram reels, a "
    "newsletter after each tasting.",
    "action": "Marco handles bookings every Friday; the agency builds the booking page by "
    "April; budget €1,200.",
    "control": "Every month Marco reports bookings, conversion rate of the booking page and "
    "bottles sold to the owner.",
}


@pytest.mark.parametrize(("plan", "lang"), [(BAKERY, "it"), (WINERY_EN, "en")])
def test_a_complete_plan_passes(plan: dict, lang: str) -> None:
    fb = check_sostac(plan, lang=lang)
    assert fb.passed and fb.score == 6, fb.to_text()


def test_six_filled_boxes_of_placeholders_score_nothing() -> None:
    for filler in ("x", "...", "asdf", "Situazione"):
        fb = check_sostac(dict.fromkeys(BAKERY, filler), lang="it")
        assert fb.score == 0 and not fb.passed, filler


def test_a_copied_question_is_no_answer() -> None:
    from smm_course.frameworks.sostac import SostacStage

    plan = dict(BAKERY, situation=SostacStage.SITUATION.question("it"))
    fb = check_sostac(plan, lang="it")
    assert fb.score == 5 and not fb.details["situation"]
    assert any("ricopiato" in m for m in fb.messages)


def test_objectives_must_each_be_smart() -> None:
    plan = dict(BAKERY, objectives=BAKERY["objectives"] + "\nAumentare le vendite")
    fb = check_sostac(plan, lang="it")
    assert not fb.details["objectives"]
    message = next(m for m in fb.messages if "Aumentare le vendite" in m)
    assert "specifico" in message and "scadenza" in message


def test_a_strategy_that_is_a_list_of_tactics_is_named() -> None:
    plan = dict(BAKERY, strategy="Post su Instagram, reel, inserzioni su Facebook e coupon.")
    fb = check_sostac(plan, lang="it")
    assert fb.score == 5 and not fb.details["strategy"]
    assert any("elenco di tattiche" in m for m in fb.messages)


def test_a_strategy_without_target_or_positioning_is_vague() -> None:
    plan = dict(WINERY_EN, strategy="We will work hard and do our best all year long.")
    fb = check_sostac(plan, lang="en")
    assert not fb.details["strategy"]
    assert any("whom you address" in m for m in fb.messages)


@pytest.mark.parametrize(
    ("control", "missing"),
    [
        ("Guardiamo le vendite.", "frequenza"),
        ("Ogni mese guardiamo come va.", "KPI"),
        ("Ogni mese: vendite e prenotazioni.", "chi lo controlla"),
        ("Ogni mese guardo i clienti e le prenotazioni.", None),
    ],
)
def test_control_needs_kpi_frequency_and_owner(control: str, missing: str | None) -> None:
    fb = check_sostac(dict(BAKERY, control=control), lang="it")
    if missing is None:
        assert fb.details["control"]
        return
    assert not fb.details["control"]
    assert any(missing in m for m in fb.messages if m.startswith("«Controllo»"))


def test_action_needs_who_and_when_and_asks_for_budget() -> None:
    fb = check_sostac(dict(BAKERY, action="Preparare i post e aggiornare i prezzi."), lang="it")
    assert not fb.details["action"]
    assert any("chi se ne occupa" in m and "quando" in m for m in fb.messages)
    ok = check_sostac(dict(BAKERY, action="Giulia prepara i post ogni lunedì."), lang="it")
    assert ok.details["action"]
    assert any("budget" in h for h in ok.hints)


def test_not_a_mapping_and_hostile_text() -> None:
    assert "dizionario" in check_sostac("un piano", lang="it").messages[0]
    fb = check_sostac(dict(BAKERY, strategy="<script>alert(1)</script> target famiglie"))
    assert "<script>" not in fb.to_html()


def test_one_word_lines_are_no_objectives() -> None:
    fb = check_sostac(dict(BAKERY, objectives="Vendite\nclienti"), lang="it")
    assert not fb.details["objectives"]
    assert any("non è ancora SMART" in m for m in fb.messages)
