"""TouchpointSorter: classify touchpoints by phase, digital/physical and managed/spontaneous."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.concepts import Concept, Text
from smm_course.frameworks.touchpoints import EXAMPLES, Control, Nature, Phase, Touchpoint
from smm_course.widgets import _html
from smm_course.widgets._inputs import choice_of, mapping_of
from smm_course.widgets._items import item_label, item_name, item_slug
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import slug, wt

DIMENSIONS: dict[str, type[Concept]] = {"phase": Phase, "nature": Nature, "control": Control}
Item = Touchpoint | Text | str


class TouchpointModel(FormModel):
    """Answer: {item id: {"phase": id, "nature": id, "control": id}} (None where not chosen)."""

    form = "touchpoints"

    def __init__(
        self,
        exercise_id: str,
        items: Sequence[Item] | None = None,
        key: Mapping[str, Mapping[Any, Any]] | None = None,
        **options: Any,
    ) -> None:
        self.items: tuple[Item, ...] = tuple(items) if items is not None else EXAMPLES
        self.ids = tuple(item_slug(i) for i in self.items)
        self.key = self._key(key or {})
        super().__init__(exercise_id, **options)

    def _key(self, given: Mapping[str, Mapping[Any, Any]]) -> dict[str, dict[str, Any]]:
        """{dimension: {item id: member or set of members}} from the Touchpoints and `given`."""
        table: dict[str, dict[str, Any]] = {dim: {} for dim in DIMENSIONS}
        for item, item_id in zip(self.items, self.ids, strict=True):
            if isinstance(item, Touchpoint):
                table["phase"][item_id] = set(item.phases)
                table["nature"][item_id] = item.nature
                table["control"][item_id] = item.control
        for dim, mapping in given.items():
            if dim in table:
                for name, value in mapping.items():
                    table[dim][item_slug(name) if not isinstance(name, str) else slug(name)] = value
        return table

    def empty_answer(self) -> dict[str, dict[str, str | None]]:
        return {item_id: dict.fromkeys(DIMENSIONS) for item_id in self.ids}

    def normalize(self, value: Any) -> dict[str, dict[str, str | None]]:
        given = mapping_of(value)
        answer = self.empty_answer()
        for item_id in self.ids:
            row = mapping_of(given.get(item_id))
            for dim, concept in DIMENSIONS.items():
                member = concept.from_any(row.get(dim)) if row.get(dim) is not None else None
                answer[item_id][dim] = choice_of(member.id if member else None, concept.ids())
        return answer

    def evaluate(self, answer: dict[str, dict[str, str | None]]) -> Feedback:
        from smm_course.checks import (
            check_touchpoint_control,
            check_touchpoint_nature,
            check_touchpoint_phase,
        )

        checkers = {
            "phase": check_touchpoint_phase,
            "nature": check_touchpoint_nature,
            "control": check_touchpoint_control,
        }
        parts = []
        for dim, checker in checkers.items():
            names = {i: item_name(item) for i, item in zip(self.ids, self.items, strict=True)}
            key = {names[i]: v for i, v in self.key[dim].items() if i in names}
            if not key:
                continue
            given = {
                item_label(item, self.lang): answer[i][dim]
                for i, item in zip(self.ids, self.items, strict=True)
            }
            part = checker(given, key, lang=self.lang)
            label = wt(f"touchpoints.{dim}", self.lang)
            messages = tuple(f"{label} — {m}" if n == 0 else m for n, m in enumerate(part.messages))
            parts.append(
                Feedback(
                    part.score, part.max_score, part.passed, messages, part.hints, lang=self.lang
                )
            )
        if not parts:
            return Feedback.empty(wt("common.no_key", self.lang), lang=self.lang)
        return Feedback.combine(parts, lang=self.lang)

    def default_solution(self) -> dict[str, str] | None:
        if not any(self.key.values()):
            return None
        solution = {}
        for item_id, item in zip(self.ids, self.items, strict=True):
            cells = []
            for dim, concept in DIMENSIONS.items():
                value = self.key[dim].get(item_id)
                values = value if isinstance(value, (set, frozenset, list, tuple)) else [value]
                members = [concept.from_any(v) for v in values if v is not None]
                cells.append(" + ".join(m.label(self.lang) for m in concept if m in members))
            solution[item_label(item, self.lang)] = " · ".join(c for c in cells if c)
        return solution


class TouchpointSorter(StandardForm):
    """One row per touchpoint with three Dropdowns: phase, digital/physical, managed/spontaneous."""

    model_class = TouchpointModel
    default_exercise_id = "l01.touchpoints"

    def __init__(
        self,
        exercise_id: str | None = None,
        *,
        items: Sequence[Item] | None = None,
        key: Mapping[str, Mapping[Any, Any]] | None = None,
        **options: Any,
    ) -> None:
        """`items` to sort and their `key` (default: the examples); `options`: every form's."""
        super().__init__(exercise_id, items=items, key=key, **options)

    def _build_inputs(self) -> widgets.Widget:
        model: TouchpointModel = self.model  # type: ignore[assignment]
        choose = wt("common.choose", self.lang)
        header = [widgets.HTML(f"<b>{_html.esc(wt('touchpoints.item', self.lang))}</b>")]
        header += [
            widgets.HTML(f"<b>{_html.esc(wt(f'touchpoints.{dim}', self.lang))}</b>")
            for dim in DIMENSIONS
        ]
        cells: list[widgets.Widget] = list(header)
        self.dropdowns: dict[str, dict[str, widgets.Dropdown]] = {}
        for index, (item_id, item) in enumerate(zip(model.ids, model.items, strict=True)):
            cells.append(
                self.css(widgets.HTML(_html.esc(item_label(item, self.lang))), f"{index}-name")
            )
            row = {}
            for dim, concept in DIMENSIONS.items():
                options = [(choose, None)] + [(m.label(self.lang), m.id) for m in concept]
                dropdown = widgets.Dropdown(options=options, value=None)
                dropdown.layout.width = "auto"
                row[dim] = self.watch(self.css(dropdown, f"{index}-{dim}"))
                cells.append(dropdown)
            self.dropdowns[item_id] = row
        return widgets.GridBox(
            cells,
            layout=widgets.Layout(
                grid_template_columns="minmax(180px, 2fr) repeat(3, minmax(130px, 1fr))",
                grid_gap="4px 10px",
                align_items="center",
            ),
        )

    def _read(self) -> dict[str, dict[str, str | None]]:
        return {
            item_id: {dim: d.value for dim, d in row.items()}
            for item_id, row in self.dropdowns.items()
        }

    def _write(self, answer: dict[str, dict[str, str | None]]) -> None:
        for item_id, row in self.dropdowns.items():
            for dim, dropdown in row.items():
                dropdown.value = answer.get(item_id, {}).get(dim)
