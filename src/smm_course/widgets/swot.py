"""SWOTGrid: strengths, weaknesses, opportunities and threats of one journey touchpoint."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.journey import MapRow, SwotQuadrant
from smm_course.frameworks.touchpoints import EXAMPLES
from smm_course.widgets import _html
from smm_course.widgets._inputs import mapping_of, text_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt

QUADRANTS: tuple[SwotQuadrant, ...] = tuple(SwotQuadrant)
MAX_CHOICES = 60
_SPLIT = re.compile(r"[\n;,•]+")


def journey_touchpoints(journey: Any) -> list[str]:
    """The touchpoints named in a saved journey map (one per line, comma or semicolon)."""
    names: dict[str, None] = {}
    for column in mapping_of(journey).values():
        text = text_of(mapping_of(column).get(MapRow.TOUCHPOINTS.id))
        for part in _SPLIT.split(text):
            name = " ".join(part.split()).strip(" -*")[:80]
            if name:
                names.setdefault(name, None)
    return list(names)[:MAX_CHOICES]


class SWOTModel(FormModel):
    """Answer: {"touchpoint": name, "strengths": text, ..., "threats": text}."""

    form = "swot"

    def empty_answer(self) -> dict[str, str]:
        return {"touchpoint": "", **{q.id: "" for q in QUADRANTS}}

    def normalize(self, value: Any) -> dict[str, str]:
        given = mapping_of(value)
        answer = self.empty_answer()
        answer["touchpoint"] = text_of(given.get("touchpoint"))
        for key, text in given.items():
            quadrant = SwotQuadrant.from_any(key) if key != "touchpoint" else None
            if quadrant is not None:
                answer[quadrant.id] = text_of(text)
        return answer

    def evaluate(self, answer: dict[str, str]) -> Feedback:
        from smm_course.checks import check_swot

        return check_swot(answer, lang=self.lang, business=self.business)


class SWOTGrid(StandardForm):
    """A 2x2 SWOT for one touchpoint picked from the learner's journey map."""

    model_class = SWOTModel
    default_exercise_id = "l03.swot"

    def __init__(
        self,
        exercise_id: str | None = None,
        *,
        touchpoints: Sequence[str] | None = None,
        journey_id: str = "l03.journey",
        **options: Any,
    ) -> None:
        """`touchpoints`: the choices (default: the journey map's); `options`: every form's."""
        self.journey_id = journey_id
        self._touchpoints = [str(t) for t in touchpoints] if touchpoints else None
        super().__init__(exercise_id, **options)

    def _choices(self, model: FormModel) -> list[str]:
        found: list[str] = []
        if model.workbook is not None:
            try:
                found = journey_touchpoints(model.workbook.answer(self.journey_id))
            except Exception:
                found = []
        return found or [tp.name.get(model.lang) for tp in EXAMPLES]

    def _build_inputs(self) -> widgets.Widget:
        self.choices = self._touchpoints or self._choices(self.model)
        self.touchpoint = widgets.Dropdown(
            options=[(wt("common.choose", self.lang), ""), *[(c, c) for c in self.choices]],
            value="",
            description=wt("swot.touchpoint", self.lang),
            style={"description_width": "initial"},
        )
        self.watch(self.css(self.touchpoint, "touchpoint"))
        self.refresh = widgets.Button(
            description=wt("swot.refresh", self.lang),
            icon="refresh",
            layout=widgets.Layout(width="auto"),
        )
        self.css(self.refresh, "refresh")
        self.refresh.on_click(lambda _button: self.refresh_choices())
        self.quadrants: dict[str, widgets.Textarea] = {}
        cells = []
        for quadrant in QUADRANTS:
            area = widgets.Textarea(
                continuous_update=False,
                placeholder=quadrant.definition(self.lang),
                layout=widgets.Layout(width="100%", height="110px"),
            )
            self.quadrants[quadrant.id] = self.watch(self.css(area, quadrant.id))
            side = wt("swot.internal" if quadrant.internal else "swot.external", self.lang)
            label = widgets.HTML(
                f"<b>{_html.esc(quadrant.label(self.lang))}</b> "
                f'<span class="smm-small">({_html.esc(side)})</span>'
            )
            cell = widgets.VBox([label, area])
            cell.add_class("smm-block")
            cells.append(cell)
        grid = widgets.GridBox(
            cells,
            layout=widgets.Layout(
                grid_template_columns="repeat(2, minmax(0, 1fr))", grid_gap="6px"
            ),
        )
        picker = widgets.HBox([self.touchpoint, self.refresh])
        return widgets.VBox([picker, grid])

    def refresh_choices(self) -> None:
        """Read the touchpoints of the saved journey map again, keeping the current choice."""
        if self._touchpoints:
            return
        current = self.touchpoint.value or ""
        self.choices = self._choices(self.model)
        if current and current not in self.choices:
            self.choices.append(current)
        self._loading = True
        try:
            choose = (wt("common.choose", self.lang), "")
            self.touchpoint.options = [choose, *[(c, c) for c in self.choices]]
            self.touchpoint.value = current
        finally:
            self._loading = False

    def _read(self) -> dict[str, str]:
        return {
            "touchpoint": self.touchpoint.value or "",
            **{qid: area.value for qid, area in self.quadrants.items()},
        }

    def _write(self, answer: dict[str, str]) -> None:
        name = answer.get("touchpoint", "")
        if name and name not in self.choices:
            self.choices.append(name)
            self.touchpoint.options = [*self.touchpoint.options, (name, name)]
        self.touchpoint.value = name
        for qid, area in self.quadrants.items():
            area.value = answer.get(qid, "")

    def _solution_html(self, solution: Any) -> str:
        answer = self.model.normalize(solution)
        rows = [(wt("swot.touchpoint", self.lang), answer["touchpoint"])]
        rows += [(q.label(self.lang), answer[q.id]) for q in QUADRANTS]
        return _html.table(rows)
