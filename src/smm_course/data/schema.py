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
# Channels a customer journey passes through: the funnel's, plus direct visits to the shop site.
JOURNEY_CHANNELS = (*FUNNEL_CHANNELS, "E-commerce")
PATH_SEPARATOR = " > "

YEAR = 2025

_STR = pd.StringDtype()
_DATE = "datetime64[ns]"
_INT = "int64"
_FLOAT = "float64"
_BOOL = "bool"
PATH = "path"  # a tuple of channel names; in the CSV one string joined by PATH_SEPARATOR


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
    "journeys": {
        "journey_id": _STR,
        "path": PATH,
        "touches": _INT,
        "first_touch": _DATE,
        "last_touch": _DATE,
        "converted": _BOOL,
        "revenue": _FLOAT,
    },
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)
DATE_COLUMNS = {
    name: [col for col, dtype in schema.items() if dtype == _DATE]
    for name, schema in SCHEMAS.items()
}


def to_path(value: object) -> tuple[str, ...]:
    """A path as a tuple of channel names, from a tuple/list or a "A > B" string."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(PATH_SEPARATOR.strip()) if part.strip())
    return tuple(str(part) for part in value)  # type: ignore[attr-defined]


def path_text(path: object) -> str:
    """A path as one string, channel names joined by " > " (as in the CSV file)."""
    return PATH_SEPARATOR.join(to_path(path))


def for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its path columns turned into text, ready for `DataFrame.to_csv`."""
    out = frame.copy()
    for column in out.columns:
        if len(out) and isinstance(out[column].iloc[0], tuple):
            out[column] = out[column].map(path_text)
    return out


def apply_schema(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with exactly the documented columns of `table`, in order, with their dtypes."""
    schema = SCHEMAS[table]
    out = frame.loc[:, list(schema)].copy()
    for column, dtype in schema.items():
        if column in DATE_COLUMNS[table]:
            out[column] = pd.to_datetime(out[column]).astype(_DATE)
        elif isinstance(dtype, str) and dtype == PATH:
            paths = [to_path(v) for v in out[column]]
            out[column] = pd.Series(paths, index=out.index, dtype=object)
        elif dtype == _STR:
            out[column] = out[column].fillna("").astype(_STR)
        else:
            out[column] = out[column].astype(dtype)
    return out.reset_index(drop=True)
