"""RACEFunnel: campaign numbers per RACE stage, the KPIs they give, and the funnel."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks import campaign
from smm_course.frameworks.race import Kpi, RaceStage
from smm_course.widgets import _html
from smm_course.widgets._charts import png_bytes
from smm_course.widgets._inputs import mapping_of, number_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt

# field id -> (RACE stage it belongs to, whole number?); the fields and KPIs come from race
FIELDS: dict[str, tuple[RaceStage, bool]] = {
    name: (stage, name not in campaign.MONEY_FIELDS)
    for name, stage in campaign.CAMPAIGN_FIELDS.items()
}
FUNNEL = ("reach", "visitors", "conversions", "repeat_customers")
RATES = frozenset({Kpi.ENGAGEMENT_RATE, Kpi.CONVERSION_RATE, Kpi.REPEAT_PURCHASE_RATE})
MONEY = frozenset({Kpi.CAC, Kpi.AOV})
# (smaller field, larger field): the first cannot exceed the second
LIMITS = (
    ("visitors", "reach"),
    ("conversions", "visitors"),
    ("new_customers", "conversions"),
    ("repeat_customers", "conversions"),
)


class RACEModel(FormModel):
    """Answer: {field id: number} for reach, visitors, interactions, conversions, ..."""

    form = "race"

    def empty_answer(self) -> dict[str, float]:
        return dict.fromkeys(FIELDS, 0)

    def normalize(self, value: Any) -> dict[str, float]:
        given = mapping_of(value)
        answer: dict[str, float] = {}
        for name, (_stage, whole) in FIELDS.items():
            number = number_of(given.get(name), 0.0)
            answer[name] = round(number) if whole else number
        return answer

    def label(self, name: str) -> str:
        return wt(f"race.field.{name}", self.lang)

    def problems(self, answer: dict[str, float] | None = None) -> list[str]:
        """Impossible inputs, in words (empty list when the numbers are coherent)."""
        values = answer if answer is not None else self._answer
        found = [
            wt("race.negative", self.lang, field=self.label(n), value=self.fmt(v))
            for n, v in values.items()
            if v < 0
        ]
        for small, large in LIMITS:
            if values[small] > values[large] >= 0:
                found.append(
                    wt(
                        "race.too_large",
                        self.lang,
                        field=self.label(small),
                        value=self.fmt(values[small]),
                        other=self.label(large),
                        limit=self.fmt(values[large]),
                    )
                )
        if not any(values.values()):
            found.append(wt("race.empty", self.lang))
        return found

    def kpis(self, answer: dict[str, float] | None = None) -> dict[Kpi, float | None]:
        """Each KPI computed from the inputs, None where it cannot be computed."""
        values = answer if answer is not None else self._answer
        return {kpi: campaign.campaign_kpi(kpi, dict(values)) for kpi in campaign.CAMPAIGN_KPIS}

    def fmt(self, value: float) -> str:
        from smm_course.plots.funnel import format_number

        try:
            return (
                format_number(value, self.lang)
                if value >= 0
                else "-" + format_number(-value, self.lang)
            )
        except Exception:
            return str(value)

    def show_kpi(self, kpi: Kpi, value: float | None) -> str:
        """A KPI value formatted for the learner (rates as %, money in euro)."""
        from smm_course.plots.funnel import format_rate

        if value is None:
            return wt("race.not_available", self.lang)
        if kpi in RATES:
            return format_rate(value, self.lang)
        if kpi in MONEY:
            return f"{self.fmt(round(value, 2))} €"
        return f"{self.fmt(round(value, 2))}×"

    def evaluate(self, answer: dict[str, float]) -> Feedback:
        problems = self.problems(answer)
        kpis = self.kpis(answer)
        inputs = campaign.campaign_inputs(answer)
        missing = [
            wt(
                "race.incomplete",
                self.lang,
                kpi=kpi.label(self.lang),
                field=self.label(campaign.CAMPAIGN_KPIS[kpi][1]),
            )
            for kpi, value in kpis.items()
            if value is None and inputs.get(campaign.CAMPAIGN_KPIS[kpi][1]) == 0
        ]
        checks_total = 3 + len(LIMITS)
        negative = any(v < 0 for v in answer.values())
        empty = not any(answer.values())
        broken = sum(1 for s, big in LIMITS if answer[s] > answer[big] >= 0)
        score = checks_total - int(negative) - int(empty) - broken - int(bool(missing))
        messages = list(problems)
        if not problems:
            messages += missing or [wt("race.coherent", self.lang)]
            messages += [
                f"{kpi.label(self.lang)}: {self.show_kpi(kpi, value)}"
                for kpi, value in kpis.items()
            ]
        hints = (wt("race.hint_order", self.lang),) if problems else ()
        passed = not problems and not missing
        return Feedback(
            float(max(score, 0)),
            float(checks_total),
            passed,
            tuple(messages),
            hints,
            details={"problems": problems, "incomplete": missing},
            lang=self.lang,
        )


class RACEFunnel(StandardForm):
    """Numbers per RACE stage in, KPIs and the funnel out; impossible numbers flagged in words."""

    model_class = RACEModel
    default_exercise_id = "l05.race"

    def _build_inputs(self) -> widgets.Widget:
        model: RACEModel = self.model  # type: ignore[assignment]
        self.fields: dict[str, widgets.Widget] = {}
        columns = []
        for stage in (RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE):
            parts: list[widgets.Widget] = [
                widgets.HTML(
                    f"<b>{_html.esc(stage.label(self.lang))}</b>"
                    f'<div class="smm-small">{_html.esc(stage.definition(self.lang))}</div>'
                )
            ]
            for name, (field_stage, whole) in FIELDS.items():
                if field_stage is not stage:
                    continue
                kind = widgets.IntText if whole else widgets.FloatText
                # the label above the box: beside it, long labels squeezed the box to nothing
                label = model.label(name)
                field = kind(
                    value=0,
                    continuous_update=False,
                    tooltip=label,
                    layout=widgets.Layout(width="100%"),
                )
                self.fields[name] = self.watch(self.css(field, name))
                parts += [widgets.HTML(f'<span class="smm-small">{_html.esc(label)}</span>'), field]
            column = widgets.VBox(parts, layout=widgets.Layout(min_width="0"))
            column.add_class("smm-block")
            columns.append(column)
        grid = widgets.GridBox(
            columns,
            layout=widgets.Layout(
                grid_template_columns="repeat(auto-fit, minmax(210px, 1fr))", grid_gap="6px"
            ),
        )
        self.problems = self._html("problems", "")
        self.kpi_table = self._html("kpis", "")
        self.chart = self.css(widgets.Image(format="png"), "chart")
        self.chart.layout.max_width = "640px"
        return widgets.VBox([grid, self.problems, self.kpi_table, self.chart])

    def _read(self) -> dict[str, float]:
        return {name: field.value for name, field in self.fields.items()}

    def _write(self, answer: dict[str, float]) -> None:
        for name, field in self.fields.items():
            field.value = answer.get(name, 0)

    def _after_change(self) -> None:
        model: RACEModel = self.model  # type: ignore[assignment]
        answer = model.normalize(self._read())
        problems = model.problems(answer)
        self.problems.value = (
            _html.box("smm-warning", _html.bullet_list(problems)) if problems else ""
        )
        rows = [(k.label(self.lang), model.show_kpi(k, v)) for k, v in model.kpis(answer).items()]
        self.kpi_table.value = _html.table(
            rows, header=(wt("race.kpi", self.lang), wt("race.value", self.lang))
        )
        funnel = [answer[n] for n in FUNNEL]
        if funnel == getattr(self, "_drawn_funnel", None):
            return
        self._drawn_funnel = funnel
        self.chart.value = b""
        if any(v < 0 for v in funnel) or not any(funnel):
            return
        try:
            from smm_course.plots import funnel_figure

            stages = [(model.label(n), answer[n]) for n in FUNNEL]
            self.chart.value = png_bytes(funnel_figure(stages, lang=self.lang))
        except Exception:  # a drawing problem must not block the inputs
            self.chart.value = b""

    def _solution_html(self, solution: Any) -> str:
        model: RACEModel = self.model  # type: ignore[assignment]
        answer = model.normalize(solution)
        return _html.table((model.label(n), model.fmt(v)) for n, v in answer.items())
