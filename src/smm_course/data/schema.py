"""Column names and dtypes of the case-study tables, shared by the generator and the loaders."""

from __future__ import annotations

import pandas as pd

# Literal ids of the framework enums (tests check they match smm_course.frameworks).
PHASES = ("pre_purchase", "purchase", "post_purchase")
NATURES = ("digital", "physical")
CONTROLS = ("managed", "spontaneous")
CHANNEL_TYPES = ("direct", "indirect")
CHANNEL_PHASES = ("awareness", "evaluation", "purchase", "delivery", "after_sales")

PLATFORMS = ("Instagram", "Facebook", "TikTok", "LinkedIn")
FORMATS = ("reel", "carosello", "foto", "video", "storia", "articolo")
TOPICS = (
    "prodotto",
    "dietro le quinte",
    "ricetta",
    "promozione",
    "ricorrenza",
    "evento",
    "clienti",
    "regali aziendali",
)
FUNNEL_CHANNELS = (*PLATFORMS, "Google Ads", "Newsletter")
REVIEW_SOURCES = ("Google", "TripAdvisor", "Marketplace")

YEAR = 2025

_STR = pd.StringDtype()
_DATE = "datetime64[ns]"
_INT = "int64"
_FLOAT = "float64"
_BOOL = "bool"


def _cat(values: tuple[str, ...], ordered: bool = False) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(list(values), ordered=ordered)


SCHEMAS: dict[str, dict[str, object]] = {
    "touchpoints": {
        "touchpoint": _STR,
        "name": _STR,
        "phase": _cat(PHASES, ordered=True),
        "also_phases": _STR,
        "nature": _cat(NATURES),
        "control": _cat(CONTROLS),
        "channel": _STR,
        "cost_eur_month": _FLOAT,
    },
    "social_posts": {
        "post_id": _STR,
        "date": _DATE,
        "platform": _cat(PLATFORMS),
        "format": _cat(FORMATS),
        "topic": _cat(TOPICS),
        "followers": _INT,
        "reach": _INT,
        "impressions": _INT,
        "likes": _INT,
        "comments": _INT,
        "shares": _INT,
        "saves": _INT,
        "link_clicks": _INT,
    },
    "funnel": {
        "month": _DATE,
        "channel": _cat(FUNNEL_CHANNELS),
        "reach": _INT,
        "visits": _INT,
        "leads": _INT,
        "orders": _INT,
        "revenue_eur": _FLOAT,
        "spend_eur": _FLOAT,
        "new_customers": _INT,
        "returning_customers": _INT,
    },
    "reviews": {
        "review_id": _STR,
        "date": _DATE,
        "source": _cat(REVIEW_SOURCES),
        "rating": _INT,
        "text": _STR,
    },
    "channels": {
        "channel": _STR,
        "name": _STR,
        "type": _cat(CHANNEL_TYPES),
        **dict.fromkeys(CHANNEL_PHASES, _BOOL),
        "cost_eur_month": _FLOAT,
        "revenue_eur_month": _FLOAT,
        "commission_rate": _FLOAT,
    },
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)
DATE_COLUMNS = {
    name: [col for col, dtype in schema.items() if dtype == _DATE]
    for name, schema in SCHEMAS.items()
}


def apply_schema(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with exactly the documented columns of `table`, in order, with their dtypes."""
    schema = SCHEMAS[table]
    out = frame.loc[:, list(schema)].copy()
    for column, dtype in schema.items():
        if column in DATE_COLUMNS[table]:
            out[column] = pd.to_datetime(out[column]).astype(_DATE)
        elif dtype == _STR:
            out[column] = out[column].fillna("").astype(_STR)
        else:
            out[column] = out[column].astype(dtype)
    return out.reset_index(drop=True)
