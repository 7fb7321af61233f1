"""Customer journeys of the online shop, built on the orders and visits of the monthly funnel.

Every order of `funnel()` becomes one converting journey: it converts in the funnel row's
month, its last touch other than a direct visit to the e-commerce is the row's channel (the
funnel credits each order to the channel that brought the visit, i.e. last click), and the
revenue of a row's journeys adds up to its `revenue_eur` to the cent. Non-converting
journeys come from the row's other visits (about one journey every four visits: a person
visits more than once). The shop in Via Po is not in any path: offline touches leave no
trace in the tracking, and the tracking starts on 1 January.
"""

from __future__ import annotations

from types import MappingProxyType

import numpy as np
import pandas as pd

from smm_course.data.schema import YEAR
from smm_course.data.season import daily_demand, days

DIRECT = "E-commerce"
NEWSLETTER = "Newsletter"
# Channel name in the journeys -> id of the same channel in channels() (for costs, ROI).
CHANNEL_IDS = MappingProxyType(
    {
        "Instagram": "instagram",
        "Facebook": "facebook",
        "TikTok": "tiktok",
        "LinkedIn": "linkedin",
        "Google Ads": "google",
        "Newsletter": "newsletter",
        DIRECT: "ecommerce",
    }
)
# Who starts a journey: social discovery and search; the newsletter needs a sign-up first.
FIRST = {
    "Instagram": 0.32,
    "Facebook": 0.16,
    "TikTok": 0.12,
    "LinkedIn": 0.04,
    "Google Ads": 0.28,
    "Newsletter": 0.01,
    DIRECT: 0.06,
}
# Touches in the middle of a journey: comparisons, reminders, the newsletter, return visits.
MIDDLE = {
    "Instagram": 0.22,
    "Facebook": 0.14,
    "TikTok": 0.06,
    "LinkedIn": 0.02,
    "Google Ads": 0.2,
    "Newsletter": 0.18,
    DIRECT: 0.18,
}
# Number of touches 1..8: buyers take a few more steps than those who leave.
LENGTHS_CONVERTED = (0.22, 0.28, 0.2, 0.12, 0.08, 0.05, 0.03, 0.02)
LENGTHS_LOST = (0.52, 0.24, 0.12, 0.06, 0.03, 0.02, 0.01, 0.0)
DIRECT_TAIL = {True: 0.45, False: 0.2}  # chance that a journey ends with a direct visit
SAME_FIRST = 0.3  # chance that the channel that closes the journey also opened it
VISITS_PER_JOURNEY = 4.0
DAYS_PER_STEP = {"LinkedIn": 6.0}  # companies take longer to choose their gifts
DEFAULT_DAYS_PER_STEP = 3.0
MAX_DAYS = 90


def _probs(weights: dict[str, float] | tuple[float, ...]) -> np.ndarray:
    values = np.array(list(weights.values()) if isinstance(weights, dict) else weights)
    return values / values.sum()


def _split_cents(rng: np.random.Generator, total: float, parts: int) -> np.ndarray:
    """`total` EUR split into `parts` order values (gamma-shaped) that add up to the cent."""
    cents = round(total * 100)
    weights = rng.gamma(4.0, size=parts) + 0.05
    raw = cents * weights / weights.sum()
    out = np.floor(raw).astype(np.int64)
    order = np.argsort(-(raw - out), kind="stable")
    out[order[: cents - int(out.sum())]] += 1
    return out / 100.0


def _path(rng: np.random.Generator, channel: str, converted: bool) -> list[str]:
    length = 1 + int(rng.choice(8, p=_probs(LENGTHS_CONVERTED if converted else LENGTHS_LOST)))
    if channel == NEWSLETTER:
        length = max(length, 2)  # a subscriber signed up somewhere before the email
    if length == 1:
        return [channel]
    tail = rng.random() < DIRECT_TAIL[converted]
    core = length - int(tail)
    path = [channel] if core == 1 else []
    if core > 1:
        same = {"LinkedIn": 1.7 * SAME_FIRST, NEWSLETTER: 0.0}.get(channel, SAME_FIRST)
        first = channel if rng.random() < same else str(rng.choice(list(FIRST), p=_probs(FIRST)))
        middle = rng.choice(list(MIDDLE), size=core - 2, p=_probs(MIDDLE)).tolist()
        path = [first, *middle, channel]
    return path + [DIRECT] * int(tail)


def journeys(rng: np.random.Generator, funnel: pd.DataFrame) -> pd.DataFrame:
    """One row per journey of the year, built on the `funnel` table (see the module doc)."""
    dates = days()
    demand = daily_demand(dates)
    start = pd.Timestamp(YEAR, 1, 1)
    rows = []
    for row in funnel.itertuples(index=False):
        month = int(pd.Timestamp(row.month).month)
        in_month = np.flatnonzero(dates.month == month)
        p_day = demand[in_month] / demand[in_month].sum()
        lost = rng.binomial(max(row.visits - row.orders, 0), 1 / VISITS_PER_JOURNEY)
        revenue = _split_cents(rng, row.revenue_eur, row.orders) if row.orders else []
        outcomes = [(True, float(r)) for r in revenue] + [(False, 0.0)] * lost
        for converted, value in outcomes:
            path = _path(rng, str(row.channel), converted)
            last = dates[in_month[rng.choice(len(in_month), p=p_day)]]
            step = DAYS_PER_STEP.get(str(row.channel), DEFAULT_DAYS_PER_STEP)
            span = 0 if len(path) == 1 else round(float(rng.gamma(len(path) - 1, step)))
            first = max(last - pd.Timedelta(days=min(span, MAX_DAYS)), start)
            rows.append(
                {
                    "path": tuple(path),
                    "touches": len(path),
                    "first_touch": first,
                    "last_touch": last,
                    "converted": converted,
                    "revenue": value,
                }
            )
    frame = pd.DataFrame(rows)
    frame = frame.sort_values(["first_touch", "last_touch"], kind="stable").reset_index(drop=True)
    frame.insert(0, "journey_id", [f"J{i:05d}" for i in range(1, len(frame) + 1)])
    return frame
