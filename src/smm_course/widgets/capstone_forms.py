"""The forms of lessons 01-06 as lesson 07 reopens them: same exercise ids, so one answer each."""

from __future__ import annotations

from typing import Any

from smm_course.data import COMPANY, channels, funnel, social_posts, touchpoints
from smm_course.frameworks.channels import ChannelPhase
from smm_course.widgets.bmc import BMCForm
from smm_course.widgets.channels import ChannelMatrix
from smm_course.widgets.journey import JourneyMapBuilder
from smm_course.widgets.race import RACEFunnel
from smm_course.widgets.settings import form_lang, numbered, wt
from smm_course.widgets.sostac import SOSTACPlanner
from smm_course.widgets.swot import SWOTGrid
from smm_course.widgets.touchpoints import TouchpointSorter

__all__ = [
    "canvas",
    "channel_matrix",
    "journey",
    "race_funnel",
    "race_solution",
    "sostac",
    "swot",
    "touchpoint_sorter",
]

# The touchpoints and channels of the case study that the reopened forms ask about.
SORTER_TOUCHPOINTS = (
    "instagram_ads", "google_reviews", "shop_window", "checkout",
    "word_of_mouth", "newsletter", "packaging", "customer_care_chat",
)  # fmt: skip
MATRIX_CHANNELS = (
    "shop",
    "ecommerce",
    "newsletter",
    "instagram",
    "marketplace",
    "resellers",
    "press",
)


def _text(form: str, key: str, lang: str, **values: object) -> str:
    return wt(f"capstone_forms.{form}.{key}", lang, **values)


def _options(form: str, lang: str, **title_values: object) -> dict[str, Any]:
    """The title, hints and language every lesson form of `form` gets."""
    return {
        "title": _text(form, "title", lang, **title_values),
        "hints": numbered(f"capstone_forms.{form}.hints", lang),
        "lang": lang,
    }


def touchpoint_sorter(lang: str | None = None) -> TouchpointSorter:
    """Lesson 01's sorter (l01.sorter) on eight touchpoints of the case study."""
    code = form_lang(lang)
    chosen = touchpoints().set_index("touchpoint").loc[list(SORTER_TOUCHPOINTS)]

    def phases(row: Any) -> set[str]:
        return {row.phase, *filter(None, str(row.also_phases).split(";"))}

    rows = list(chosen.itertuples())
    key = {
        "phase": {row.name: phases(row) for row in rows},
        "nature": {row.name: row.nature for row in rows},
        "control": {row.name: row.control for row in rows},
    }
    return TouchpointSorter(
        "l01.sorter",
        items=list(chosen["name"]),
        key=key,
        **_options("sorter", code),
    )


def canvas(lang: str | None = None) -> BMCForm:
    """Lesson 02's Business Model Canvas (l02.canvas)."""
    code = form_lang(lang)
    return BMCForm("l02.canvas", **_options("canvas", code))


def journey(lang: str | None = None) -> JourneyMapBuilder:
    """Lesson 03's customer journey map (l03.journey)."""
    code = form_lang(lang)
    return JourneyMapBuilder("l03.journey", **_options("journey", code))


def swot(lang: str | None = None) -> SWOTGrid:
    """Lesson 03's SWOT of a key touchpoint (l03.swot)."""
    code = form_lang(lang)
    return SWOTGrid("l03.swot", **_options("swot", code))


def sostac(lang: str | None = None) -> SOSTACPlanner:
    """Lesson 05's SOSTAC® plan (l05.sostac), with the same model solution as in lesson 05
    (the corporate-gifts plan, not the Christmas plan the lesson works through as its example)."""
    code = form_lang(lang)
    return SOSTACPlanner("l05.sostac", **_options("sostac", code))


def race_solution() -> dict[str, float]:
    """Instagram's RACE funnel in December 2025, from the case-study data."""
    data, posts = funnel(), social_posts()
    month = data[(data["channel"] == "Instagram") & (data["month"].dt.month == 12)].iloc[0]
    december = posts[(posts["platform"] == "Instagram") & (posts["date"].dt.month == 12)]
    interactions = int(december[["likes", "comments", "shares", "saves"]].sum().sum())
    return {
        "reach": int(month["reach"]),
        "visitors": int(month["visits"]),
        "interactions": interactions,
        "conversions": int(month["orders"]),
        "new_customers": int(month["new_customers"]),
        "spend": float(month["spend_eur"]),
        "revenue": float(month["revenue_eur"]),
        "repeat_customers": int(month["returning_customers"]),
    }


def race_funnel(lang: str | None = None) -> RACEFunnel:
    """Lesson 05's RACE funnel (l05.race) for Instagram in December 2025."""
    code = form_lang(lang)
    return RACEFunnel(
        "l05.race",
        solution=race_solution(),
        **_options("race", code),
    )


def channel_matrix(lang: str | None = None) -> ChannelMatrix:
    """Lesson 06's channel matrix (l06.matrice) on seven channels of the case study."""
    code = form_lang(lang)
    chosen = channels().set_index("channel").loc[list(MATRIX_CHANNELS)]
    phases = [phase.id for phase in ChannelPhase]
    return ChannelMatrix(
        "l06.matrice",
        channels=list(chosen["name"]),
        type_key={row.name: row.type for row in chosen.itertuples()},
        phase_key={row["name"]: {p for p in phases if row[p]} for _, row in chosen.iterrows()},
        **_options("matrix", code, company=COMPANY.name),
    )
