"""check_journey and check_swot."""

from __future__ import annotations

import pytest

from smm_course.checks import check_journey, check_swot

STAGES = ("awareness", "consideration", "purchase", "retention", "advocacy")


def journey(**changes: dict) -> dict:
    rows = {
        stage: {
            "actions": "Scopre Dolce Vetta",
            "touchpoints": "Instagram",
            "emotions": 1,
            "pain_points": "Poche informazioni",
            "opportunities": "Post con i prezzi",
        }
        for stage in STAGES
    }
    for stage, cells in changes.items():
        rows[stage] = {**rows[stage], **cells}
    return rows


def test_complete_journey_passes() -> None:
    fb = check_journey(journey(), lang="it")
    assert fb.passed and fb.score == fb.max_score == 15
    assert fb.hints == ()


def test_missing_touchpoint_and_actions_are_named_by_stage() -> None:
    fb = check_journey(journey(purchase={"touchpoints": "", "actions": None}), lang="it")
    assert fb.score == 13 and not fb.passed
    assert fb.details["missing_touchpoints"] == ["purchase"]
    assert fb.details["missing_actions"] == ["purchase"]
    assert any("«acquisto»" in m and "touchpoint" in m for m in fb.messages)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (3, "fuori scala"),
        (-5, "fuori scala"),
        ("molto felice", "non è un numero"),
        (1.5, "non è un numero"),
    ],
)
def test_bad_emotions_are_explained(value: object, fragment: str) -> None:
    fb = check_journey(journey(retention={"emotions": value}), lang="it")
    assert fb.details["bad_emotions"] == ["retention"]
    message = next(m for m in fb.messages if "fidelizzazione" in m)
    assert fragment in message and "-2" in message and "+2" in message


@pytest.mark.parametrize("value", ["+2", "-1", " 0 ", "−2", 2.0, "1,0"])
def test_integer_like_emotions_are_accepted(value: object) -> None:
    assert check_journey(journey(advocacy={"emotions": value})).passed


def test_missing_stage_and_pain_point_hint() -> None:
    rows = journey(awareness={"pain_points": "", "opportunities": ""})
    del rows["advocacy"]
    fb = check_journey(rows, lang="en")
    assert fb.details["missing_stages"] == ["advocacy"]
    assert any("pain points" in h and "awareness" in h.lower() for h in fb.hints)
    assert fb.details["no_opportunities"] == ["awareness"]


def test_dataframe_in_both_orientations() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(journey())
    assert check_journey(frame).passed
    assert check_journey(frame.T).passed
    frame.loc["emotions", "purchase"] = float("nan")
    assert check_journey(frame).details["missing_emotions"] == ["purchase"]


def test_not_a_mapping() -> None:
    fb = check_journey("una mappa", lang="it")
    assert not fb.passed and "dizionario" in fb.messages[0]


SWOT = {
    "touchpoint": "Negozio di via Po",
    "strengths": "Prodotti artigianali e personale esperto",
    "weaknesses": "Orari ridotti",
    "opportunities": "Turismo in crescita a Torino",
    "threats": "Nuove catene di cioccolaterie in centro",
}


def test_complete_swot_passes() -> None:
    fb = check_swot(SWOT, lang="it")
    assert fb.passed and fb.score == 4 and fb.hints == ()


def test_empty_quadrants_and_internal_external_hint() -> None:
    fb = check_swot(dict(SWOT, threats="", weaknesses=" "), lang="it")
    assert fb.score == 2 and fb.details["missing"] == ["weaknesses", "threats"]
    assert any("interni" in h and "esterne" in h for h in fb.hints)


def test_external_factor_in_strengths_is_flagged() -> None:
    fb = check_swot(dict(SWOT, strengths="Il mercato del cioccolato cresce"), lang="en")
    assert fb.passed
    assert any("Strengths" in h or "strengths" in h.lower() for h in fb.hints)


def test_swot_asks_for_the_touchpoint_and_spots_duplicates() -> None:
    swot = dict.fromkeys(("strengths", "weaknesses", "opportunities", "threats"), "Stessa frase")
    fb = check_swot(swot, lang="it")
    assert any("stesso testo" in m for m in fb.messages)
    assert any("touchpoint" in h for h in fb.hints)
