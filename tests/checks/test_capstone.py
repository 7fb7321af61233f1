"""The capstone checkers (channel plan, executive summary) and the review conclusion."""

from __future__ import annotations

import pytest

from smm_course.checks import (
    Feedback,
    check_channel_plan,
    check_review_conclusion,
    check_summary,
)

GOOD_PLAN = [
    {
        "canale": "Instagram",
        "fase RACE": "Reach",
        "obiettivo": "Aumentare del 20% la copertura media mensile dei reel entro giugno 2026",
        "KPI": "Copertura",
        "budget": 400,
    },
    {
        "canale": "Sito e newsletter",
        "fase RACE": "Act",
        "obiettivo": "Raccogliere 600 nuove iscrizioni alla newsletter entro il 31 dicembre 2026",
        "KPI": "Iscrizioni",
        "budget": "60 €",
    },
    {
        "canale": "Google Ads",
        "fase RACE": "Convert",
        "obiettivo": "Portare il ROAS delle campagne di Natale ad almeno 4 entro dicembre 2026",
        "KPI": "ROAS",
        "budget": 500,
    },
    {
        "canale": "Negozio di Via Po",
        "fase RACE": "Engage",
        "obiettivo": "Portare al 35% il tasso di riacquisto entro dicembre 2026",
        "KPI": "Tasso di riacquisto",
        "budget": "1.200",
    },
]

GOOD_SUMMARY = (
    "Dolce Vetta è una cioccolateria artigianale di Torino con un negozio in Via Po e uno "
    "shop online. Situazione: nel 2025 il fatturato online è cresciuto, ma le recensioni "
    "calano d'estate e a dicembre. Clienti su cui puntare: chi regala cioccolato online e le "
    "aziende. Obiettivi: aumentare del 15% gli ordini online di scatole di Natale entro il "
    "20 dicembre 2026 e portare il voto medio di dicembre ad almeno 4 stelle. Strategia: la "
    "puntualità diventa parte della promessa del marchio; i canali sono la newsletter, "
    "Google Ads e Instagram per farsi conoscere. Controllo: ogni lunedì guardiamo il ROAS "
    "per canale, il tasso di consegne puntuali e il voto medio, con un report mensile a "
    "Chiara. Risorse: 1.500 euro di inserzioni per il Natale e una persona in più "
    "all'assistenza clienti dal primo al 23 dicembre, oltre al tempo di Giulia per gli "
    "avvisi automatici di spedizione e per le risposte pubbliche alle recensioni negative "
    "che arrivano nei mesi più difficili dell'anno per il negozio e per lo shop."
)

GOOD_CONCLUSION = (
    "I voti calano in estate, quando molti pacchi arrivano con il cioccolato sciolto per il "
    "caldo, e a dicembre, quando le consegne di Natale arrivano in ritardo. Propongo "
    "spedizioni refrigerate da giugno ad agosto e un avviso automatico in caso di ritardo."
)

HOSTILE = [
    None,
    ...,
    "",
    "<script>alert(1)</script>" * 50,
    "🍫🎄" * 300,
    "x" * 20_000,
    "parola " * 20_000,
    42,
    float("nan"),
    {"a": object()},
    [None, 3, "<b>"],
    [{"canale": "<img src=x onerror=alert(1)>", "budget": float("inf")}] * 5,
    {"Instagram": {"fase": None, "KPI": ["x"], "budget": True}},
    b"bytes",
]


@pytest.mark.parametrize("checker", [check_channel_plan, check_summary, check_review_conclusion])
@pytest.mark.parametrize("answer", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_gives_feedback_and_never_raises(checker, answer):
    feedback = checker(answer)
    assert isinstance(feedback, Feedback)
    assert not feedback.passed
    assert feedback.messages
    assert "<script" not in feedback.to_html()
    assert "<img" not in feedback.to_html()


def test_model_plan_passes():
    feedback = check_channel_plan(GOOD_PLAN)
    assert feedback.passed and feedback.score == 6
    assert any("2.160 €" in m for m in feedback.messages)


def test_plan_as_dict_of_channels_is_read():
    as_dict = {row["canale"]: {k: v for k, v in row.items() if k != "canale"} for row in GOOD_PLAN}
    assert check_channel_plan(as_dict).passed


def test_kpi_of_another_stage_is_named():
    plan = [dict(row) for row in GOOD_PLAN]
    plan[0]["KPI"] = "ROAS"
    feedback = check_channel_plan(plan)
    assert not feedback.passed and feedback.score == 5
    assert any("Instagram" in m and "ROAS" in m and "Reach" in m for m in feedback.messages)


def test_short_plan_with_vague_objectives_loses_points():
    plan = [dict(row) for row in GOOD_PLAN[:2]]
    plan[1]["obiettivo"] = "Più iscritti"
    plan[1]["budget"] = "tanto"
    feedback = check_channel_plan(plan)
    assert feedback.score == 2
    assert not feedback.details["channels"] and not feedback.details["budget"]
    assert not feedback.details["objectives"] and not feedback.details["coverage"]
    assert any("Sito e newsletter" in m for m in feedback.messages)


def test_plan_messages_in_english():
    feedback = check_channel_plan(GOOD_PLAN[:1], lang="en")
    assert any("at least 4 channels" in m for m in feedback.messages)


def test_model_summary_passes():
    feedback = check_summary({"brand": "Dolce Vetta", "executive_summary": GOOD_SUMMARY})
    assert feedback.passed, feedback.messages


def test_summary_without_brand_and_themes_is_told_what_is_missing():
    feedback = check_summary("Vendiamo cioccolato buono a Torino. " * 30)
    assert feedback.score == 1  # only the length
    assert any("marchio" in m for m in feedback.messages)
    assert any("le risorse" in m for m in feedback.messages)


def test_too_long_summary_is_told_to_shorten():
    feedback = check_summary({"brand": "X", "executive_summary": GOOD_SUMMARY * 4})
    assert not feedback.details["length"]
    assert any("400" in m for m in feedback.messages)


def test_review_conclusion_with_when_why_and_a_proposal_passes():
    feedback = check_review_conclusion(GOOD_CONCLUSION)
    assert feedback.passed and feedback.score == 3


def test_review_conclusion_too_short():
    feedback = check_review_conclusion("Estate e Natale, propongo altro.")
    assert feedback.score == 0 and "breve" in feedback.messages[0]
