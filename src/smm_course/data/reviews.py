"""Customer reviews in Italian, composed from phrase banks with sentiment tied to the rating."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.data.review_bank import (
    CLOSINGS,
    COMPLAINTS,
    CONSOLATIONS,
    OPENINGS,
    PRODUCTS,
    SEASONAL_PRODUCTS,
    TOPIC_PHRASES,
)
from smm_course.data.schema import REVIEW_SOURCES
from smm_course.data.season import daily_demand, days, occasion

N_REVIEWS = 200
SOURCE_SHARE = (0.5, 0.2, 0.3)  # Google, TripAdvisor, Marketplace
# How often each topic comes up, by source.
TOPIC_WEIGHTS = {
    "Google": {
        "gusto": 5,
        "packaging": 2,
        "consegna": 2,
        "prezzo": 2,
        "personale": 3,
        "negozio": 3,
        "regali": 2,
    },
    "TripAdvisor": {
        "gusto": 5,
        "packaging": 1,
        "consegna": 0,
        "prezzo": 2,
        "personale": 4,
        "negozio": 5,
        "regali": 1,
    },
    "Marketplace": {
        "gusto": 4,
        "packaging": 3,
        "consegna": 4,
        "prezzo": 2,
        "personale": 0,
        "negozio": 0,
        "regali": 2,
    },
}
RATING_P = (0.03, 0.04, 0.1, 0.28, 0.55)
COMPLAINT_RATING_P = (0.35, 0.4, 0.25)  # ratings 1, 2, 3


def _complaint(rng: np.random.Generator, day: pd.Timestamp, source: str) -> str | None:
    """Late deliveries in the Christmas rush, melted chocolate in the summer heat."""
    if source == "TripAdvisor":
        return None
    if (day.month == 12 or (day.month == 11 and day.day >= 20)) and rng.random() < 0.5:
        return "ritardo"
    if day.month in (6, 7, 8) and rng.random() < 0.5:
        return "sciolto"
    return None


def _pick(rng: np.random.Generator, options: tuple[str, ...]) -> str:
    return str(options[rng.integers(len(options))])


def _product(rng: np.random.Generator, day: pd.Timestamp) -> str:
    season = occasion(day.date())
    if season and rng.random() < 0.6:
        return _pick(rng, SEASONAL_PRODUCTS[season])
    return _pick(rng, PRODUCTS)


def _text(
    rng: np.random.Generator, day: pd.Timestamp, source: str, rating: int, complaint: str | None
) -> str:
    mood = "pos" if rating >= 4 else "mix" if rating == 3 else "neg"
    weights = TOPIC_WEIGHTS[source]
    if day.month in (11, 12):
        weights = {**weights, "regali": weights["regali"] + 3}
    names = [k for k, w in weights.items() if w]
    probs = np.array([weights[k] for k in names], dtype=float)
    count = 1 if complaint else int(rng.integers(1, 3))
    topics = rng.choice(names, size=count, replace=False, p=probs / probs.sum())
    parts = []
    if rng.random() < 0.55:
        parts.append(_pick(rng, OPENINGS[mood]))
    if complaint:
        parts.append(_pick(rng, COMPLAINTS[complaint]))
    if mood == "mix":
        # A 3-star review weighs a good point against a bad one.
        tones = ["pos"] if complaint else ["pos", "neg"][-len(topics) :]
    else:
        tones = [mood] * len(topics)
    for topic, tone in zip(topics, tones, strict=True):
        parts.append(_pick(rng, TOPIC_PHRASES[str(topic)][tone]))
    if mood == "mix" and len(topics) == 1 and not complaint:
        parts.append(_pick(rng, CONSOLATIONS))
    if rng.random() < 0.7:
        parts.append(_pick(rng, CLOSINGS[mood]))
    text = " ".join(parts).replace("{product}", _product(rng, day))
    return text[0].upper() + text[1:]


def reviews(rng: np.random.Generator) -> pd.DataFrame:
    """About 200 reviews over the year; more of them when more chocolate is sold."""
    dates = days()
    weight = daily_demand(dates) ** 0.8
    chosen = np.sort(rng.choice(len(dates), size=N_REVIEWS, p=weight / weight.sum()))
    rows = []
    for n, index in enumerate(chosen, start=1):
        day = dates[index]
        source = str(rng.choice(REVIEW_SOURCES, p=SOURCE_SHARE))
        complaint = _complaint(rng, day, source)
        if complaint:
            rating = int(rng.choice((1, 2, 3), p=COMPLAINT_RATING_P))
        else:
            rating = int(rng.choice((1, 2, 3, 4, 5), p=RATING_P))
        rows.append(
            {
                "review_id": f"R{n:03d}",
                "date": day,
                "source": source,
                "rating": rating,
                "text": _text(rng, day, source, rating, complaint),
            }
        )
    return pd.DataFrame(rows)
