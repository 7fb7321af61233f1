"""The lesson forms about the learner's own business: own ids, own titles, worked examples."""

from __future__ import annotations

from typing import Any

from smm_course.frameworks.business import BusinessProfile, own_id
from smm_course.frameworks.own_examples import worked_example
from smm_course.i18n import t
from smm_course.widgets.attribution import MeasurementPlanForm
from smm_course.widgets.bmc import BMCForm
from smm_course.widgets.capstone import SummaryForm, short_answer
from smm_course.widgets.explained import Explained, ExplainedBox
from smm_course.widgets.journey import JourneyMapBuilder
from smm_course.widgets.plan_forms import ChannelPlanForm, OwnChannelsForm, OwnTouchpointsForm
from smm_course.widgets.race import RACEFunnel
from smm_course.widgets.settings import form_lang
from smm_course.widgets.sostac import SOSTACPlanner
from smm_course.widgets.swot import SWOTGrid

__all__ = [
    "OWN_FORMS",
    "canvas",
    "channel_matrix",
    "channel_plan",
    "for_my_business",
    "journey",
    "measurement_plan",
    "race_funnel",
    "review_conclusion",
    "sostac",
    "summary",
    "swot",
    "touchpoints",
]


def _options(exercise_id: str, profile: BusinessProfile, lang: str | None) -> dict[str, Any]:
    """Title, instructions and hints about the learner's business, and the worked example."""
    code = form_lang(lang)
    key = exercise_id.replace(".", "_")
    values = {"name": profile.name, "city": profile.city or "—", "offer": profile.offer or "—"}
    hints = []
    for number in range(1, 6):
        text = t(f"business.own.{key}.hints.{number}", code, **values)
        if text.startswith("business.own."):
            break
        hints.append(text)
    options: dict[str, Any] = {
        "business": profile.name,
        "title": t(f"business.own.{key}.title", code, **values),
        "hints": hints,
        "solution": worked_example(exercise_id),
        "lang": code,
    }
    instructions = t(f"business.own.{key}.instructions", code, **values)
    if not instructions.startswith("business.own."):
        options["instructions"] = instructions
    return options


def touchpoints(profile: BusinessProfile, lang: str | None = None) -> OwnTouchpointsForm:
    """Lesson 01 on your business: your own touchpoints, classified (l01.sorter.mia)."""
    return OwnTouchpointsForm(own_id("l01.sorter"), **_options("l01.sorter", profile, lang))


def canvas(profile: BusinessProfile, lang: str | None = None) -> BMCForm:
    """Lesson 02 on your business: its Business Model Canvas (l02.canvas.mia)."""
    return BMCForm(own_id("l02.canvas"), **_options("l02.canvas", profile, lang))


def journey(profile: BusinessProfile, lang: str | None = None) -> JourneyMapBuilder:
    """Lesson 03 on your business: one customer's journey (l03.journey.mia)."""
    return JourneyMapBuilder(own_id("l03.journey"), **_options("l03.journey", profile, lang))


def swot(profile: BusinessProfile, lang: str | None = None) -> SWOTGrid:
    """Lesson 03 on your business: the SWOT of one of your touchpoints (l03.swot.mia)."""
    return SWOTGrid(own_id("l03.swot"), **_options("l03.swot", profile, lang))


def sostac(profile: BusinessProfile, lang: str | None = None) -> SOSTACPlanner:
    """Lesson 05 on your business: your SOSTAC® plan (l05.sostac.mia)."""
    return SOSTACPlanner(own_id("l05.sostac"), **_options("l05.sostac", profile, lang))


def race_funnel(profile: BusinessProfile, lang: str | None = None) -> RACEFunnel:
    """Lesson 05 on your business: one month of your own numbers (l05.race.mia)."""
    return RACEFunnel(own_id("l05.race"), **_options("l05.race", profile, lang))


def channel_matrix(profile: BusinessProfile, lang: str | None = None) -> OwnChannelsForm:
    """Lesson 06 on your business: your own channels (l06.matrice.mia)."""
    return OwnChannelsForm(own_id("l06.matrice"), **_options("l06.matrice", profile, lang))


def channel_plan(profile: BusinessProfile, lang: str | None = None) -> ChannelPlanForm:
    """Lesson 07 on your business: your channel plan (l07.canali.mia)."""
    return ChannelPlanForm(own_id("l07.canali"), **_options("l07.canali", profile, lang))


def summary(profile: BusinessProfile, lang: str | None = None) -> SummaryForm:
    """Lesson 07 on your business: the executive summary (l07.sintesi.mia), brand preset."""
    form = SummaryForm(own_id("l07.sintesi"), **_options("l07.sintesi", profile, lang))
    form.brand.options = [profile.name]
    if not form.model.answer["brand"]:
        form.brand.value = profile.name
    return form


def review_conclusion(profile: BusinessProfile, lang: str | None = None) -> ExplainedBox:
    """Lesson 04 on your business: what your own reviews say (l04.recensioni.mia)."""
    from smm_course.checks import Exercise, check_review_conclusion

    options = _options("l04.recensioni", profile, lang)
    exercise = Exercise(
        own_id("l04.recensioni"),
        checker=lambda text: check_review_conclusion(text, options["lang"], profile.name),
        hints=options["hints"],
    )
    return short_answer(exercise, options["title"], lang=options["lang"])


def measurement_plan(profile: BusinessProfile, lang: str | None = None) -> MeasurementPlanForm:
    """Lesson 08's measurement plan (l08.misura.mia) for the learner's business."""
    return MeasurementPlanForm(own_id("l08.misura"), **_options("l08.misura", profile, lang))


# case-study exercise id -> the factory of the same form about the learner's business
OWN_FORMS = {
    "l01.sorter": touchpoints,
    "l02.canvas": canvas,
    "l03.journey": journey,
    "l03.swot": swot,
    "l04.recensioni": review_conclusion,
    "l05.sostac": sostac,
    "l05.race": race_funnel,
    "l06.matrice": channel_matrix,
    "l07.canali": channel_plan,
    "l07.sintesi": summary,
    "l08.misura": measurement_plan,
}


def for_my_business(exercise_id: str, *, lang: str | None = None) -> Explained | ExplainedBox:
    """The form of `exercise_id` about the learner's own business (from the saved profile);
    without a profile, a note saying how to set it (lesson 00 or `smm-course profile`)."""
    import ipywidgets as widgets

    from smm_course.widgets import _html
    from smm_course.widgets.business import current_profile

    code = form_lang(lang)
    profile = current_profile()
    if profile is None:
        note = _html.box("smm-hints", _html.esc(t("business.choice.no_profile", code)))
        return ExplainedBox([widgets.HTML(_html.STYLE + note)], code)
    return OWN_FORMS[exercise_id](profile, code)
