"""ChannelMatrix: each channel direct or indirect, and the channel phases it serves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.channels import EXAMPLES, Channel, ChannelPhase, ChannelType
from smm_course.frameworks.concepts import Text
from smm_course.widgets import _html
from smm_course.widgets._inputs import choice_of, mapping_of
from smm_course.widgets._items import item_label, item_name, item_slug
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt

PHASES: tuple[ChannelPhase, ...] = tuple(ChannelPhase)
Item = Channel | Text | str


class ChannelModel(FormModel):
    """Answer: {channel id: {"type": "direct"|"indirect"|None, "phases": [phase ids]}}."""

    form = "channels"

    def __init__(
        self,
        exercise_id: str,
        channels: Sequence[Item] | None = None,
        type_key: Mapping[Any, Any] | None = None,
        phase_key: Mapping[Any, Any] | None = None,
        **options: Any,
    ) -> None:
        self.channels: tuple[Item, ...] = tuple(channels) if channels is not None else EXAMPLES
        self.ids = tuple(item_slug(c) for c in self.channels)
        names = {item_slug(c): item_name(c) for c in self.channels}
        self.type_key: dict[Any, Any] = {
            names[i]: c.type
            for i, c in zip(self.ids, self.channels, strict=True)
            if isinstance(c, Channel)
        }
        for item, value in (type_key or {}).items():
            self.type_key[names.get(item_slug(item), item_name(item))] = value
        self.phase_key = {
            names.get(item_slug(item), item_name(item)): value
            for item, value in (phase_key or {}).items()
        }
        super().__init__(exercise_id, **options)

    def empty_answer(self) -> dict[str, dict[str, Any]]:
        return {i: {"type": None, "phases": []} for i in self.ids}

    def normalize(self, value: Any) -> dict[str, dict[str, Any]]:
        given = mapping_of(value)
        answer = self.empty_answer()
        for item_id in self.ids:
            row = mapping_of(given.get(item_id))
            kind = ChannelType.from_any(row.get("type")) if row.get("type") else None
            answer[item_id]["type"] = choice_of(kind.id if kind else None, ChannelType.ids())
            raw = row.get("phases")
            phases = {ChannelPhase.from_any(p) for p in raw} if isinstance(raw, list) else set()
            answer[item_id]["phases"] = [p.id for p in PHASES if p in phases]
        return answer

    def evaluate(self, answer: dict[str, dict[str, Any]]) -> Feedback:
        from smm_course.checks import check_channel_phase, check_channel_type

        parts = []
        if self.type_key:
            given = {
                item_label(c, self.lang): answer[i]["type"]
                for i, c in zip(self.ids, self.channels, strict=True)
            }
            part = check_channel_type(given, self.type_key, lang=self.lang)
            parts.append(self._labelled(part, "channels.type"))
        if self.phase_key:
            given = {
                item_label(c, self.lang): answer[i]["phases"]
                for i, c in zip(self.ids, self.channels, strict=True)
            }
            part = check_channel_phase(given, self.phase_key, lang=self.lang)
            parts.append(self._labelled(part, "channels.phases"))
        else:
            parts.append(self._coverage(answer))
        return Feedback.combine(parts, lang=self.lang)

    def _labelled(self, part: Feedback, key: str) -> Feedback:
        label = wt(key, self.lang)
        messages = tuple(f"{label} — {m}" if n == 0 else m for n, m in enumerate(part.messages))
        return Feedback(
            part.score, part.max_score, part.passed, messages, part.hints, lang=self.lang
        )

    def _coverage(self, answer: dict[str, dict[str, Any]]) -> Feedback:
        """Without a phase key: every channel must serve at least one phase."""
        empty = [
            item_label(c, self.lang)
            for i, c in zip(self.ids, self.channels, strict=True)
            if not answer[i]["phases"]
        ]
        messages = [wt("channels.no_phase", self.lang, channel=name) for name in empty]
        covered = {p for row in answer.values() for p in row["phases"]}
        lonely = [p.label(self.lang) for p in PHASES if p.id not in covered]
        if lonely and len(empty) < len(self.ids):
            messages.append(wt("channels.phase_uncovered", self.lang, phases=", ".join(lonely)))
        total = len(self.ids)
        return Feedback(
            float(total - len(empty)),
            float(total),
            not empty,
            tuple(messages) or (wt("channels.all_covered", self.lang),),
            lang=self.lang,
        )

    def default_solution(self) -> dict[str, str] | None:
        if not self.type_key:
            return None
        solution = {}
        for c in self.channels:
            value = self.type_key.get(item_name(c))
            kind = ChannelType.from_any(value) if value is not None else None
            solution[item_label(c, self.lang)] = kind.label(self.lang) if kind else ""
        return solution


class ChannelMatrix(StandardForm):
    """Channels x the five channel phases (checkboxes), plus direct/indirect per channel."""

    model_class = ChannelModel
    default_exercise_id = "l06.channels"

    def __init__(
        self,
        exercise_id: str | None = None,
        *,
        channels: Sequence[Item] | None = None,
        type_key: Mapping[Any, Any] | None = None,
        phase_key: Mapping[Any, Any] | None = None,
        **options: Any,
    ) -> None:
        """`channels` and their keys (default: the course's examples); `options`: every form's."""
        super().__init__(
            exercise_id, channels=channels, type_key=type_key, phase_key=phase_key, **options
        )

    def _build_inputs(self) -> widgets.Widget:
        model: ChannelModel = self.model  # type: ignore[assignment]
        head = [
            widgets.HTML(f"<b>{_html.esc(wt('channels.channel', self.lang))}</b>"),
            widgets.HTML(f"<b>{_html.esc(wt('channels.type', self.lang))}</b>"),
        ]
        head += [
            widgets.HTML(
                f'<b title="{_html.esc(" ".join(p.questions(self.lang)))}">'
                f"{_html.esc(p.label(self.lang))}</b>"
            )
            for p in PHASES
        ]
        cells: list[widgets.Widget] = list(head)
        self.types: dict[str, widgets.Dropdown] = {}
        self.phase_boxes: dict[str, dict[str, widgets.Checkbox]] = {}
        options = [(wt("common.choose", self.lang), None)] + [
            (k.label(self.lang), k.id) for k in ChannelType
        ]
        for index, (item_id, channel) in enumerate(zip(model.ids, model.channels, strict=True)):
            cells.append(
                self.css(widgets.HTML(_html.esc(item_label(channel, self.lang))), f"{index}-name")
            )
            dropdown = widgets.Dropdown(
                options=options, value=None, layout=widgets.Layout(width="auto")
            )
            self.types[item_id] = self.watch(self.css(dropdown, f"{index}-type"))
            cells.append(dropdown)
            boxes = {}
            for phase in PHASES:
                box = widgets.Checkbox(
                    value=False,
                    indent=False,
                    description="",
                    tooltip=f"{item_label(channel, self.lang)} · {phase.label(self.lang)}",
                    layout=widgets.Layout(width="auto"),
                )
                boxes[phase.id] = self.watch(self.css(box, f"{index}-{phase.id}"))
                cells.append(box)
            self.phase_boxes[item_id] = boxes
        return widgets.GridBox(
            cells,
            layout=widgets.Layout(
                grid_template_columns=(
                    "minmax(160px, 2fr) minmax(120px, 1fr) "
                    f"repeat({len(PHASES)}, minmax(70px, 1fr))"
                ),
                grid_gap="4px 8px",
                align_items="center",
            ),
        )

    def _read(self) -> dict[str, dict[str, Any]]:
        return {
            item_id: {
                "type": self.types[item_id].value,
                "phases": [pid for pid, box in self.phase_boxes[item_id].items() if box.value],
            }
            for item_id in self.types
        }

    def _write(self, answer: dict[str, dict[str, Any]]) -> None:
        for item_id, dropdown in self.types.items():
            row = answer.get(item_id, {})
            dropdown.value = row.get("type")
            for pid, box in self.phase_boxes[item_id].items():
                box.value = pid in row.get("phases", [])
