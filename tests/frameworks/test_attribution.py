"""Attribution models on hand-computed examples, on the case study's year, and on bad input."""

from __future__ import annotations

import pandas as pd
import pytest

from smm_course import data
from smm_course.frameworks.attribution import (
    AttributionModel,
    attribute,
    compare,
    removal_effects,
)

MODELS = AttributionModel.ids()
IG, GA, NL, EC = "Instagram", "Google Ads", "Newsletter", "E-commerce"

# Three converting journeys, written three ways (lists, strings, a DataFrame).
HAND = [[IG, GA, NL, EC], [IG, EC], [GA]]
HAND_TEXT = ["Instagram > Google Ads > Newsletter > E-commerce", "Instagram > E-commerce", GA]
# Worked out by hand:
#   first:    Instagram opens 2 paths, Google Ads 1
#   last:     E-commerce closes 2, Google Ads 1
#   linear:   path 1 gives 1/4 to each touch, path 2 1/2 each, path 3 all to Google Ads
#   position: path 1 gives 0.4 / 0.1 / 0.1 / 0.4, path 2 (two touches) 0.5 / 0.5, path 3 all
EXPECTED = {
    "first": {IG: 2.0, GA: 1.0, NL: 0.0, EC: 0.0},
    "last": {IG: 0.0, GA: 1.0, NL: 0.0, EC: 2.0},
    "linear": {IG: 0.75, GA: 1.25, NL: 0.25, EC: 0.75},
    "position": {IG: 0.9, GA: 1.1, NL: 0.1, EC: 0.9},
}


def _as_dict(series: pd.Series) -> dict[str, float]:
    return {k: pytest.approx(v) for k, v in series.items()}


@pytest.fixture(scope="module")
def journeys() -> pd.DataFrame:
    return data.journeys()


@pytest.mark.parametrize("model", sorted(EXPECTED))
@pytest.mark.parametrize(
    "paths", [HAND, HAND_TEXT, pd.Series(HAND_TEXT)], ids=["lists", "text", "series"]
)
def test_rule_based_models_by_hand(model, paths):
    credit = attribute(paths, model)
    assert _as_dict(credit) == EXPECTED[model]
    assert list(credit.index) == sorted(EXPECTED[model])  # sorted by channel name
    assert credit.name == model and credit.index.name == "channel"
    assert credit.sum() == pytest.approx(3.0)


def test_a_dataframe_gives_the_same_credit():
    frame = pd.DataFrame({"path": [tuple(p) for p in HAND], "converted": [True] * 3})
    for model, expected in EXPECTED.items():
        assert _as_dict(attribute(frame, model)) == expected


def test_time_decay_spreads_the_touches_between_the_dates():
    # Path 1 spans 21 days: its 4 touches fall 21, 14, 7 and 0 days before the purchase,
    # so with a 7-day half-life they weigh 1/8, 1/4, 1/2, 1 (sum 15/8): 1/15, 2/15, 4/15, 8/15.
    # Path 2 spans 7 days: 1/2 and 1, i.e. 1/3 and 2/3. Path 3: all to Google Ads.
    frame = pd.DataFrame(
        {
            "path": HAND_TEXT,
            "first_touch": pd.to_datetime(["2025-03-01", "2025-03-10", "2025-03-20"]),
            "last_touch": pd.to_datetime(["2025-03-22", "2025-03-17", "2025-03-20"]),
        }
    )
    credit = attribute(frame, "time_decay", half_life_days=7)
    assert _as_dict(credit) == {IG: 1 / 15 + 1 / 3, GA: 2 / 15 + 1, NL: 4 / 15, EC: 8 / 15 + 2 / 3}
    # without dates the touches are one day apart: a 1-day half-life gives the same weights
    assert _as_dict(attribute(HAND, "time_decay", half_life_days=1)) == _as_dict(credit)
    # a very long half-life tends to the linear model, a very short one to last touch
    slow = attribute(frame, "time_decay", half_life_days=1e9)
    assert _as_dict(slow) == EXPECTED["linear"]
    fast = attribute(frame, "time_decay", half_life_days=1e-6)
    assert _as_dict(fast) == EXPECTED["last"]


def test_markov_removal_effect_three_paths():
    # Journeys: IG > GA > NL converts; IG is lost; GA > NL is lost.
    # Transitions: start -> IG 2/3, start -> GA 1/3; IG -> GA 1/2, IG -> null 1/2;
    # GA -> NL 1; NL -> conversion 1/2, NL -> null 1/2.
    # P(conversion) = (2/3 * 1/2 + 1/3) * 1 * 1/2 = 1/3 (1 conversion in 3 journeys).
    # Without IG: only start -> GA -> NL -> conversion: 1/3 * 1/2 = 1/6, removal effect 1/2.
    # Without GA or without NL nothing converts: removal effect 1 each.
    # Shares of the 1 conversion: 0.5 / 2.5 = 0.2, then 0.4 and 0.4.
    paths = [(f"{IG} > {GA} > {NL}", True), ([IG], False), ([GA, NL], False)]
    assert _as_dict(removal_effects(paths)) == {IG: 0.5, GA: 1.0, NL: 1.0}
    assert _as_dict(attribute(paths, "markov")) == {IG: 0.2, GA: 0.4, NL: 0.4}


def test_markov_removal_effect_four_paths():
    # Journeys: IG > NL converts; GA > NL converts; IG is lost; GA > IG is lost.
    # Transitions: start -> IG 1/2, start -> GA 1/2; IG -> NL 1/3, IG -> null 2/3 (two of
    # IG's three visits end the journey); GA -> NL 1/2, GA -> IG 1/2; NL -> conversion 1.
    # Chance to convert from each state: NL 1, IG 1/3, GA 1/2 + 1/2 * 1/3 = 2/3;
    # from the start 1/2 * 1/3 + 1/2 * 2/3 = 1/2 (2 conversions in 4 journeys).
    # Without IG: 1/2 * (1/2 * 1) = 1/4, effect 1 - (1/4)/(1/2) = 1/2.
    # Without GA: 1/2 * 1/3 = 1/6, effect 1 - (1/6)/(1/2) = 2/3. Without NL: 0, effect 1.
    # Effects sum to 13/6; credit of the 2 conversions: IG 6/13, GA 8/13, NL 12/13.
    paths = [([IG, NL], True), ([GA, NL], True), ([IG], False), ([GA, IG], False)]
    assert _as_dict(removal_effects(paths)) == {IG: 1 / 2, GA: 2 / 3, NL: 1.0}
    assert _as_dict(attribute(paths, "markov")) == {IG: 6 / 13, GA: 8 / 13, NL: 12 / 13}
    # a repeated touch (a self-loop) changes no chance of converting, hence no credit
    again = [([IG, IG, NL], True), *paths[1:]]
    assert _as_dict(attribute(again, "markov")) == _as_dict(attribute(paths, "markov"))
    # revenue mode shares the revenue by the same removal effects
    valued = [
        ([IG, NL], True, 30.0),
        ([GA, NL], True, 100.0),
        ([IG], False, 0.0),
        ([GA, IG], False, 0),
    ]
    assert _as_dict(attribute(valued, "markov", revenue=True)) == {
        IG: 130 * 3 / 13,
        GA: 130 * 4 / 13,
        NL: 130 * 6 / 13,
    }


def test_revenue_mode_by_hand():
    frame = pd.DataFrame(
        {
            "path": [*HAND_TEXT, "TikTok"],
            "converted": [True, True, True, False],
            "revenue": [100.0, 40.0, 60.0, 0.0],
        }
    )
    first = attribute(frame, "first", revenue=True)
    assert _as_dict(first) == {IG: 140.0, GA: 60.0, NL: 0.0, EC: 0.0, "TikTok": 0.0}
    linear = attribute(frame, "linear", revenue=True)
    assert _as_dict(linear) == {IG: 45.0, GA: 85.0, NL: 25.0, EC: 45.0, "TikTok": 0.0}
    for model in MODELS:
        assert attribute(frame, model, revenue=True).sum() == pytest.approx(200.0)
        assert attribute(frame, model).sum() == pytest.approx(3.0)


@pytest.mark.parametrize("model", MODELS)
def test_one_touch_path_takes_everything(model):
    assert attribute([[GA]], model).to_dict() == {GA: 1.0}
    assert attribute([[GA, GA]], model).to_dict() == {GA: 1.0}


def test_position_two_touches_split_in_half():
    assert attribute([[IG, GA]], "position").to_dict() == {GA: 0.5, IG: 0.5}
    five = attribute([[IG, GA, NL, "TikTok", EC]], "position")
    assert _as_dict(five) == {IG: 0.4, EC: 0.4, GA: 0.2 / 3, NL: 0.2 / 3, "TikTok": 0.2 / 3}


@pytest.mark.parametrize("model", MODELS)
def test_empty_input_gives_an_empty_series(model):
    for empty in ([], pd.DataFrame({"path": [], "converted": []})):
        credit = attribute(empty, model)
        assert credit.empty and credit.dtype == "float64" and credit.sum() == 0


@pytest.mark.parametrize("model", MODELS)
def test_journeys_without_conversions_earn_nothing(model):
    credit = attribute([([IG, GA], False), ([NL], False)], model)
    assert credit.to_dict() == {GA: 0.0, IG: 0.0, NL: 0.0}


@pytest.mark.parametrize("model", MODELS)
def test_the_year_of_journeys(journeys, model):
    conversions = int(journeys["converted"].sum())
    revenue = journeys["revenue"].sum()
    credit = attribute(journeys, model)
    assert credit.sum() == pytest.approx(conversions)
    assert (credit >= 0).all()
    assert set(credit.index) == set(data.JOURNEY_CHANNELS)
    assert attribute(journeys, model, revenue=True).sum() == pytest.approx(revenue)


def test_models_disagree_as_the_lesson_says(journeys):
    table = compare(journeys)
    assert list(table.columns) == list(MODELS)
    assert table.index.name == "channel"
    # last touch crowns the direct visit, first touch the channels that start journeys
    assert table["last"].idxmax() == EC
    assert table["first"].idxmax() == GA
    assert table.loc[EC, "first"] < table.loc[EC, "last"] / 5
    assert table.loc[NL, "last"] > table.loc[NL, "first"]
    effects = removal_effects(journeys)
    assert effects.between(0, 1).all() and effects.gt(0).all()


def test_input_is_left_unchanged(journeys):
    before = journeys.copy()
    compare(journeys, revenue=True)
    pd.testing.assert_frame_equal(journeys, before)


def test_a_series_of_converting_paths_equals_the_table(journeys):
    bought = journeys[journeys["converted"]]
    for model in ("first", "linear", "position"):
        by_table = attribute(journeys, model)
        by_paths = attribute(bought["path"].str.join(" > "), model)
        pd.testing.assert_series_equal(by_paths, by_table.loc[by_paths.index])


@pytest.mark.parametrize(
    "name",
    ["last", "LAST", "Ultimo contatto", "last click", "ultimo clic", AttributionModel.LAST],
)
def test_model_names(name):
    assert attribute(HAND, name).to_dict() == pytest.approx(EXPECTED["last"])


def test_the_models_as_concepts(lang):
    assert MODELS == ("first", "last", "linear", "position", "time_decay", "markov")
    for model in AttributionModel:
        assert model.labels.it and model.labels.en and model.labels.it != model.id
        assert len(model.definition()) > 40
        assert AttributionModel.from_any(model.label()) is model
    assert AttributionModel.POSITION.label("it") == "Basato sulla posizione (40/20/40)"
    assert AttributionModel.TIME_DECAY.label("en") == "Time decay"


def test_unknown_model_is_explained_in_italian(monkeypatch):
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    with pytest.raises(ValueError, match="Modello di attribuzione sconosciuto") as error:
        attribute(HAND, "data_driven")
    assert "first, last, linear, position, time_decay, markov" in str(error.value)
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    with pytest.raises(ValueError, match="Unknown attribution model"):
        attribute(HAND, 3)


BAD = [
    (None, {}, "Servono dei percorsi"),
    (42, {}, "Servono dei percorsi"),
    ("Instagram > Newsletter", {}, "Servono dei percorsi"),
    ({"path": "Instagram"}, {}, "Servono dei percorsi"),
    (pd.DataFrame({"channel": [IG]}), {}, "manca la colonna «path»"),
    (pd.DataFrame({"path": [IG]}), {"revenue": True}, "manca la colonna «revenue»"),
    (pd.DataFrame({"path": [IG, None]}), {}, "Percorso n. 2"),
    (pd.DataFrame({"path": [IG, float("nan")]}), {}, "Percorso n. 2"),
    ([[IG], []], {}, "Percorso n. 2: è vuoto"),
    ([""], {}, "Percorso n. 1"),
    ([[IG, 3]], {}, "Percorso n. 1"),
    ([[IG, ""]], {}, "Percorso n. 1"),
    ([42], {}, "Percorso n. 1"),
    ([([IG], "sì")], {}, "Percorso n. 1"),
    (pd.DataFrame({"path": [IG], "converted": ["yes"]}), {}, "True o False"),
    ([[IG]], {"revenue": True}, "fatturato"),
    ([([IG], True, -5.0)], {"revenue": True}, "fatturato"),
    ([([IG], True, "tanti")], {"revenue": True}, "fatturato"),
    (pd.DataFrame({"path": [IG], "revenue": [float("nan")]}), {"revenue": True}, "fatturato"),
    ([[IG]], {"half_life_days": 0}, "emivita"),
    ([[IG]], {"half_life_days": -3}, "emivita"),
    ([[IG]], {"half_life_days": "una settimana"}, "emivita"),
    ([[IG]], {"half_life_days": None}, "emivita"),
    (
        pd.DataFrame({"path": [IG], "first_touch": ["2025-03-02"], "last_touch": ["2025-03-01"]}),
        {},
        "viene prima",
    ),
    (
        pd.DataFrame({"path": [IG], "first_touch": ["ieri"], "last_touch": ["oggi"]}),
        {},
        "date",
    ),
]


@pytest.mark.parametrize(("journeys", "options", "message"), BAD)
@pytest.mark.parametrize("model", ["first", "time_decay", "markov"])
def test_bad_input_is_explained(monkeypatch, journeys, options, message, model):
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    with pytest.raises(ValueError, match=message) as error:
        attribute(journeys, model, **options)
    assert "frameworks.attribution" not in str(error.value)  # a translated message, not a key


def test_compare_refuses_an_unknown_model():
    with pytest.raises(ValueError, match="sconosciuto"):
        compare(HAND, ["first", "shapley"])
