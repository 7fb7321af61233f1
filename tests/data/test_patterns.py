"""The simulated numbers follow the causal chain and the seasons, so analyses find them."""

from __future__ import annotations

import pandas as pd
import pytest

from smm_course import data

SUMMER = [6, 7, 8]
ORDINARY = [1, 3, 5, 9, 10]
ENGAGEMENTS = ["likes", "comments", "shares", "saves"]


@pytest.fixture(scope="module", params=[data.DEFAULT_SEED, 1, 31337])
def tables(request) -> dict[str, pd.DataFrame]:
    return data.generate(request.param)


def _engagements(posts: pd.DataFrame) -> pd.Series:
    return posts[ENGAGEMENTS].sum(axis=1)


def test_post_invariants(tables):
    p = tables["social_posts"]
    assert (p["reach"] > 0).all()
    assert (p["reach"] <= p["impressions"]).all()
    assert (p["link_clicks"] <= p["impressions"]).all()
    assert (_engagements(p) <= p["reach"]).all()
    assert (p[[*ENGAGEMENTS, "link_clicks"]] >= 0).all().all()
    # every account ends the year with more followers than it started with
    for _, group in p.groupby("platform", observed=True):
        assert group["followers"].iloc[-1] > group["followers"].iloc[0]


def test_funnel_invariants(tables):
    f = tables["funnel"]
    assert (f["visits"] <= f["reach"]).all()
    assert (f["leads"] <= f["visits"]).all()
    assert (f["orders"] <= f["visits"]).all()
    assert (f["new_customers"] + f["returning_customers"] <= f["orders"]).all()
    assert (f[["new_customers", "returning_customers"]] >= 0).all().all()
    assert ((f["orders"] == 0) == (f["revenue_eur"] == 0)).all()
    assert (f["spend_eur"] > 0).all()


def test_organic_clicks_feed_the_funnel(tables):
    p, f = tables["social_posts"], tables["funnel"]
    clicks = p.groupby([p["date"].dt.month, "platform"], observed=True)["link_clicks"].sum()
    social = f[f["channel"].isin(["Instagram", "Facebook", "TikTok", "LinkedIn"])]
    for row in social.itertuples():
        # visits come from organic clicks plus paid clicks, less the clicks that bounce
        assert row.visits >= 0.7 * clicks.get((row.month.month, row.channel), 0)


def test_different_seeds_give_different_numbers():
    a, b = data.generate(1), data.generate(2)
    assert not a["social_posts"]["reach"].equals(b["social_posts"]["reach"])
    assert not a["funnel"]["revenue_eur"].equals(b["funnel"]["revenue_eur"])
    assert not a["reviews"]["text"].equals(b["reviews"]["text"])
    pd.testing.assert_frame_equal(a["touchpoints"], b["touchpoints"])


def test_same_seed_same_numbers():
    pd.testing.assert_frame_equal(data.generate(5)["funnel"], data.generate(5)["funnel"])


def _monthly_revenue(f: pd.DataFrame) -> pd.Series:
    return f.groupby(f["month"].dt.month)["revenue_eur"].sum()


def test_christmas_peak_and_summer_dip(tables):
    revenue = _monthly_revenue(tables["funnel"])
    assert revenue[12] > 3 * revenue[7]
    assert revenue.idxmax() == 12
    assert revenue[SUMMER].mean() < revenue[ORDINARY].mean()


def test_valentine_and_easter_bumps(tables):
    revenue = _monthly_revenue(tables["funnel"])
    assert revenue[2] > revenue[1] and revenue[2] > revenue[3]
    assert revenue[4] > revenue[3] and revenue[4] > revenue[5]


def test_engagement_follows_reach(tables):
    p = tables["social_posts"]
    assert _engagements(p).corr(p["reach"]) > 0.7
    assert p["link_clicks"].corr(p["impressions"]) > 0.3


def test_platform_differences(tables):
    p = tables["social_posts"].assign(
        reach_per_follower=lambda d: d["reach"] / d["followers"],
        er=lambda d: _engagements(d) / d["reach"],
        ctr=lambda d: d["link_clicks"] / d["impressions"],
    )
    by_platform = p.groupby("platform", observed=True)[["reach_per_follower", "er", "ctr"]]
    means = by_platform.mean()
    assert means["reach_per_follower"].idxmax() == "TikTok"
    assert means["ctr"].idxmin() == "TikTok"
    assert means.loc["Facebook", "ctr"] > means.loc["Instagram", "ctr"]
    assert means["er"].idxmax() == "Instagram"
    instagram = p[p["platform"] == "Instagram"].groupby("format", observed=True)["er"].mean()
    assert set(instagram.nlargest(2).index) == {"carosello", "reel"}


def test_linkedin_corporate_gifts_in_november(tables):
    p = tables["social_posts"]
    linkedin = p[p["platform"] == "LinkedIn"]
    clicks = linkedin.groupby(linkedin["date"].dt.month)["link_clicks"].sum()
    assert clicks.idxmax() == 11
    assert linkedin["reach"].mean() < p.loc[p["platform"] != "LinkedIn", "reach"].mean()


def test_review_complaints_are_seasonal(tables):
    r = tables["reviews"]
    month = r["date"].dt.month
    melted = r["text"].str.contains("sciolt")
    late = r["text"].str.contains("ritardo")
    assert melted[month.isin(SUMMER)].mean() > 0.1 and not melted[~month.isin(SUMMER)].any()
    assert late[month == 12].mean() > 0.1 and not late[~month.isin([11, 12])].any()
    assert r.loc[melted, "rating"].mean() < 3 and r.loc[late, "rating"].mean() < 3
    ordinary = r.loc[month.isin(ORDINARY), "rating"].mean()
    assert r.loc[month.isin(SUMMER), "rating"].mean() < ordinary
    assert r.loc[month == 12, "rating"].mean() < ordinary


def test_review_sentiment_follows_the_rating(tables):
    r = tables["reviews"]
    praise = r["text"].str.contains("Consigliatissimo|buonissimo|gentilissimo|Bravi")
    blame = r["text"].str.contains("Sconsigliato|delusione|Non ordinerò")
    assert r.loc[praise, "rating"].mean() > 4
    assert r.loc[blame, "rating"].mean() < 2.5


def test_word_frequency_finds_the_complaints():
    r = data.reviews()
    stop = data.stopwords_it()
    negative = r.loc[r["rating"] <= 2, "text"].str.lower().str.findall(r"[a-zàèéìòù]+")
    counts = negative.explode().loc[lambda w: ~w.isin(stop)].value_counts()
    assert "ritardo" in counts.head(5).index
    assert counts.index[0] not in stop
