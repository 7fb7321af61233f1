"""The customer journeys: typed as documented, realistic shapes, consistent with the funnel."""

from __future__ import annotations

import pandas as pd
import pytest

from smm_course import data
from smm_course.data.schema import JOURNEY_CHANNELS, path_text, to_path

DIRECT = "E-commerce"


@pytest.fixture(scope="module")
def journeys() -> pd.DataFrame:
    return data.journeys()


@pytest.fixture(scope="module", params=[1, 31337])
def other_seed(request) -> dict[str, pd.DataFrame]:
    return data.generate(request.param)


def test_columns_and_dtypes(journeys):
    assert list(journeys.columns) == [
        "journey_id",
        "path",
        "touches",
        "first_touch",
        "last_touch",
        "converted",
        "revenue",
    ]
    assert isinstance(journeys["journey_id"].dtype, pd.StringDtype)
    assert journeys["journey_id"].is_unique
    assert journeys["path"].dtype == object
    assert journeys["path"].map(type).eq(tuple).all()
    assert journeys["touches"].dtype == "int64"
    assert journeys["first_touch"].dtype == "datetime64[ns]"
    assert journeys["last_touch"].dtype == "datetime64[ns]"
    assert journeys["converted"].dtype == "bool"
    assert journeys["revenue"].dtype == "float64"


def test_invariants(journeys):
    assert len(journeys) >= 5000
    assert (journeys["touches"] == journeys["path"].str.len()).all()
    assert (journeys["touches"] >= 1).all()
    assert set(journeys["path"].explode()) == set(JOURNEY_CHANNELS)
    assert (journeys["first_touch"] <= journeys["last_touch"]).all()
    assert journeys["first_touch"].dt.year.eq(2025).all()
    assert journeys["last_touch"].dt.year.eq(2025).all()
    one_touch = journeys["touches"] == 1
    assert (journeys.loc[one_touch, "first_touch"] == journeys.loc[one_touch, "last_touch"]).all()
    assert (journeys.loc[~journeys["converted"], "revenue"] == 0).all()
    assert (journeys.loc[journeys["converted"], "revenue"] > 0).all()
    assert journeys["first_touch"].is_monotonic_increasing
    assert "Negozio" not in set(journeys["path"].explode())  # offline touches are not tracked


def test_pandas_idioms_on_the_path_column(journeys):
    head = journeys.head(50)
    first, last = head["path"].str[0], head["path"].str[-1]
    assert all(p[0] == f and p[-1] == x for p, f, x in zip(head["path"], first, last, strict=True))
    exploded = head["path"].explode()
    assert len(exploded) == head["touches"].sum()
    assert head["path"].value_counts().sum() == 50  # hashable: value_counts, groupby work
    text = head["path"].str.join(" > ")
    assert text.map(to_path).tolist() == head["path"].tolist()
    assert text.tolist() == head["path"].map(path_text).tolist()


def test_path_text_round_trip():
    assert path_text(("Instagram", "Google Ads")) == "Instagram > Google Ads"
    assert to_path("Instagram > Google Ads") == ("Instagram", "Google Ads")
    assert to_path("Instagram>Google Ads") == ("Instagram", "Google Ads")
    assert to_path(["Newsletter"]) == ("Newsletter",)


def test_channel_names_are_the_courses(journeys):
    assert set(JOURNEY_CHANNELS) - {DIRECT} == set(data.funnel()["channel"].cat.categories)
    assert set(data.JOURNEY_CHANNELS) == set(JOURNEY_CHANNELS)
    assert set(data.JOURNEY_CHANNELS.values()) <= set(data.channels()["channel"])
    with pytest.raises(TypeError):
        data.JOURNEY_CHANNELS["Instagram"] = "x"  # type: ignore[index]


def _shapes(j: pd.DataFrame) -> None:
    # most journeys are short, many never convert
    assert j["touches"].between(1, 4).mean() > 0.8
    assert 0.05 < j["converted"].mean() < 0.25
    first = j["path"].str[0].value_counts(normalize=True)
    last = j["path"].str[-1].value_counts(normalize=True)
    # Instagram and Google open most journeys
    assert set(first.index[:2]) == {"Instagram", "Google Ads"}
    # the newsletter and direct visits to the e-commerce close more journeys than they open
    for channel in ("Newsletter", DIRECT):
        assert last[channel] > 2 * first[channel]
    bought = j.loc[j["converted"], "path"].str[-1].value_counts()
    assert bought.index[0] == DIRECT


def test_realistic_shapes(journeys):
    _shapes(journeys)


def test_realistic_shapes_with_other_seeds(other_seed):
    _shapes(other_seed["journeys"])
    _consistent(other_seed["journeys"], other_seed["funnel"])


def _last_click(path: tuple[str, ...]) -> str:
    """The last touch other than a direct visit (what the funnel credits an order to)."""
    rest = [c for c in path if c != DIRECT]
    return rest[-1] if rest else DIRECT


def _consistent(j: pd.DataFrame, funnel: pd.DataFrame) -> None:
    bought = j[j["converted"]]
    # one converting journey per order of the funnel, and the same revenue
    assert len(bought) == funnel["orders"].sum()
    assert bought["revenue"].sum() == pytest.approx(funnel["revenue_eur"].sum(), abs=0.01)
    # row by row: month of the purchase, channel that brought the buying visit
    keys = [bought["last_touch"].dt.month, bought["path"].map(_last_click)]
    by_row = bought.groupby(keys)["revenue"].agg(["size", "sum"])
    expected = funnel.set_index([funnel["month"].dt.month, funnel["channel"].astype(str)])
    expected = expected[expected["orders"] > 0]
    assert by_row["size"].sort_index().tolist() == expected["orders"].sort_index().tolist()
    assert by_row["sum"].sort_index().to_numpy() == pytest.approx(
        expected["revenue_eur"].sort_index().to_numpy(), abs=0.01
    )
    # lost journeys: roughly one every four non-buying visits
    lost = (~j["converted"]).sum()
    assert 0.2 < lost / (funnel["visits"] - funnel["orders"]).sum() < 0.3


def test_consistent_with_the_funnel(journeys):
    _consistent(journeys, data.funnel())
    # the figures the docstring quotes
    assert journeys["converted"].sum() == 883
    assert journeys["revenue"].sum() == pytest.approx(42701.16, abs=0.01)
    monthly = journeys[journeys["converted"]].groupby(journeys["last_touch"].dt.month).size()
    assert monthly.idxmax() == 12 and monthly[7] < monthly[12] / 4
