"""SOSTACPlanner: the six SOSTAC® stages, with live SMART badges on the objectives."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.sostac import CREDIT, SostacStage
from smm_course.widgets import _html
from smm_course.widgets._inputs import mapping_of, text_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt

STAGES: tuple[SostacStage, ...] = tuple(SostacStage)
SMART_BADGES = (("specific", "S"), ("measurable", "M"), ("time_bound", "T"))


class SOSTACModel(FormModel):
    """Answer: {stage id: text} for the six stages."""

    form = "sostac"

    def empty_answer(self) -> dict[str, str]:
        return {stage.id: "" for stage in STAGES}

    def normalize(self, value: Any) -> dict[str, str]:
        given = mapping_of(value)
        answer = self.empty_answer()
        for key, text in given.items():
            stage = SostacStage.from_any(key)
            if stage is not None:
                answer[stage.id] = text_of(text)
        return answer

    def smart(self) -> Feedback:
        """The SMART check of the objectives text."""
        from smm_course.checks import check_smart

        return check_smart(
            self._answer[SostacStage.OBJECTIVES.id], lang=self.lang, business=self.business
        )

    def evaluate(self, answer: dict[str, str]) -> Feedback:
        """What each stage holds (objectives SMART, strategy, who and when, KPI and owner)."""
        from smm_course.checks import check_sostac

        return check_sostac(answer, lang=self.lang, business=self.business)


class SOSTACPlanner(StandardForm):
    """Six text areas, one per SOSTAC® stage with its guiding question; SMART badges live."""

    model_class = SOSTACModel
    default_exercise_id = "l05.sostac"

    def _build_inputs(self) -> widgets.Widget:
        self.stages: dict[str, widgets.Textarea] = {}
        self.smart_badges = self.css(widgets.HTML(""), "smart")
        rows = []
        for number, stage in enumerate(STAGES, start=1):
            area = widgets.Textarea(
                continuous_update=False,
                placeholder=" · ".join(stage.details(self.lang)),
                tooltip=stage.definition(self.lang),
                layout=widgets.Layout(width="100%", height="80px"),
            )
            self.stages[stage.id] = self.watch(self.css(area, stage.id))
            label = widgets.HTML(
                f"<b>{number}. {_html.esc(stage.label(self.lang))}</b> — "
                f"<i>{_html.esc(stage.question(self.lang))}</i>"
            )
            parts: list[widgets.Widget] = [label, area]
            if stage is SostacStage.OBJECTIVES:
                parts.append(self.smart_badges)
            block = widgets.VBox(parts)
            block.add_class("smm-block")
            rows.append(block)
        credit = widgets.HTML(f'<div class="smm-small">{_html.esc(CREDIT.get(self.lang))}</div>')
        return widgets.VBox([*rows, credit])

    def _read(self) -> dict[str, str]:
        return {stage_id: area.value for stage_id, area in self.stages.items()}

    def _write(self, answer: dict[str, str]) -> None:
        for stage_id, area in self.stages.items():
            area.value = answer.get(stage_id, "")

    def _after_change(self) -> None:
        self.model.answer = self._read()
        try:
            details = self.model.smart().details  # type: ignore[attr-defined]
        except Exception:
            details = {}
        badges = []
        for name, letter in SMART_BADGES:
            on = bool(details.get(name))
            state = wt("sostac.badge_on" if on else "sostac.badge_off", self.lang)
            tip = f"{wt(f'sostac.{name}', self.lang)}: {state}"
            badges.append(
                f'<span class="smm-badge smm-badge--{"on" if on else "off"} '
                f'smm-sostac-smart-{name}" title="{_html.esc(tip)}">'
                f"{letter} {'✔' if on else '·'}</span>"
            )
        legend = _html.esc(wt("sostac.smart_legend", self.lang))
        self.smart_badges.value = "".join(badges) + f' <span class="smm-small">{legend}</span>'

    def _solution_html(self, solution: Any) -> str:
        answer = self.model.normalize(solution)
        return _html.table((s.label(self.lang), answer[s.id]) for s in STAGES)
