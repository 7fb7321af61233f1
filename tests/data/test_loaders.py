"""The shipped case-study files: reproducible, typed as documented, safe to modify."""

from __future__ import annotations

import importlib

import pandas as pd
import pytest

from smm_course import data
from smm_course.data.generator import main

LOADERS = {
    "touchpoints": data.touchpoints,
    "social_posts": data.social_posts,
    "funnel": data.funnel,
    "reviews": data.reviews,
    "channels": data.channels,
    "journeys": data.journeys,
}


@pytest.fixture(scope="module")
def generated() -> dict[str, pd.DataFrame]:
    return data.generate(data.DEFAULT_SEED)


@pytest.mark.parametrize("table", sorted(LOADERS))
def test_shipped_files_equal_the_default_seed(table, generated):
    pd.testing.assert_frame_equal(LOADERS[table](), generated[table])


def test_regenerating_writes_the_shipped_files_byte_for_byte(tmp_path, capsys):
    assert main([str(tmp_path)]) == 0
    assert str(tmp_path) in capsys.readouterr().out
    shipped = data.generator.FILES_DIR
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(f"{name}.csv" for name in LOADERS)
    for name in written:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name


def test_loaders_return_a_fresh_copy():
    posts = data.social_posts()
    posts.loc[:, "reach"] = -1
    del posts["likes"]
    again = data.social_posts()
    assert "likes" in again.columns
    assert (again["reach"] > 0).all()


def test_row_counts():
    assert 35 <= len(data.touchpoints()) <= 45
    assert 550 <= len(data.social_posts()) <= 700
    assert len(data.funnel()) == 12 * 6
    assert 180 <= len(data.reviews()) <= 220
    assert 8 <= len(data.channels()) <= 16
    assert 7000 <= len(data.journeys()) <= 9500


def _is_string(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.StringDtype)


def _categories(series: pd.Series) -> set[str]:
    assert isinstance(series.dtype, pd.CategoricalDtype), series.name
    return set(series.cat.categories)


def test_touchpoint_dtypes():
    df = data.touchpoints()
    assert list(df.columns) == [
        "touchpoint",
        "name",
        "phase",
        "also_phases",
        "nature",
        "control",
        "channel",
        "cost_eur_month",
    ]
    assert all(_is_string(df[c]) for c in ("touchpoint", "name", "also_phases", "channel"))
    assert list(df["phase"].cat.categories) == ["pre_purchase", "purchase", "post_purchase"]
    assert df["phase"].cat.ordered
    assert _categories(df["nature"]) == {"digital", "physical"}
    assert _categories(df["control"]) == {"managed", "spontaneous"}
    assert df["cost_eur_month"].dtype == "float64"
    assert df["touchpoint"].is_unique
    also = df["also_phases"].str.split(";").explode()
    assert set(also[also != ""]) <= {"pre_purchase", "purchase", "post_purchase"}
    # every phase and every quality is represented, and some touchpoints span phases
    assert set(df["phase"]) == {"pre_purchase", "purchase", "post_purchase"}
    assert set(df["control"]) == {"managed", "spontaneous"}
    assert (df["also_phases"] != "").sum() >= 5
    newsletter = df.set_index("touchpoint").loc["newsletter"]
    assert {newsletter["phase"], *newsletter["also_phases"].split(";")} >= {
        "pre_purchase",
        "post_purchase",
    }


def test_social_post_dtypes():
    df = data.social_posts()
    assert df["date"].dtype == "datetime64[ns]"
    assert _categories(df["platform"]) == {"Instagram", "Facebook", "TikTok", "LinkedIn"}
    assert _categories(df["format"]) == {"reel", "carosello", "foto", "video", "storia", "articolo"}
    assert df["topic"].dtype == "category"
    counts = [
        "followers",
        "reach",
        "impressions",
        "likes",
        "comments",
        "shares",
        "saves",
        "link_clicks",
    ]
    assert all(df[c].dtype == "int64" for c in counts)
    assert _is_string(df["post_id"]) and df["post_id"].is_unique
    assert df["date"].dt.year.eq(2025).all()
    assert df["date"].is_monotonic_increasing
    assert set(df["platform"]) == {"Instagram", "Facebook", "TikTok", "LinkedIn"}


def test_funnel_dtypes():
    df = data.funnel()
    assert df["month"].dtype == "datetime64[ns]"
    assert df["month"].dt.day.eq(1).all()
    assert df["month"].dt.month.nunique() == 12
    assert _categories(df["channel"]) == {
        "Instagram",
        "Facebook",
        "TikTok",
        "LinkedIn",
        "Google Ads",
        "Newsletter",
    }
    for col in ("reach", "visits", "leads", "orders", "new_customers", "returning_customers"):
        assert df[col].dtype == "int64", col
    assert df["revenue_eur"].dtype == "float64" and df["spend_eur"].dtype == "float64"
    assert not df.duplicated(["month", "channel"]).any()


def test_review_dtypes():
    df = data.reviews()
    assert list(df.columns) == ["review_id", "date", "source", "rating", "text"]
    assert df["date"].dtype == "datetime64[ns]"
    assert _categories(df["source"]) == {"Google", "TripAdvisor", "Marketplace"}
    assert df["rating"].dtype == "int64" and df["rating"].between(1, 5).all()
    assert set(df["rating"]) == {1, 2, 3, 4, 5}
    assert _is_string(df["text"]) and df["text"].str.len().gt(20).all()
    assert df["text"].nunique() > 0.9 * len(df)
    assert not df["text"].str.contains("{", regex=False).any()


def test_channel_dtypes():
    df = data.channels()
    phases = ["awareness", "evaluation", "purchase", "delivery", "after_sales"]
    assert all(df[p].dtype == "bool" for p in phases)
    assert _categories(df["type"]) == {"direct", "indirect"}
    assert set(df["type"]) == {"direct", "indirect"}
    for col in ("cost_eur_month", "revenue_eur_month", "commission_rate"):
        assert df[col].dtype == "float64"
    assert df["commission_rate"].between(0, 1).all()
    assert df[phases].any(axis=1).all()
    shop = df.set_index("channel").loc["shop"]
    assert shop["type"] == "direct" and shop[phases].all()


def test_channel_revenue_matches_the_funnel():
    funnel = data.funnel()
    channels = data.channels().set_index("channel")
    instagram = funnel.loc[funnel["channel"] == "Instagram", "revenue_eur"].mean()
    assert channels.loc["instagram", "revenue_eur_month"] == pytest.approx(instagram, abs=0.01)


def test_company():
    company = data.COMPANY
    assert company.name == "Cioccolateria Dolce Vetta"
    assert company.city == "Torino"
    assert "Via Po" in company.shop_address
    assert company.owner == "Chiara Bellandi"
    assert "dolcevetta.example" in company.website
    assert "gianduiotti" in company.products
    with pytest.raises(AttributeError):
        company.name = "Altro"  # type: ignore[misc]


def test_stopwords():
    words = data.stopwords_it()
    assert isinstance(words, frozenset)
    assert 150 <= len(words) <= 260
    assert {"il", "la", "di", "che", "non", "è", "sono", "per", "della", "nel"} <= words
    assert not words & {
        "cioccolato",
        "gusto",
        "consegna",
        "ritardo",
        "sciolto",
        "prezzo",
        "regalo",
        "negozio",
        "buonissimo",
    }
    assert all(w == w.lower() and w.strip() == w and " " not in w for w in words)


@pytest.mark.parametrize(
    ("module", "enum", "ids"),
    [
        ("touchpoints", "Phase", data.schema.PHASES),
        ("touchpoints", "Nature", data.schema.NATURES),
        ("touchpoints", "Control", data.schema.CONTROLS),
        ("channels", "ChannelType", data.schema.CHANNEL_TYPES),
        ("channels", "ChannelPhase", data.schema.CHANNEL_PHASES),
    ],
)
def test_ids_match_the_frameworks(module, enum, ids):
    try:
        mod = importlib.import_module(f"smm_course.frameworks.{module}")
    except ModuleNotFoundError:
        pytest.skip(f"smm_course.frameworks.{module} not available yet")
    assert tuple(getattr(mod, enum).ids()) == ids
