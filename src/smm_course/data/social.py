"""Social posts and the monthly campaign funnel, simulated along one causal chain.

followers -> reach -> impressions -> engagements -> link clicks (posts), then
clicks + paid traffic -> visits -> leads / orders -> revenue and customers (funnel).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.data.schema import FUNNEL_CHANNELS, YEAR
from smm_course.data.season import daily_demand, days, monthly_demand, occasion

# --- The campaign brief: every rate of the simulation lives here. -------------------------
PLATFORM = {
    # followers on 1 January, monthly growth, posts per week, engagement base rate,
    # click-through on impressions, share of likes/comments/shares/saves
    "Instagram": {
        "followers": 8400,
        "growth": 0.018,
        "per_week": 4.0,
        "engage": 0.045,
        "ctr": 0.0045,
        "split": (70, 6, 8, 12),
        "prefix": "IG",
    },
    "Facebook": {
        "followers": 5600,
        "growth": 0.004,
        "per_week": 3.0,
        "engage": 0.028,
        "ctr": 0.013,
        "split": (72, 10, 14, 2),
        "prefix": "FB",
    },
    "TikTok": {
        "followers": 2300,
        "growth": 0.06,
        "per_week": 3.0,
        "engage": 0.04,
        "ctr": 0.0018,
        "split": (80, 5, 11, 4),
        "prefix": "TT",
    },
    "LinkedIn": {
        "followers": 950,
        "growth": 0.02,
        "per_week": 1.5,
        "engage": 0.022,
        "ctr": 0.011,
        "split": (72, 12, 14, 2),
        "prefix": "LI",
    },
}
# format -> (share of posts, mean organic reach per follower, engagement lift) per platform
FORMATS = {
    "Instagram": {
        "reel": (0.35, 0.42, 1.3),
        "carosello": (0.25, 0.26, 1.45),
        "foto": (0.2, 0.16, 1.0),
        "storia": (0.2, 0.09, 0.55),
    },
    "Facebook": {
        "foto": (0.45, 0.09, 1.0),
        "video": (0.3, 0.13, 1.1),
        "carosello": (0.1, 0.1, 1.05),
        "storia": (0.15, 0.05, 0.5),
    },
    "TikTok": {"video": (1.0, 0.95, 1.0)},
    "LinkedIn": {
        "foto": (0.4, 0.11, 1.0),
        "articolo": (0.25, 0.08, 0.8),
        "carosello": (0.2, 0.14, 1.2),
        "video": (0.15, 0.12, 1.0),
    },
}
# topic -> (weight, engagement lift, click lift)
TOPICS = {
    "prodotto": (0.28, 1.0, 1.1),
    "dietro le quinte": (0.16, 1.25, 0.7),
    "ricetta": (0.12, 1.15, 0.9),
    "promozione": (0.12, 0.8, 1.9),
    "ricorrenza": (0.0, 1.3, 1.5),
    "evento": (0.1, 1.0, 1.2),
    "clienti": (0.12, 1.1, 0.8),
    "regali aziendali": (0.1, 0.9, 1.6),
}
# Paid campaigns: base monthly budget (EUR), CPM (EUR), click-through on paid impressions.
PAID = {
    "Instagram": (320.0, 6.5, 0.009),
    "Facebook": (220.0, 5.0, 0.012),
    "TikTok": (160.0, 4.0, 0.005),
    "LinkedIn": (60.0, 28.0, 0.008),
    "Google Ads": (420.0, 22.0, 0.045),
}
# conversion rate on visits, lead rate on visits, average order value (EUR), returning share
FUNNEL = {
    "Instagram": (0.019, 0.030, 39.0, 0.25),
    "Facebook": (0.024, 0.025, 42.0, 0.35),
    "TikTok": (0.009, 0.015, 31.0, 0.12),
    "LinkedIn": (0.021, 0.080, 165.0, 0.30),
    "Google Ads": (0.034, 0.020, 44.0, 0.20),
    "Newsletter": (0.052, 0.010, 47.0, 0.75),
}
NEWSLETTER_LIST = 2600
NEWSLETTER_OPEN = 0.36
NEWSLETTER_CLICK = 0.11
CVR_SEASON = {2: 1.25, 4: 1.2, 6: 0.8, 7: 0.7, 8: 0.7, 11: 1.2, 12: 1.45}
AOV_SEASON = {2: 1.1, 3: 1.05, 4: 1.2, 11: 1.15, 12: 1.3}
BUDGET_SEASON = {
    1: 0.6,
    2: 1.3,
    3: 1.1,
    4: 1.3,
    5: 0.8,
    6: 0.5,
    7: 0.35,
    8: 0.3,
    9: 0.8,
    10: 1.0,
    11: 1.6,
    12: 1.9,
}


def _corporate_season(month: int) -> float:
    """Companies buy gifts for their clients in the last quarter."""
    return {10: 1.6, 11: 2.6, 12: 1.2}.get(month, 1.0)


def _followers(rng: np.random.Generator, spec: dict, demand: np.ndarray) -> np.ndarray:
    """Follower count at the end of each day: steady growth, faster when interest is high."""
    daily = spec["followers"] * spec["growth"] / 30.0
    gains = rng.poisson(daily * demand * (1 + np.arange(len(demand)) * spec["growth"] / 30))
    losses = rng.poisson(daily * 0.15, size=len(demand))
    return spec["followers"] + np.cumsum(gains - losses)


def _topic(rng: np.random.Generator, platform: str, day: pd.Timestamp) -> str:
    weights = {name: w for name, (w, _, _) in TOPICS.items()}
    if platform == "LinkedIn":
        weights["regali aziendali"] = 0.35 * _corporate_season(day.month)
        weights["ricetta"] = 0.02
    if occasion(day.date()):
        weights["ricorrenza"] = 0.45
    names = list(weights)
    probs = np.array(list(weights.values()))
    return str(rng.choice(names, p=probs / probs.sum()))


def social_posts(rng: np.random.Generator) -> pd.DataFrame:
    """One row per post of 2025 on the four platforms."""
    dates = days()
    consumer = daily_demand(dates)
    business = np.array([_corporate_season(d.month) for d in dates])
    rows = []
    for platform, spec in PLATFORM.items():
        demand = business if platform == "LinkedIn" else consumer
        followers = _followers(rng, spec, demand)
        formats = FORMATS[platform]
        shares = np.array([f[0] for f in formats.values()])
        post_prob = np.clip(spec["per_week"] / 7 * (0.55 + 0.45 * demand), 0, 0.95)
        for i in np.flatnonzero(rng.random(len(dates)) < post_prob):
            day = dates[i]
            fmt = str(rng.choice(list(formats), p=shares / shares.sum()))
            _, reach_rate, fmt_lift = formats[fmt]
            topic = _topic(rng, platform, day)
            _, topic_engage, topic_click = TOPICS[topic]
            fol = int(followers[i])
            # Reach per follower: Beta-distributed around the format's mean, lifted by season.
            mean = min(reach_rate * (0.75 + 0.25 * demand[i]), 0.9)
            rate = rng.beta(20 * mean, 20 * (1 - mean))
            if platform == "TikTok":
                rate *= rng.lognormal(0.0, 0.6)  # the For You page makes some videos fly
            reach = max(int(fol * rate), 20)
            frequency = 1.0 + rng.gamma(2.0, 0.08 if fmt == "storia" else 0.18)
            impressions = int(np.ceil(reach * frequency))
            p_engage = min(spec["engage"] * fmt_lift * topic_engage * (0.8 + 0.2 * demand[i]), 0.5)
            engagements = rng.binomial(reach, p_engage)
            split = np.array(spec["split"], dtype=float)
            if fmt == "carosello" or topic == "ricetta":
                split[3] *= 2.5  # carousels and recipes get saved
            likes, comments, shares_n, saves = rng.multinomial(
                engagements, rng.dirichlet(split * 3)
            )
            ctr = spec["ctr"] * topic_click * (0.7 + 0.3 * demand[i])
            if platform == "LinkedIn" and topic == "regali aziendali":
                ctr *= demand[i]  # companies click when they plan their gifts
            clicks = rng.binomial(impressions, min(ctr, 0.2))
            rows.append(
                {
                    "date": day,
                    "platform": platform,
                    "format": fmt,
                    "topic": topic,
                    "followers": fol,
                    "reach": reach,
                    "impressions": impressions,
                    "likes": likes,
                    "comments": comments,
                    "shares": shares_n,
                    "saves": saves,
                    "link_clicks": clicks,
                }
            )
    posts = pd.DataFrame(rows).sort_values(["date", "platform"], kind="stable")
    prefix = posts["platform"].map({p: s["prefix"] for p, s in PLATFORM.items()})
    number = posts.groupby("platform").cumcount() + 1
    posts["post_id"] = prefix + "-" + number.map("{:03d}".format)
    return posts.reset_index(drop=True)


def _spend(rng: np.random.Generator, channel: str, month: int) -> float:
    base = PAID[channel][0] * BUDGET_SEASON[month]
    if channel == "LinkedIn":
        base *= _corporate_season(month)
    return round(float(base * rng.lognormal(0.0, 0.1)), 2)


def funnel(rng: np.random.Generator, posts: pd.DataFrame) -> pd.DataFrame:
    """Monthly funnel per channel; organic social traffic comes from the `posts` clicks."""
    organic = posts.groupby([posts["date"].dt.month, "platform"], observed=True)[
        ["reach", "link_clicks"]
    ].sum()
    demand = monthly_demand()
    subscribers = NEWSLETTER_LIST
    rows = []
    for month in range(1, 13):
        new_leads = 0
        for channel in FUNNEL_CHANNELS:
            spend, reach, clicks = 0.0, 0, 0
            if channel in PAID:
                spend = _spend(rng, channel, month)
                _, cpm, paid_ctr = PAID[channel]
                paid_impressions = int(spend / cpm * 1000)
                reach += int(paid_impressions / rng.uniform(1.6, 2.2))
                clicks += rng.binomial(paid_impressions, paid_ctr * (0.8 + 0.2 * demand[month]))
            if (month, channel) in organic.index:
                reach += int(organic.loc[(month, channel), "reach"])
                clicks += int(organic.loc[(month, channel), "link_clicks"])
            if channel == "Newsletter":
                spend = 39.0
                reach = rng.binomial(subscribers, NEWSLETTER_OPEN)
                clicks = rng.binomial(reach, NEWSLETTER_CLICK * demand[month])
            visits = rng.binomial(clicks, 0.88)  # some clicks never load the page
            cvr, lead_rate, aov, returning_share = FUNNEL[channel]
            cvr *= CVR_SEASON.get(month, 1.0)
            if channel == "LinkedIn":
                cvr *= min(_corporate_season(month), 2.0)
            leads = rng.binomial(visits, lead_rate)
            orders = rng.binomial(visits, min(cvr, 0.5))
            aov *= AOV_SEASON.get(month, 1.0)
            revenue = rng.gamma(4.0 * orders, aov / 4.0) if orders else 0.0
            customers = orders - rng.binomial(orders, 0.05)  # a few order twice a month
            returning = rng.binomial(customers, returning_share)
            new_leads += leads
            rows.append(
                {
                    "month": pd.Timestamp(YEAR, month, 1),
                    "channel": channel,
                    "reach": reach,
                    "visits": visits,
                    "leads": leads,
                    "orders": orders,
                    "revenue_eur": round(revenue, 2),
                    "spend_eur": spend,
                    "new_customers": customers - returning,
                    "returning_customers": returning,
                }
            )
        subscribers += int(new_leads * 0.8) - rng.binomial(subscribers, 0.01)
    return pd.DataFrame(rows)
