"""check_journey: stages, real text in the cells, and an emotion curve with ups and downs."""

from __future__ import annotations

import pytest

from smm_course.checks import check_journey

STAGES = ("awareness", "consideration", "purchase", "retention", "advocacy")
CURVE = dict(zip(STAGES, (1, 0, 2, -1, 1), strict=True))


def journey(**changes: dict) -> dict:
    rows = {
        stage: {
            "actions": "Scopre Dolce Vetta",
            "touchpoints": "Instagram",
            "emotions": CURVE[stage],
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


def test_placeholder_cells_and_a_flat_curve_score_nothing() -> None:
    rows = {
        stage: {"actions": "x", "touchpoints": "y", "emotions": 2, "pain_points": "..."}
        for stage in STAGES
    }
    fb = check_journey(rows, lang="it")
    assert fb.score == 0 and not fb.passed
    assert len(fb.details["placeholders"]) == 10
    assert any("segnaposto" in m for m in fb.messages)
    assert any("uguali in tutte le fasi" in m for m in fb.messages)


@pytest.mark.parametrize(
    "bad",
    ["asdf", "...", "Azioni", "Che cosa fa concretamente il cliente in quella fase."],
    ids=["keyboard", "dots", "one-word", "question-copied"],
)
def test_actions_that_are_no_answer_earn_no_point(bad: str) -> None:
    fb = check_journey(journey(purchase={"actions": bad}), lang="en")
    assert fb.score == 14 and not fb.passed
    assert fb.details["placeholders"] == ["purchase.actions"]
    assert any("purchase" in m.lower() for m in fb.messages)


def test_a_one_word_touchpoint_is_a_name_and_counts() -> None:
    fb = check_journey(journey(purchase={"touchpoints": "Etsy"}), lang="it")
    assert fb.passed


@pytest.mark.parametrize(
    ("curve", "fragment"),
    [
        ((2, 2, 2, 2, 2), "same in every stage"),
        ((0, 0, 0, 0, 0), "same in every stage"),
        ((2, -2, 2, 2, -2), "end of the scale"),
    ],
)
def test_flat_or_all_extreme_curves_lose_the_emotion_points(
    curve: tuple[int, ...], fragment: str
) -> None:
    rows = journey(**{s: {"emotions": v} for s, v in zip(STAGES, curve, strict=True)})
    fb = check_journey(rows, lang="en")
    assert fb.score == 10 and not fb.passed and fb.details["curve_problem"]
    assert any(fragment in m for m in fb.messages)


def test_hints_name_the_learners_business() -> None:
    rows = journey(awareness={"opportunities": ""})
    own = check_journey(rows, lang="it", business="Forno Rossi")
    assert any("Forno Rossi" in h for h in own.hints)
    assert not any("Dolce Vetta" in h for h in own.hints)
    case = check_journey(rows, lang="it")
    assert any("Dolce Vetta" in h for h in case.hints)
