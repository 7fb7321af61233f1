"""BMCForm: the nine Business Model Canvas blocks laid out like the canvas, with export."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks import bmc
from smm_course.widgets import _html
from smm_course.widgets._inputs import mapping_of, text_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt
from smm_course.workbook import course_home


class BMCModel(FormModel):
    """A canvas answer: {block id: text} for the nine blocks."""

    form = "bmc"

    def empty_answer(self) -> dict[str, str]:
        return {block.id: "" for block in bmc.Block}

    def normalize(self, value: Any) -> dict[str, str]:
        given = mapping_of(value)
        answer = self.empty_answer()
        for key, text in given.items():
            block = bmc.Block.from_any(key)
            if block is not None:
                answer[block.id] = text_of(text)
        return answer

    def evaluate(self, answer: dict[str, str]) -> Feedback:
        from smm_course.checks import check_canvas

        return check_canvas(answer, lang=self.lang)


class BMCForm(StandardForm):
    """The Business Model Canvas: nine text blocks in canvas layout, checks and PNG/PDF export."""

    model_class = BMCModel
    default_exercise_id = "l02.canvas"

    def __init__(
        self,
        exercise_id: str | None = None,
        *,
        export_dir: str | os.PathLike[str] | None = None,
        **options: Any,
    ) -> None:
        """`export_dir`: where the PNG and PDF go; `options`: those of every form."""
        self.export_dir = Path(export_dir) if export_dir is not None else None
        self.exported: list[Path] = []
        super().__init__(exercise_id, **options)

    def _build_inputs(self) -> widgets.Widget:
        self.blocks: dict[str, widgets.Textarea] = {}
        cells = []
        for block in bmc.CANVAS_ORDER:
            questions = block.questions(self.lang)
            area = widgets.Textarea(
                placeholder="\n".join(questions),
                tooltip=block.definition(self.lang),
                continuous_update=False,
                layout=widgets.Layout(width="100%", height="100%", min_height="90px"),
            )
            self.blocks[block.id] = self.watch(self.css(area, block.id))
            label = widgets.HTML(
                f"<b>{block.number}. {_html.esc(block.label(self.lang))}</b>"
                f'<div class="smm-small">{_html.esc(" ".join(questions))}</div>'
            )
            pos = block.position
            cell = widgets.VBox(
                [label, area],
                layout=widgets.Layout(
                    grid_area=f"{pos.row + 1} / {pos.col + 1} / span {pos.rowspan} / "
                    f"span {pos.colspan}",
                    min_width="0",
                ),
            )
            cell.add_class("smm-block")
            cells.append(cell)
        grid = widgets.GridBox(
            cells,
            layout=widgets.Layout(
                grid_template_columns=f"repeat({bmc.GRID_COLS}, minmax(0, 1fr))",
                grid_template_rows=f"repeat({bmc.GRID_ROWS}, minmax(170px, auto))",
                grid_gap="6px",
                width="100%",
            ),
        )
        credit = widgets.HTML(
            f'<div class="smm-small">{_html.esc(bmc.CREDIT.get(self.lang))}</div>'
        )
        self.export_paths = self._html("export-paths", "")
        return widgets.VBox([grid, credit, self.export_paths])

    def _extra_buttons(self) -> list[widgets.Widget]:
        self.export_button = self._button("export", wt("bmc.export", self.lang), "download", "info")
        self.export_button.on_click(lambda _b: self.export())
        return [self.export_button]

    def _read(self) -> dict[str, str]:
        return {block_id: area.value for block_id, area in self.blocks.items()}

    def _write(self, answer: dict[str, str]) -> None:
        for block_id, area in self.blocks.items():
            area.value = answer.get(block_id, "")

    def _solution_html(self, solution: Any) -> str:
        canvas = self.model.normalize(solution)
        rows = [(b.label(self.lang), canvas.get(b.id, "")) for b in bmc.Block]
        return _html.table(rows)

    def export(self, folder: str | os.PathLike[str] | None = None) -> list[Path]:
        """Save the canvas as PNG and PDF (default folder $SMM_COURSE_HOME/export); the paths."""
        from smm_course.plots import canvas_figure, save_figure

        target = Path(folder) if folder is not None else self.export_dir
        target = target if target is not None else course_home() / "export"
        canvas = self.answer
        self.model.save()
        stem = self.model.exercise_id.replace(".", "-")
        try:
            target.mkdir(parents=True, exist_ok=True)
            fig = canvas_figure(canvas, title=self._export_title(), lang=self.lang)
            paths = [Path(p) for p in save_figure(fig, target / stem, formats=("png", "pdf"))]
        except Exception as exc:
            self.export_paths.value = _html.box(
                "smm-warning", _html.esc(wt("bmc.export_failed", self.lang, reason=str(exc)))
            )
            return []
        self.exported = paths
        self.export_paths.value = _html.box(
            "smm-small",
            _html.esc(wt("bmc.exported", self.lang)) + _html.bullet_list(str(p) for p in paths),
        )
        return paths

    def _export_title(self) -> str:
        name = ""
        if self.model.workbook is not None:
            try:
                name = str(self.model.workbook.learner.get("name", "")).strip()
            except Exception:
                name = ""
        title = wt("bmc.export_title", self.lang)
        return f"{title} — {name}" if name else title
