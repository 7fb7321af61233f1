"""A table form the learner grows row by row (Aggiungi riga): typed columns, saved as typed."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import ipywidgets as widgets

from smm_course.checks.placeholder import placeholder_reason
from smm_course.frameworks.concepts import Text
from smm_course.i18n import t
from smm_course.widgets import _html
from smm_course.widgets._inputs import mapping_of, text_of
from smm_course.widgets.base import BaseForm
from smm_course.widgets.model import FormModel

__all__ = ["Column", "RowTableForm", "RowTableModel", "parse_euros"]

MAX_ROWS = 40
MAX_TEXT = 50_000  # a cell longer than this is cut when saved
KINDS = ("text", "choice", "multi", "number")


@dataclass(frozen=True)
class Column:
    """One column: id (the saved key), label, kind (text|choice|multi|number), choices."""

    id: str
    label: Text
    kind: str = "text"
    choices: tuple[tuple[Text, str], ...] = ()  # (label, stored value)
    width: str = "160px"

    def choice_label(self, value: str, lang: str) -> str:
        """The label of a stored choice (the value itself when unknown)."""
        return next((lab.get(lang) for lab, v in self.choices if v == value), value)


def parse_euros(value: Any) -> float | None:
    """An amount from a number or an Italian text ('1.500', '150,50 €'); None if unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    text = str(value or "").replace("€", "").replace("euro", "").strip()
    if not text or len(text) > 30:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") == 1 and len(text.split(".")[1]) == 3:
        text = text.replace(".", "")  # 1.500 is one thousand five hundred
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _cell_of(row: dict[str, Any], column: Column) -> Any:
    """The row's value for `column`: by id, else by a key starting like it ("fase RACE")."""
    if column.id in row:
        return row[column.id]
    return next((v for k, v in row.items() if k.casefold().startswith(column.id)), None)


def _choice_value(column: Column, cell: Any) -> str:
    """A stored choice from its value or from either of its labels ('Reach' -> 'reach')."""
    from smm_course.frameworks.concepts import fold

    wanted = fold(text_of(cell))
    for label, value in column.choices:
        if wanted and wanted in (fold(value), fold(label.it), fold(label.en)):
            return value
    for label, value in column.choices:  # a KPI label without its stage: "Copertura"
        if wanted and fold(label.it).startswith(wanted + " "):
            return value
    return ""


def _shown_number(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:g}".replace(".", ",")
    return text_of(value)


class RowTableModel(FormModel):
    """Answer: a list of rows {column id: text | choice | [choices] | number or text as typed}."""

    form = "rows"
    columns: tuple[Column, ...] = ()
    start_rows = 3

    def empty_answer(self) -> list[dict[str, Any]]:
        return [self.empty_row() for _ in range(self.start_rows)]

    def empty_row(self) -> dict[str, Any]:
        """A row with nothing written."""
        return {c.id: ([] if c.kind == "multi" else "") for c in self.columns}

    def normalize(self, value: Any) -> list[dict[str, Any]]:
        rows = value if isinstance(value, (list, tuple)) else []
        clean = []
        for raw in list(rows)[:MAX_ROWS]:
            given = mapping_of(raw)
            row = self.empty_row()
            for column in self.columns:
                cell = _cell_of(given, column)
                if column.kind == "multi":
                    allowed = {v for _lab, v in column.choices}
                    items = cell if isinstance(cell, (list, tuple)) else []
                    row[column.id] = [
                        v for _lab, v in column.choices if v in items and v in allowed
                    ]
                elif column.kind == "choice":
                    row[column.id] = _choice_value(column, cell)
                elif column.kind == "number":
                    number = parse_euros(cell)
                    row[column.id] = number if number is not None else text_of(cell)[:MAX_TEXT]
                else:
                    row[column.id] = text_of(cell)[:MAX_TEXT]
            clean.append(row)
        return clean

    def filled_rows(self, answer: Sequence[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
        """(row number from 1, row) for every row with something written in it."""
        return [
            (n, row)
            for n, row in enumerate(answer, start=1)
            if any(row.get(c.id) not in ("", [], None) for c in self.columns)
        ]

    def row_problems(self, number: int, row: dict[str, Any]) -> list[str]:
        """What is missing or wrong in one row, in the learner's language."""
        problems = []
        for column in self.columns:
            cell = row.get(column.id)
            label = column.label.get(self.lang)
            if cell in ("", [], None):
                problems.append(t("business.rows.missing", self.lang, n=number, column=label))
            elif column.kind == "number":
                if not isinstance(cell, (int, float)):
                    problems.append(
                        t("business.rows.not_number", self.lang, n=number, column=label, text=cell)
                    )
                elif cell < 0:
                    problems.append(t("business.rows.negative", self.lang, n=number, column=label))
            elif column.kind == "text" and placeholder_reason(cell, min_words=1):
                problems.append(
                    t("business.rows.placeholder", self.lang, n=number, column=label, text=cell)
                )
        return problems


class RowTableForm(BaseForm):
    """The view of a RowTableModel: a header, one line of inputs per row, Aggiungi riga."""

    def _build_inputs(self) -> widgets.Widget:
        model: RowTableModel = self.model  # type: ignore[assignment]
        self.row_box = widgets.VBox([])
        self.row_inputs: list[dict[str, Any]] = []
        header = widgets.HBox(
            [
                widgets.HTML(
                    f"<b>{_html.esc(c.label.get(self.lang))}</b>",
                    layout=widgets.Layout(width=c.width),
                )
                for c in model.columns
            ]
        )
        self.add_button = self._button("add-row", t("business.rows.add", self.lang), "plus", "info")
        self.add_button.on_click(lambda _b: self.add_row())
        return widgets.VBox([header, self.row_box, self.add_button])

    def add_row(self) -> None:
        """Append an empty row (Aggiungi riga) and save."""
        model: RowTableModel = self.model  # type: ignore[assignment]
        rows = self._read()
        if len(rows) >= MAX_ROWS:
            return
        rows.append(model.empty_row())
        self.answer = rows

    def remove_row(self, index: int) -> None:
        """Remove row `index` (from 0) and save."""
        rows = self._read()
        if 0 <= index < len(rows):
            del rows[index]
            self.answer = rows

    def _cell_widget(self, column: Column) -> Any:
        if column.kind == "choice":
            options = [(t("business.rows.choose", self.lang), "")]
            options += [(lab.get(self.lang), v) for lab, v in column.choices]
            return widgets.Dropdown(
                options=options, value="", layout=widgets.Layout(width=column.width)
            )
        if column.kind == "multi":
            boxes = {
                v: widgets.Checkbox(value=False, description=lab.get(self.lang), indent=False)
                for lab, v in column.choices
            }
            for value, box in boxes.items():
                self.watch(box)
                box.add_class(f"smm-choice-{value}")
            holder = widgets.VBox(list(boxes.values()), layout=widgets.Layout(width=column.width))
            holder.boxes = boxes  # type: ignore[attr-defined]
            return holder
        placeholder = (
            t("business.rows.number_placeholder", self.lang) if column.kind == "number" else ""
        )
        return widgets.Text(
            value="", placeholder=placeholder, layout=widgets.Layout(width=column.width)
        )

    def _make_row(self, index: int) -> widgets.Widget:
        model: RowTableModel = self.model  # type: ignore[assignment]
        cells: dict[str, Any] = {}
        parts = []
        for column in model.columns:
            cell = self._cell_widget(column)
            if column.kind != "multi":
                self.watch(cell)
            cells[column.id] = self.css(cell, column.id)
            parts.append(cell)
        remove = widgets.Button(
            description="", icon="trash", tooltip=t("business.rows.remove", self.lang)
        )
        remove.layout.width = "36px"
        remove.on_click(lambda _b, i=index: self.remove_row(i))
        parts.append(self.css(remove, "remove-row"))
        line = widgets.HBox(parts, layout=widgets.Layout(align_items="flex-start"))
        line.add_class(f"smm-{self.form}-row")
        self.row_inputs.append(cells)
        return line

    def _read(self) -> list[dict[str, Any]]:
        model: RowTableModel = self.model  # type: ignore[assignment]
        rows = []
        for cells in self.row_inputs:
            row: dict[str, Any] = {}
            for column in model.columns:
                widget = cells[column.id]
                if column.kind == "multi":
                    row[column.id] = [v for v, box in widget.boxes.items() if box.value]
                else:
                    row[column.id] = widget.value
            rows.append(row)
        return model.normalize(rows)

    def _write(self, answer: list[dict[str, Any]]) -> None:
        model: RowTableModel = self.model  # type: ignore[assignment]
        rows = answer or []
        if len(self.row_inputs) != len(rows):
            self.row_inputs = []
            self.row_box.children = tuple(self._make_row(i) for i in range(len(rows)))
        for cells, row in zip(self.row_inputs, rows, strict=True):
            for column in model.columns:
                widget, value = cells[column.id], row.get(column.id)
                if column.kind == "multi":
                    for v, box in widget.boxes.items():
                        box.value = v in (value or [])
                elif column.kind == "number":
                    widget.value = _shown_number(value)
                else:
                    widget.value = value if isinstance(value, str) else ""

    def _solution_html(self, solution: Any) -> str:
        model: RowTableModel = self.model  # type: ignore[assignment]
        if not isinstance(solution, list):
            return super()._solution_html(solution)
        head = "".join(f"<th>{_html.esc(c.label.get(self.lang))}</th>" for c in model.columns)
        body = []
        for row in model.normalize(solution):
            cells = []
            for column in model.columns:
                value = row.get(column.id)
                if column.kind in ("choice", "multi"):
                    values = value if isinstance(value, list) else [value]
                    value = ", ".join(column.choice_label(v, self.lang) for v in values if v)
                cells.append(f"<td>{_html.esc(_shown_number(value))}</td>")
            body.append(f"<tr>{''.join(cells)}</tr>")
        return f'<table class="smm-table"><tr>{head}</tr>{"".join(body)}</table>'
