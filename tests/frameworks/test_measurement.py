"""Budget moves read from two attribution models, channel by channel."""

from __future__ import annotations

import pandas as pd

from smm_course.frameworks.attribution import compare
from smm_course.frameworks.measurement import BudgetMove, MeasurementLimit, PlanField, budget_moves

CREDIT = pd.DataFrame(
    {"last": [10.0, 20.0, 30.0], "markov": [16.0, 21.0, 23.0]},
    index=pd.Index(["Instagram", "Google Ads", "E-commerce"], name="channel"),
)


def test_a_channel_moves_only_beyond_fifteen_percent_of_its_last_click_credit():
    moves = budget_moves(CREDIT, "markov")
    assert list(moves.index) == ["Instagram", "Google Ads", "E-commerce"]  # most gained first
    assert moves["move"].to_dict() == {
        "Instagram": "increase",  # +6 on 10
        "Google Ads": "keep",  # +1 on 20
        "E-commerce": "decrease",  # -7 on 30
    }
    assert moves.loc["E-commerce", "change"] == -7.0


def test_the_threshold_is_a_parameter():
    moves = budget_moves(CREDIT, "markov", threshold=0.01)
    assert moves.loc["Google Ads", "move"] == "increase"


def test_on_hand_journeys_last_click_overvalues_the_closing_channel():
    journeys = ["Instagram > E-commerce", "TikTok > Instagram > E-commerce", "E-commerce"]
    moves = budget_moves(compare(journeys), "first")
    assert moves.loc["E-commerce", "move"] == "decrease"  # 3 conversions last, 1 first
    assert set(moves.loc[["Instagram", "TikTok"], "move"]) == {"increase"}


def test_every_concept_speaks_both_languages():
    for concept in (*BudgetMove, *MeasurementLimit, *PlanField):
        assert concept.label("it") and concept.label("en")
        assert concept.label("it") != concept.label("en") or concept.id == "offline"
        assert concept.definition("it").endswith(".") and concept.definition("en").endswith(".")
    assert MeasurementLimit.from_any("incrementalità") is MeasurementLimit.INCREMENTALITY
