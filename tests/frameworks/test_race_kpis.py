"""KPI formulas: hand-computed values, element-wise Series, clear errors in both languages."""

from __future__ import annotations

import json
import math
from importlib import resources

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smm_course.frameworks import campaign, race
from smm_course.i18n import placeholders

RATIOS = [
    (race.engagement_rate, "reach"),
    (race.ctr, "impressions"),
    (race.conversion_rate, "visitors"),
    (race.cac, "new_customers"),
    (race.roas, "ad_spend"),
    (race.aov, "orders"),
    (race.repeat_purchase_rate, "customers"),
    (race.roi, "cost"),
]
RATES = [race.engagement_rate, race.ctr, race.conversion_rate, race.repeat_purchase_rate]


def test_hand_computed_values():
    # A post: 42 likes + 8 comments + 5 shares + 5 saves = 60 engagements on 1,500 reached.
    assert race.engagement_rate(42 + 8 + 5 + 5, 1500) == pytest.approx(0.04)
    assert race.ctr(5, 100) == pytest.approx(0.05)
    assert race.conversion_rate(36, 1200) == pytest.approx(0.03)
    assert race.cac(900, 30) == pytest.approx(30.0)
    assert race.roas(2000, 500) == pytest.approx(4.0)
    assert race.aov(4500, 150) == pytest.approx(30.0)
    assert race.repeat_purchase_rate(120, 400) == pytest.approx(0.3)
    assert race.clv(30, 4, 3) == pytest.approx(360.0)
    assert race.clv(30, 4, 3, margin=0.4) == pytest.approx(144.0)
    assert race.roi(1500, 1000) == pytest.approx(0.5)
    assert race.roi(600, 1000) == pytest.approx(-0.4)  # a losing campaign
    # 5 promoters, 3 passives, 2 detractors out of 10: 50% - 20% = 30.
    assert race.nps([10, 9, 9, 10, 9, 8, 7, 7, 6, 0]) == pytest.approx(30.0)
    assert race.nps([10]) == 100.0 and race.nps([0, 6]) == -100.0 and race.nps([7, 8]) == 0.0


def test_series_are_computed_row_by_row():
    clicks = pd.Series([5, 30, 0], index=["a", "b", "c"])
    impressions = pd.Series([100, 600, 50], index=["a", "b", "c"])
    result = race.ctr(clicks, impressions)
    assert isinstance(result, pd.Series)
    assert list(result.index) == ["a", "b", "c"]
    assert result.tolist() == pytest.approx([0.05, 0.05, 0.0])
    # Series with a scalar, and the CLV product with a Series margin.
    assert race.conversion_rate(pd.Series([3, 6]), 300).tolist() == pytest.approx([0.01, 0.02])
    assert race.clv(pd.Series([20.0, 30.0]), 2, 1, pd.Series([0.5, 1.0])).tolist() == [20.0, 60.0]
    assert race.nps(pd.Series([9, 10, 3, 8])) == pytest.approx(25.0)


def test_nan_propagates_and_nps_skips_missing_answers():
    result = race.aov(pd.Series([100.0, float("nan")]), pd.Series([4, 5]))
    assert result[0] == 25.0 and math.isnan(result[1])
    assert math.isnan(race.ctr(float("nan"), 10))
    assert race.nps(pd.Series([10, None, 0, float("nan")], dtype="float")) == 0.0
    assert race.nps([9, None]) == 100.0


@pytest.mark.parametrize(("func", "denominator"), RATIOS, ids=lambda x: getattr(x, "__name__", x))
def test_zero_denominator_is_refused_in_the_learner_language(func, denominator, lang):
    with pytest.raises(ValueError) as caught:
        func(10, 0)
    message = str(caught.value)
    assert denominator in message
    assert ("vale zero" if lang == "it" else "is zero") in message


def test_zero_rows_in_a_series_are_counted(lang):
    with pytest.raises(ValueError) as caught:
        race.ctr(pd.Series([1, 2, 3, 4]), pd.Series([10, 0, 30, 0]))
    message = str(caught.value)
    assert ("2 su 4" if lang == "it" else "2 of 4") in message
    assert "impressions" in message


def test_negative_counts_are_refused(lang):
    with pytest.raises(ValueError) as caught:
        race.engagement_rate(-3, 100)
    expected = "non può essere negativo" if lang == "it" else "cannot be negative"
    assert expected in str(caught.value)
    with pytest.raises(ValueError) as caught:
        race.cac(pd.Series([100, 200, 300]), pd.Series([-1, 2, -5]))
    assert ("2 su 3" if lang == "it" else "2 of 3") in str(caught.value)
    with pytest.raises(ValueError):
        race.roi(100, -50)
    with pytest.raises(ValueError):
        race.clv(30, -1, 2)


@pytest.mark.parametrize("bad", ["12", None, [1, 2], True, pd.Series(["a", "b"])])
def test_non_numeric_input_is_a_value_error(bad, lang):
    with pytest.raises(ValueError) as caught:
        race.ctr(bad, 100)
    assert ("deve essere un numero" if lang == "it" else "must be a number") in str(caught.value)
    with pytest.raises(ValueError):
        race.ctr(10, bad)


@pytest.mark.parametrize("margin", [1.5, -0.1, pd.Series([0.5, 2.0])])
def test_clv_margin_must_be_a_fraction(margin):
    with pytest.raises(ValueError):
        race.clv(30, 4, 3, margin)


@pytest.mark.parametrize(
    "scores", [[11], [-1, 5], [9.5], ["10"], [True], [], [None], pd.Series([], dtype=float)]
)
def test_nps_refuses_bad_scores(scores, lang):
    with pytest.raises(ValueError) as caught:
        race.nps(scores)
    assert str(caught.value).startswith("NPS:")
    assert ("punteggi" if lang == "it" else "score") in str(caught.value)


@pytest.mark.parametrize("scores", [7, "9910", {"a": 9}])
def test_nps_needs_a_collection_of_scores(scores):
    with pytest.raises(ValueError):
        race.nps(scores)


def test_error_catalogue_has_the_same_keys_and_placeholders_in_both_languages():
    def load(lang: str) -> dict[str, str]:
        path = resources.files("smm_course") / "locales" / lang / "frameworks.json"
        return json.loads(path.read_text(encoding="utf-8"))["errors"]

    it, en = load("it"), load("en")
    assert it.keys() == en.keys()
    for key in it:
        assert placeholders(it[key]) == placeholders(en[key]), key


counts = st.integers(min_value=0, max_value=10**9)


@given(st.data())
@pytest.mark.parametrize("func", RATES, ids=lambda f: f.__name__)
def test_rates_of_valid_counts_lie_between_zero_and_one(func, data):
    denominator = data.draw(st.integers(min_value=1, max_value=10**9))
    numerator = data.draw(st.integers(min_value=0, max_value=denominator))
    assert 0.0 <= func(numerator, denominator) <= 1.0


@given(st.lists(st.tuples(counts, st.integers(min_value=1, max_value=10**6)), min_size=1))
def test_series_result_equals_scalar_results(pairs):
    nums = pd.Series([n for n, _ in pairs])
    dens = pd.Series([d for _, d in pairs])
    assert race.aov(nums, dens).tolist() == pytest.approx([race.aov(n, d) for n, d in pairs])


@given(st.lists(st.integers(min_value=0, max_value=10), min_size=1))
def test_nps_lies_between_minus_100_and_100(scores):
    value = race.nps(scores)
    assert -100.0 <= value <= 100.0
    assert race.nps(pd.Series(scores)) == pytest.approx(value)


@given(st.floats(min_value=0, max_value=1e6), st.floats(min_value=0.01, max_value=1e6))
def test_roi_is_roas_minus_one_when_profit_is_the_revenue(revenue, cost):
    assert race.roi(revenue, cost) == pytest.approx(race.roas(revenue, cost) - 1.0)


def test_campaign_kpis_follow_the_formula_table():
    """The funnel form and the export compute CAC on new customers, repeat rate on customers."""
    numbers = {"spend": 300.0, "conversions": 30, "new_customers": 20, "repeat_customers": 5}
    # 300 / 30 = 10 would be the cost per order, not the CAC
    assert campaign.campaign_kpi(race.Kpi.CAC, numbers) == pytest.approx(15.0)
    assert campaign.campaign_kpi(race.Kpi.REPEAT_PURCHASE_RATE, numbers) == pytest.approx(5 / 25)
    assert campaign.CAMPAIGN_KPIS[race.Kpi.CAC][1] == "new_customers"
    assert "nuovi clienti" in race.Kpi.CAC.formula("it")
    assert campaign.campaign_kpi(race.Kpi.CAC, {"spend": 300.0}) is None
    assert campaign.campaign_kpi(race.Kpi.CAC, {"spend": 300.0, "new_customers": 0}) is None
    assert campaign.campaign_kpi(race.Kpi.ROAS, {"revenue": "molto", "spend": 2}) is None
