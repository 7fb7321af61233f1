"""Forms, not code, for what a shop owner fills: the channel plan and their own item lists."""

from __future__ import annotations

from typing import Any

from smm_course.checks import Feedback, check_channel_plan
from smm_course.frameworks.channels import ChannelPhase, ChannelType
from smm_course.frameworks.concepts import Concept, Text
from smm_course.frameworks.race import RaceStage
from smm_course.frameworks.touchpoints import Control, Nature, Phase
from smm_course.i18n import t
from smm_course.widgets.base import StandardForm
from smm_course.widgets.rows import Column, RowTableForm, RowTableModel
from smm_course.widgets.settings import form_lang

__all__ = [
    "ChannelPlanForm",
    "ChannelPlanModel",
    "OwnChannelsForm",
    "OwnChannelsModel",
    "OwnTouchpointsForm",
    "OwnTouchpointsModel",
    "plan_rows",
]

MIN_TOUCHPOINTS = 6
MIN_CHANNELS = 4
PLAN_STAGES = (RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE)


def _label(text_key: str) -> Text:
    return Text(t(text_key, "it"), t(text_key, "en"))


def _choices(members: Any) -> tuple[tuple[Text, str], ...]:
    return tuple((Text(m.label("it"), m.label("en")), m.id) for m in members)


def _kpi_choices() -> tuple[tuple[Text, str], ...]:
    found = []
    for stage in PLAN_STAGES:
        for kpi in stage.kpis:
            label = Text(
                f"{kpi.label('it')} · {stage.label('it')}",
                f"{kpi.label('en')} · {stage.label('en')}",
            )
            found.append((label, kpi.id))
    return tuple(dict.fromkeys(found))


PLAN_COLUMNS = (
    Column("canale", _label("business.plan.col.channel"), "text", width="150px"),
    Column("fase", _label("business.plan.col.stage"), "choice", _choices(PLAN_STAGES), "120px"),
    Column("obiettivo", _label("business.plan.col.objective"), "text", width="320px"),
    Column("kpi", _label("business.plan.col.kpi"), "choice", _kpi_choices(), "210px"),
    Column("budget", _label("business.plan.col.budget"), "number", width="110px"),
    Column("responsabile", _label("business.plan.col.owner"), "text", width="140px"),
)


def plan_rows(answer: Any) -> list[dict[str, Any]]:
    """The saved plan rows with readable stage and KPI names (for the checker and the export)."""
    from smm_course.frameworks.race import Kpi

    rows = []
    for raw in answer if isinstance(answer, list) else []:
        if not isinstance(raw, dict) or not any(v not in ("", [], None) for v in raw.values()):
            continue
        stage, kpi = RaceStage.from_any(raw.get("fase")), Kpi.from_any(raw.get("kpi"))
        rows.append(
            {
                **raw,
                "fase": stage.label() if stage else raw.get("fase", ""),
                "kpi": kpi.label() if kpi else raw.get("kpi", ""),
            }
        )
    return rows


class ChannelPlanModel(RowTableModel):
    """Lesson 07's channel plan: channel, RACE stage, SMART objective, KPI, €/month, owner."""

    form = "plan"
    columns = PLAN_COLUMNS
    start_rows = 4

    def evaluate(self, answer: list[dict[str, Any]]) -> Feedback:
        filled = self.filled_rows(answer)
        if not filled:
            return Feedback.empty(t("business.plan.empty", self.lang), 7.0, lang=self.lang)
        problems = [p for n, row in filled for p in self.row_problems(n, row)]
        plan = check_channel_plan(plan_rows([row for _n, row in filled]), lang=self.lang)
        owners = all(str(row.get("responsabile", "")).strip() for _n, row in filled)
        owner_msg = t(f"business.plan.owners_{'ok' if owners else 'missing'}", self.lang)
        messages = (*problems, *plan.messages, owner_msg)
        score = plan.score + float(owners)
        passed = plan.passed and owners and not problems
        return Feedback(
            score,
            plan.max_score + 1.0,
            passed,
            messages,
            plan.hints,
            details={**plan.details, "owners": owners, "row_problems": len(problems)},
            lang=self.lang,
        )


class _Texts:
    """Default title, instructions and hints of a table form, from `business.<texts>.*`."""

    texts = ""

    def __init__(
        self,
        exercise_id: str | None = None,
        *,
        title: str | None = None,
        instructions: str | None = None,
        hints: Any = None,
        **options: Any,
    ) -> None:
        lang = form_lang(options.get("lang"))
        if hints is None:
            hints = [t(f"business.{self.texts}.hint.{n}", lang) for n in (1, 2, 3)]
            hints = [h for h in hints if not h.startswith("business.")]
        super().__init__(  # type: ignore[call-arg]
            exercise_id,
            title=title or t(f"business.{self.texts}.title_default", lang),
            instructions=instructions or t(f"business.{self.texts}.instructions_default", lang),
            hints=hints,
            **options,
        )


class ChannelPlanForm(_Texts, RowTableForm, StandardForm):
    """The channel plan as a table: Aggiungi riga, one channel a row; saved while typing."""

    texts = "plan"
    model_class = ChannelPlanModel
    default_exercise_id = "l07.canali"


def _coverage(members: Any, used: set[str], lang: str) -> list[str]:
    return [m.label(lang) for m in members if m.id not in used]


class OwnTouchpointsModel(RowTableModel):
    """The learner's own touchpoints: name, phases, digital or physical, managed or spontaneous."""

    form = "own_touchpoints"
    columns = (
        Column("name", _label("business.touchpoints.col.name"), "text", width="220px"),
        Column("phases", _label("business.touchpoints.col.phases"), "multi", _choices(Phase)),
        Column("nature", _label("business.touchpoints.col.nature"), "choice", _choices(Nature)),
        Column("control", _label("business.touchpoints.col.control"), "choice", _choices(Control)),
    )
    start_rows = MIN_TOUCHPOINTS

    def evaluate(self, answer: list[dict[str, Any]]) -> Feedback:
        filled = self.filled_rows(answer)
        return _list_feedback(self, filled, MIN_TOUCHPOINTS, "touchpoints", {
            "phases": (Phase, {p for _n, r in filled for p in r.get("phases", [])}),
            "control": (Control, {r.get("control") for _n, r in filled}),
        })  # fmt: skip


class OwnChannelsModel(RowTableModel):
    """The learner's own channels: direct or indirect, and the channel phases each serves."""

    form = "own_channels"
    columns = (
        Column("name", _label("business.channels.col.name"), "text", width="220px"),
        Column("type", _label("business.channels.col.type"), "choice", _choices(ChannelType)),
        Column("phases", _label("business.channels.col.phases"), "multi", _choices(ChannelPhase)),
    )
    start_rows = MIN_CHANNELS

    def evaluate(self, answer: list[dict[str, Any]]) -> Feedback:
        filled = self.filled_rows(answer)
        return _list_feedback(self, filled, MIN_CHANNELS, "channels", {
            "phases": (ChannelPhase, {p for _n, r in filled for p in r.get("phases", [])}),
        })  # fmt: skip


def _list_feedback(
    model: RowTableModel,
    filled: list[tuple[int, dict[str, Any]]],
    minimum: int,
    kind: str,
    coverage: dict[str, tuple[type[Concept], set[Any]]],
) -> Feedback:
    """Points: enough items, each fully classified, and the whole range covered."""
    lang = model.lang
    if not filled:
        return Feedback.empty(t(f"business.{kind}.empty", lang), 2.0 + len(coverage), lang=lang)
    messages: list[str] = []
    enough = len(filled) >= minimum
    messages.append(t(f"business.{kind}.count_{'ok' if enough else 'low'}", lang,
                      n=len(filled), min=minimum))  # fmt: skip
    problems = [p for n, row in filled for p in model.row_problems(n, row)]
    messages += problems
    score = float(enough) + float(not problems)
    for field, (concept, used) in coverage.items():
        missing = _coverage(concept, used, lang)
        if missing:
            messages.append(t(f"business.{kind}.missing_{field}", lang, items=", ".join(missing)))
        else:
            score += 1.0
    max_score = 2.0 + len(coverage)
    return Feedback(
        score,
        max_score,
        score == max_score,
        tuple(messages),
        details={"items": len(filled)},
        lang=lang,
    )


class OwnTouchpointsForm(_Texts, RowTableForm, StandardForm):
    """Lesson 01 for the learner's business: their own touchpoints, classified."""

    texts = "touchpoints"
    model_class = OwnTouchpointsModel
    default_exercise_id = "l01.sorter.mia"


class OwnChannelsForm(_Texts, RowTableForm, StandardForm):
    """Lesson 06 for the learner's business: their own channels, typed and phased."""

    texts = "channels"
    model_class = OwnChannelsModel
    default_exercise_id = "l06.matrice.mia"
