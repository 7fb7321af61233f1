"""Lesson 08 forms: compare attribution models side by side, and write the measurement plan."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.attribution import AttributionModel
from smm_course.frameworks.measurement import BASELINE, BudgetMove, PlanField, budget_moves
from smm_course.widgets import _html
from smm_course.widgets._charts import png_bytes
from smm_course.widgets._inputs import mapping_of, text_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt

__all__ = [
    "AttributionExplorer",
    "AttributionModelForm",
    "MeasurementPlanForm",
    "MeasurementPlanModel",
]

PLAN_KEYS = ("model", "why", "decision", "test", "offline")
MAX_TEXT = 3000


class AttributionModelForm(FormModel):
    """Answer: {"model": id, "gains_most": channel, "loses_most": channel} on a credit table."""

    form = "attribution"

    def __init__(self, exercise_id: str, *, credit: Any, **options: Any) -> None:
        self.credit = credit
        super().__init__(exercise_id, **options)

    def empty_answer(self) -> dict[str, str]:
        return {"model": "markov", "gains_most": "", "loses_most": ""}

    def normalize(self, value: Any) -> dict[str, str]:
        given = mapping_of(value)
        model = AttributionModel.from_any(given.get("model"))
        return {
            "model": model.id if model is not None else "markov",
            "gains_most": text_of(given.get("gains_most"))[:80],
            "loses_most": text_of(given.get("loses_most"))[:80],
        }

    def evaluate(self, answer: dict[str, str]) -> Feedback:
        from smm_course.checks.measurement import check_attribution_shift

        return check_attribution_shift(answer, self.credit, lang=self.lang)

    def default_solution(self) -> dict[str, str]:
        model = self.answer["model"]
        moves = budget_moves(self.credit, model)
        return {"model": model, "gains_most": moves.index[0], "loses_most": moves.index[-1]}


class AttributionExplorer(StandardForm):
    """Credit per channel under every model (a chart), last click against the chosen model with
    the budget move it suggests, and the question: which channel gains, which loses most?"""

    model_class = AttributionModelForm
    default_exercise_id = "l08.confronto"

    def _build_inputs(self) -> widgets.Widget:
        credit = self.model.credit
        others = [m for m in AttributionModel if m.id != BASELINE and m.id in credit]
        self.chooser = widgets.Dropdown(
            options=[(m.label(self.lang), m.id) for m in others],
            description=wt("attribution.model", self.lang),
            style={"description_width": "initial"},
        )
        self.watch(self.css(self.chooser, "model"))
        self.chart = self.css(widgets.Image(format="png", layout={"width": "100%"}), "chart")
        self.table = self._html("table", "")
        channels = [("", "")] + [(str(c), str(c)) for c in credit.index]
        self.gains = self.watch(self.css(self._channel_box("gains_most", channels), "gains"))
        self.loses = self.watch(self.css(self._channel_box("loses_most", channels), "loses"))
        return widgets.VBox([self.chooser, self.chart, self.table, self.gains, self.loses])

    def _channel_box(self, key: str, channels: list[tuple[str, str]]) -> widgets.Dropdown:
        return widgets.Dropdown(
            options=channels,
            description=wt(f"attribution.{key}", self.lang),
            style={"description_width": "initial"},
            layout={"width": "520px"},
        )

    def _read(self) -> dict[str, str]:
        return {
            "model": self.chooser.value,
            "gains_most": self.gains.value,
            "loses_most": self.loses.value,
        }

    def _write(self, answer: dict[str, str]) -> None:
        ids = [value for _, value in self.chooser.options]
        self.chooser.value = answer["model"] if answer["model"] in ids else ids[-1]
        names = [value for _, value in self.gains.options]
        self.gains.value = answer["gains_most"] if answer["gains_most"] in names else ""
        self.loses.value = answer["loses_most"] if answer["loses_most"] in names else ""

    def _after_change(self) -> None:
        from smm_course.plots.attribution import attribution_figure

        model = self.chooser.value
        credit = self.model.credit
        self.chart.value = png_bytes(
            attribution_figure(credit, highlight=model, lang=self.lang, height_px=520)
        )
        moves = budget_moves(credit, model)
        header = (
            wt("attribution.channel", self.lang),
            AttributionModel.from_any(BASELINE).label(self.lang),  # type: ignore[union-attr]
            AttributionModel.from_any(model).label(self.lang),  # type: ignore[union-attr]
            wt("attribution.move", self.lang),
        )
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{_html.esc(cell)}</td>"
                for cell in (
                    str(channel),
                    f"{row[BASELINE]:.0f}",
                    f"{row[model]:.0f}",
                    BudgetMove.from_any(row["move"]).label(self.lang),  # type: ignore[union-attr]
                )
            )
            + "</tr>"
            for channel, row in moves.iterrows()
        )
        head = "".join(f"<th>{_html.esc(h)}</th>" for h in header)
        self.table.value = f'<table class="smm-table"><tr>{head}</tr>{rows}</table>'

    def _solution_html(self, solution: Any) -> str:
        return _html.table(
            [
                (wt("attribution.gains_most", self.lang), str(solution["gains_most"])),
                (wt("attribution.loses_most", self.lang), str(solution["loses_most"])),
            ]
        )


class MeasurementPlanModel(FormModel):
    """Answer: {"model": id, "why", "decision", "test", "offline": text}."""

    form = "measurement"

    def empty_answer(self) -> dict[str, str]:
        return dict.fromkeys(PLAN_KEYS, "")

    def normalize(self, value: Any) -> dict[str, str]:
        given = mapping_of(value)
        model = AttributionModel.from_any(given.get("model"))
        out = {key: text_of(given.get(key))[:MAX_TEXT] for key in PLAN_KEYS}
        out["model"] = model.id if model is not None else ""
        return out

    def evaluate(self, answer: dict[str, str]) -> Feedback:
        from smm_course.checks.measurement import check_measurement_plan

        return check_measurement_plan(answer, lang=self.lang)


class MeasurementPlanForm(StandardForm):
    """The measurement plan of the strategy document: model and why, budget decision,
    incrementality test, offline touchpoints."""

    model_class = MeasurementPlanModel
    default_exercise_id = "l08.misura"

    def _build_inputs(self) -> widgets.Widget:
        self.chooser = widgets.Dropdown(
            options=[("", "")] + [(m.label(self.lang), m.id) for m in AttributionModel],
            description=PlanField.MODEL.label(self.lang),
            style={"description_width": "initial"},
            layout={"width": "520px"},
        )
        self.watch(self.css(self.chooser, "model"))
        self.texts: dict[str, widgets.Textarea] = {}
        boxes: list[widgets.Widget] = [self.chooser]
        labels = {
            "why": wt("measurement.why", self.lang),
            "decision": PlanField.DECISION.label(self.lang),
            "test": PlanField.TEST.label(self.lang),
            "offline": PlanField.OFFLINE.label(self.lang),
        }
        for key, label in labels.items():
            area = widgets.Textarea(
                placeholder=wt(f"measurement.placeholder.{key}", self.lang),
                layout=widgets.Layout(width="100%", height="90px"),
            )
            self.texts[key] = self.watch(self.css(area, key))
            boxes += [widgets.HTML(f"<b>{_html.esc(label)}</b>"), area]
        return widgets.VBox(boxes)

    def _read(self) -> dict[str, str]:
        return {"model": self.chooser.value} | {k: a.value for k, a in self.texts.items()}

    def _write(self, answer: dict[str, str]) -> None:
        self.chooser.value = answer["model"]
        for key, area in self.texts.items():
            area.value = answer[key]

    def _solution_html(self, solution: Any) -> str:
        from smm_course.compare import compare_html

        def readable(answer: dict[str, str]) -> dict[str, str]:
            model = AttributionModel.from_any(answer.get("model"))
            return {
                PlanField.MODEL.label(self.lang): model.label(self.lang) if model else "",
                wt("measurement.why", self.lang): answer["why"],
                PlanField.DECISION.label(self.lang): answer["decision"],
                PlanField.TEST.label(self.lang): answer["test"],
                PlanField.OFFLINE.label(self.lang): answer["offline"],
            }

        return compare_html(
            readable(self.answer), readable(self.model.normalize(solution)), self.lang
        )
