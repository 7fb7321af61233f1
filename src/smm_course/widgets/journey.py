"""JourneyMapBuilder: the customer journey map (stages x rows) with a live emotion curve."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.journey import EMOTION_MAX, EMOTION_MIN, JourneyStage, MapRow
from smm_course.widgets import _html
from smm_course.widgets._charts import emotion_curve_png
from smm_course.widgets._inputs import int_in, mapping_of, text_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt

STAGES: tuple[JourneyStage, ...] = tuple(JourneyStage)
ROWS: tuple[MapRow, ...] = tuple(MapRow)


class JourneyModel(FormModel):
    """Answer: {stage id: {row id: text, "emotions": int or None}}."""

    form = "journey"

    def empty_answer(self) -> dict[str, dict[str, Any]]:
        return {s.id: {r.id: (None if r.numeric else "") for r in ROWS} for s in STAGES}

    def normalize(self, value: Any) -> dict[str, dict[str, Any]]:
        given = mapping_of(value)
        answer = self.empty_answer()
        for stage in STAGES:
            column = mapping_of(given.get(stage.id))
            for row in ROWS:
                raw = column.get(row.id)
                if row.numeric:
                    answer[stage.id][row.id] = (
                        None if raw in (None, "") else int_in(raw, EMOTION_MIN, EMOTION_MAX)
                    )
                else:
                    answer[stage.id][row.id] = text_of(raw)
        return answer

    def evaluate(self, answer: dict[str, dict[str, Any]]) -> Feedback:
        from smm_course.checks import check_journey

        return check_journey(answer, lang=self.lang, business=self.business)

    def to_dataframe(self) -> Any:
        """The map as a DataFrame: index = row ids, columns = stage ids."""
        import pandas as pd

        answer = self.answer
        return pd.DataFrame(
            {s.id: [answer[s.id][r.id] for r in ROWS] for s in STAGES},
            index=pd.Index([r.id for r in ROWS], name="row"),
        )


class JourneyMapBuilder(StandardForm):
    """Stages as columns, rows of text plus an emotion score per stage, and its curve."""

    model_class = JourneyModel
    default_exercise_id = "l03.journey"

    def _build_inputs(self) -> widgets.Widget:
        cells: list[widgets.Widget] = [widgets.HTML("")]
        cells += [
            widgets.HTML(f"<b>{i + 1}. {_html.esc(s.label(self.lang))}</b>")
            for i, s in enumerate(STAGES)
        ]
        self.cells: dict[str, dict[str, widgets.Widget]] = {s.id: {} for s in STAGES}
        emotion_options = [(wt("common.choose", self.lang), None)] + [
            (wt(f"journey.emotion.{v + 2}", self.lang), v)
            for v in range(EMOTION_MIN, EMOTION_MAX + 1)
        ]
        for row in ROWS:
            cells.append(
                widgets.HTML(
                    f"<b>{_html.esc(row.label(self.lang))}</b>"
                    f'<div class="smm-small">{_html.esc(row.definition(self.lang))}</div>'
                )
            )
            for stage in STAGES:
                if row.numeric:
                    field = widgets.Dropdown(options=emotion_options, value=None)
                else:
                    field = widgets.Textarea(
                        continuous_update=False,
                        placeholder=row.label(self.lang),
                        tooltip=f"{stage.label(self.lang)} · {row.definition(self.lang)}",
                        layout=widgets.Layout(height="96px"),
                    )
                field.layout.width = "100%"
                self.cells[stage.id][row.id] = self.watch(self.css(field, f"{row.id}-{stage.id}"))
                cells.append(field)
        grid = widgets.GridBox(
            cells,
            layout=widgets.Layout(
                # boxes at least 140px wide: a narrow notebook scrolls sideways instead
                grid_template_columns=(
                    f"minmax(120px, 1.2fr) repeat({len(STAGES)}, minmax(140px, 1fr))"
                ),
                grid_gap="4px 6px",
                width="100%",
                overflow="auto",
            ),
        )
        self.chart = self.css(widgets.Image(format="png"), "chart")
        self.chart.layout.max_width = "760px"
        return widgets.VBox([grid, self.chart])

    def _read(self) -> dict[str, dict[str, Any]]:
        return {
            stage: {row: field.value for row, field in fields.items()}
            for stage, fields in self.cells.items()
        }

    def _write(self, answer: dict[str, dict[str, Any]]) -> None:
        for stage, fields in self.cells.items():
            for row, field in fields.items():
                value = answer.get(stage, {}).get(row)
                field.value = value if row == MapRow.EMOTIONS.id else text_of(value)

    def _after_change(self) -> None:
        scores = [self.cells[s.id][MapRow.EMOTIONS.id].value for s in STAGES]
        if scores == getattr(self, "_drawn_scores", None):
            return  # only the emotion row changes the curve
        self._drawn_scores = scores
        try:
            self.chart.value = emotion_curve_png(
                [s.label(self.lang) for s in STAGES],
                scores,
                wt("journey.curve_title", self.lang),
                EMOTION_MIN,
                EMOTION_MAX,
            )
        except Exception:  # a drawing problem must not block typing
            self.chart.value = b""

    def to_dataframe(self) -> Any:
        """The map as a DataFrame: index = row ids, columns = stage ids."""
        self.model.answer = self._read()
        return self.model.to_dataframe()  # type: ignore[attr-defined]

    def _solution_html(self, solution: Any) -> str:
        answer = self.model.normalize(solution)
        head = "".join(f"<th>{_html.esc(s.label(self.lang))}</th>" for s in STAGES)
        body = "".join(
            f"<tr><th>{_html.esc(r.label(self.lang))}</th>"
            + "".join(
                f'<td style="white-space:pre-wrap">{_html.esc(text_of(answer[s.id][r.id]))}</td>'
                for s in STAGES
            )
            + "</tr>"
            for r in ROWS
        )
        return f'<table class="smm-table"><tr><th></th>{head}</tr>{body}</table>'
