"""Loaders of the shipped case-study tables (fast: they read the CSV files, never simulate)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import pandas as pd

from smm_course.data.schema import PATH, SCHEMAS, apply_schema


def _is_text(dtype: object) -> bool:
    return isinstance(dtype, (pd.StringDtype, pd.CategoricalDtype)) or (
        isinstance(dtype, str) and dtype == PATH
    )


@cache
def _read(table: str) -> pd.DataFrame:
    source = resources.files("smm_course.data") / "files" / f"{table}.csv"
    with resources.as_file(source) as path:
        raw = pd.read_csv(
            path,
            dtype={c: "string" for c, kind in SCHEMAS[table].items() if _is_text(kind)},
            keep_default_na=False,
            encoding="utf-8",
        )
    return apply_schema(table, raw)


def load(table: str) -> pd.DataFrame:
    """A fresh copy of the shipped `table` (one of schema.TABLES)."""
    return _read(table).copy()


def touchpoints() -> pd.DataFrame:
    """Dolce Vetta's ~40 brand touchpoints, one row each.

    Columns: touchpoint (string id), name (string, Italian), phase (ordered category:
    pre_purchase < purchase < post_purchase, the main phase), also_phases (string: other
    phase ids joined by ";", "" if none), nature (category: digital/physical), control
    (category: managed/spontaneous), channel (string, e.g. "Instagram", "Negozio"),
    cost_eur_month (float64, EUR per month, 0 for spontaneous touchpoints).
    """
    return load("touchpoints")


def social_posts() -> pd.DataFrame:
    """Every post of 2025 on Instagram, Facebook, TikTok and LinkedIn (~600 rows, by date).

    Columns: post_id (string, e.g. "IG-001"), date (datetime64[ns]), platform (category:
    Instagram/Facebook/TikTok/LinkedIn), format (category: reel, carosello, foto, video,
    storia, articolo), topic (category: prodotto, dietro le quinte, ricetta, promozione,
    ricorrenza, evento, clienti, regali aziendali), followers (int64, account followers that
    day), reach, impressions, likes, comments, shares, saves, link_clicks (int64 counts).
    Always reach <= impressions and link_clicks <= impressions.
    """
    return load("social_posts")


def funnel() -> pd.DataFrame:
    """Monthly campaign funnel of the online shop per acquisition channel (72 rows).

    Columns: month (datetime64[ns], first day of the month), channel (category: Instagram,
    Facebook, TikTok, LinkedIn, Google Ads, Newsletter), reach (int64: people reached by
    posts and ads, or newsletter opens), visits (int64 site sessions), leads (int64:
    sign-ups and quote requests), orders (int64), revenue_eur (float64), spend_eur (float64,
    paid media or tool cost), new_customers, returning_customers (int64; their sum is at most
    orders, because a few customers order twice in a month).
    """
    return load("funnel")


def reviews() -> pd.DataFrame:
    """About 200 customer reviews in Italian written during 2025.

    Columns: review_id (string, "R001"...), date (datetime64[ns]), source (category:
    Google/TripAdvisor/Marketplace), rating (int64, 1-5 stars), text (string, Italian).
    """
    return load("reviews")


def channels() -> pd.DataFrame:
    """Dolce Vetta's sales and communication channels with the phases each one serves.

    Columns: channel (string id), name (string, Italian), type (category: direct/indirect),
    awareness, evaluation, purchase, delivery, after_sales (bool: the channel serves that
    phase), cost_eur_month (float64: fixed cost plus average paid media), revenue_eur_month
    (float64: average monthly revenue attributed to the channel), commission_rate (float64,
    fraction of sales paid to the partner or agent, e.g. 0.15).
    """
    return load("channels")


def journeys() -> pd.DataFrame:
    """The online shop's customer journeys of 2025, one row per person's path (8,132 rows).

    Columns: journey_id (string, "J00001"...), path (object: a tuple of channel names in the
    order they were touched, e.g. ("Instagram", "Google Ads", "E-commerce"); in the CSV
    file one string joined by " > "), touches (int64, len(path)), first_touch and last_touch
    (datetime64[ns], days; the last touch of a converting journey is its purchase),
    converted (bool), revenue (float64, EUR, 0 when not converted).

    Channel names: Instagram, Facebook, TikTok, LinkedIn, Google Ads, Newsletter (as in
    `funnel()`) and E-commerce (a direct visit to dolcevetta.example); `JOURNEY_CHANNELS`
    maps each one to its id in `channels()`. The shop in Via Po never appears: offline
    touches are not tracked.

    Consistent with `funnel()` (lessons 05-06): one converting journey per order (883
    conversions in the shipped data), the same month and, as last touch other than
    E-commerce, the funnel row's channel (the funnel counts orders by last click); the
    revenue of the journeys adds up to the funnel's (EUR 42,701.16), row by row.

    Tuples keep pandas idioms working: `path.str[0]` (first touch), `path.str[-1]` (last),
    `path.explode()` (one row per touch), `path.value_counts()` (the commonest paths),
    `path.str.join(" > ")` (back to text).
    """
    return load("journeys")


@cache
def stopwords_it() -> frozenset[str]:
    """Common Italian words to leave out of a word-frequency count (lower case)."""
    text = (resources.files("smm_course.data") / "stopwords_it.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )
