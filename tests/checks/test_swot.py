"""swot_axis and check_swot on SWOTs of several businesses: placement earns the points."""

from __future__ import annotations

import pytest

from smm_course.checks import check_swot, swot_axis

# (fact, axis): ceramics shop, B&B, gym, bakery, software agency, winery, hairdresser.
AXES = [
    ("Molti turisti americani visitano Deruta in estate", "external"),
    ("Il nostro laboratorio produce ceramiche dipinte a mano", "internal"),
    ("Personale esperto e cordiale", "internal"),
    ("I concorrenti online vendono a prezzi più bassi", "external"),
    ("Nuove leggi sugli affitti brevi", "external"),
    ("La domanda di vacanze in agriturismo cresce", "external"),
    ("Abbiamo poco budget per la pubblicità", "internal"),
    ("Le nostre camere sono piccole", "internal"),
    ("La crisi economica riduce la spesa delle famiglie", "external"),
    ("Le attrezzature del laboratorio sono vecchie", "internal"),
    ("Apre una catena di panetterie in centro", "external"),
    ("Il mercato del vino biologico è in crescita", "external"),
    ("Il sito è lento e non si vede bene sul telefono", "internal"),
    ("In inverno il paese si svuota", "external"),
    ("La titolare conosce personalmente i clienti", "internal"),
    ("Il Comune finanzia un bando per le botteghe artigiane", "external"),
    ("Aumentano i costi dell'energia", "external"),
    ("Il nostro vino ha vinto un premio", "internal"),
    ("Our staff speaks three languages", "internal"),
    ("We have no online shop", "internal"),
    ("Competitors offer free delivery", "external"),
    ("Tourism in Umbria is growing", "external"),
    ("New GDPR rules for newsletters", "external"),
    ("Our prices are higher than the chains", "internal"),
    ("The summer season brings many visitors", "external"),
    ("Our team has strong design skills", "internal"),
    ("Inflation makes customers spend less", "external"),
    # the subject decides when both sides are named
    ("Il turismo porta clienti nel nostro negozio", "external"),
    ("Competitors copy our designs", "external"),
    # the words do not tell: no verdict rather than a wrong one
    ("Un influencer locale parla spesso di ceramica", None),
    ("Recensioni positive su Google", None),
]


@pytest.mark.parametrize(("fact", "axis"), AXES)
def test_swot_axis_on_facts_of_several_businesses(fact: str, axis: str | None) -> None:
    assert swot_axis(fact, "it") == axis


CERAMICS = {
    "touchpoint": "Bottega di Deruta",
    "strengths": "Il nostro laboratorio produce ceramiche dipinte a mano\nPersonale esperto",
    "weaknesses": "Il nostro sito è lento; abbiamo poco budget per la pubblicità",
    "opportunities": "Molti turisti americani visitano Deruta in estate",
    "threats": "I concorrenti online vendono a prezzi più bassi",
}
GYM_EN = {
    "touchpoint": "Front desk",
    "strengths": "Our team has strong coaching skills",
    "weaknesses": "We have no online booking",
    "opportunities": "More people in town look for evening classes: the market is growing",
    "threats": "A low-cost competitor opens next year",
}


@pytest.mark.parametrize(("swot", "lang"), [(CERAMICS, "it"), (GYM_EN, "en")])
def test_well_placed_swots_pass(swot: dict, lang: str) -> None:
    fb = check_swot(swot, lang=lang, business="Ceramiche Ferretti")
    assert fb.passed and fb.score == 4, fb.to_text()


def test_an_external_fact_under_strengths_is_flagged_and_costs_the_point() -> None:
    swot = dict(
        CERAMICS,
        strengths="Molti turisti americani visitano Deruta in estate",
        opportunities="Il Comune finanzia un bando per le botteghe artigiane",
    )
    fb = check_swot(swot, lang="it", business="Ceramiche Ferretti")
    assert fb.score == 3 and not fb.passed
    assert fb.details["misplaced"] == {"strengths": [swot["strengths"]]}
    message = next(m for m in fb.messages if "turisti americani" in m)
    assert "Punti di forza" in message and "esterno" in message
    assert "Ceramiche Ferretti" in message and "Dolce Vetta" not in fb.to_text()


def test_an_internal_fact_under_threats_is_flagged() -> None:
    fb = check_swot(dict(GYM_EN, threats="Our prices are higher than the chains"), lang="en")
    assert fb.score == 3
    assert any("Threats" in m and "internal" in m for m in fb.messages)


def test_an_inverted_swot_scores_nothing_and_is_named() -> None:
    inverted = {
        "touchpoint": "Bottega",
        "strengths": CERAMICS["opportunities"],
        "weaknesses": CERAMICS["threats"],
        "opportunities": CERAMICS["strengths"],
        "threats": CERAMICS["weaknesses"],
    }
    fb = check_swot(inverted, lang="it")
    assert fb.score == 0 and fb.details["inverted"]
    assert "capovolta" in fb.messages[0]


def test_an_inverted_swot_earns_nothing_for_a_fact_of_unknown_side() -> None:
    """Upside down, a quadrant whose fact the checker cannot place gets no benefit of the doubt."""
    right = {
        "strengths": "Il nostro laboratorio produce pezzi unici fatti a mano",
        "weaknesses": "Il nostro sito non ha il carrello in inglese",
        "opportunities": "Molti turisti americani visitano Deruta in estate",
        "threats": "Le ceramiche industriali cinesi costano un terzo",
    }
    assert check_swot(right, lang="it").score == 4
    inverted = {
        "strengths": right["opportunities"],
        "weaknesses": right["threats"],  # a fact the checker places on neither side
        "opportunities": right["strengths"],
        "threats": right["weaknesses"],
    }
    fb = check_swot(inverted, lang="it")
    assert fb.details["inverted"] and fb.score == 0


@pytest.mark.parametrize(
    "filler",
    [
        {"strengths": "a", "weaknesses": "b", "opportunities": "c", "threats": "d"},
        {"strengths": "x", "weaknesses": "...", "opportunities": "asdf", "threats": "boh"},
        {"strengths": "Prezzi", "weaknesses": "Sito", "opportunities": "Turisti", "threats": "?"},
    ],
    ids=["letters", "fillers", "one-word"],
)
def test_placeholders_never_score(filler: dict) -> None:
    fb = check_swot(filler, lang="it")
    assert fb.score == 0 and not fb.passed
    assert fb.details["placeholder"] == ["strengths", "weaknesses", "opportunities", "threats"]


def test_a_copied_definition_is_no_answer() -> None:
    from smm_course.frameworks.journey import SwotQuadrant

    swot = dict(CERAMICS, strengths=SwotQuadrant.STRENGTHS.definition("it"))
    fb = check_swot(swot, lang="it")
    assert fb.score == 3 and fb.details["placeholder"] == ["strengths"]
    assert any("ricopiato" in m for m in fb.messages)


def test_empty_quadrants_and_duplicates() -> None:
    fb = check_swot(dict(CERAMICS, threats="", weaknesses=CERAMICS["strengths"]), lang="it")
    assert fb.score == 2
    assert fb.details["missing"] == ["threats"] and fb.details["duplicate"] == ["weaknesses"]
    assert any("interni" in h and "esterne" in h for h in fb.hints)


def test_swot_asks_for_the_touchpoint() -> None:
    swot = {k: v for k, v in CERAMICS.items() if k != "touchpoint"}
    assert any("touchpoint" in h for h in check_swot(swot, lang="it").hints)


def test_student_text_is_escaped_in_html() -> None:
    swot = dict(CERAMICS, strengths="<script>alert(1)</script> i turisti e il mercato")
    assert "<script>" not in check_swot(swot).to_html()
