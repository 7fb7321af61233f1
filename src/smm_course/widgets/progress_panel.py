"""ProgressPanel: per lesson, self-checks done and passed and attempts, as a table and a chart."""

from __future__ import annotations

import html
import io
from collections.abc import Sequence

import ipywidgets as widgets

from smm_course.i18n import get_language, normalize_language, t
from smm_course.progress import LessonProgress, progress
from smm_course.widgets.explained import Explained
from smm_course.workbook import Workbook

__all__ = ["ProgressPanel", "table_html"]

STYLE = """<style>
.smm-progress-table table{border-collapse:collapse;margin:4px 0}
.smm-progress-table th,.smm-progress-table td{padding:3px 10px;text-align:left;
border-bottom:1px solid rgba(127,127,127,.25)}
.smm-progress-table td.num{text-align:right}
.smm-progress-table tr.smm-progress--completed td{color:#1b7f3b}
.smm-progress-table tr.smm-progress--solution_seen td{color:#6b3fa0}
.smm-progress-table tfoot td{font-weight:bold}
</style>"""


def table_html(rows: Sequence[LessonProgress], lang: str | None = None) -> str:
    """The progress rows as an escaped HTML table with a total line."""
    names = ("lesson", "done", "passed", "solution_seen", "attempts", "status")
    head = "".join(f"<th>{html.escape(t(f'progress.col.{n}', lang))}</th>" for n in names)
    body = []
    for row in rows:
        cells = (
            f"<td>{html.escape(f'{row.lesson[1:]} · {row.title}')}</td>"
            f'<td class="num">{row.done}/{row.total}</td>'
            f'<td class="num">{row.passed}/{row.total}</td>'
            f'<td class="num">{row.solution_seen}</td>'
            f'<td class="num">{row.attempts}</td>'
            f"<td>{html.escape(t(f'progress.status.{row.status}', lang))}</td>"
        )
        body.append(f'<tr class="smm-progress--{html.escape(row.status)}">{cells}</tr>')
    total = sum(r.total for r in rows)
    foot = (
        f"<tr><td>{html.escape(t('export.progress.total', lang))}</td>"
        f'<td class="num">{sum(r.done for r in rows)}/{total}</td>'
        f'<td class="num">{sum(r.passed for r in rows)}/{total}</td>'
        f'<td class="num">{sum(r.solution_seen for r in rows)}</td>'
        f'<td class="num">{sum(r.attempts for r in rows)}</td><td></td></tr>'
    )
    return (
        f"{STYLE}<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>"
        f"<tfoot>{foot}</tfoot></table>"
    )


def _chart_png(rows: Sequence[LessonProgress], lang: str) -> bytes:
    from smm_course import plots

    # the table's "00 · Benvenuto", not the internal id "l00"
    records = [{**row.as_dict(), "lesson": row.lesson[1:]} for row in rows]
    fig = plots.progress_figure(records, lang=lang)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi)
    return buffer.getvalue()


class ProgressPanel(Explained):
    """The learner's progress per lesson, with an «Aggiorna» button that reads the workbook again.

    `.widget` is the ipywidgets tree, `.rows` the last rows read, `.refresh()` what the
    button does.
    """

    def __init__(self, workbook: Workbook | None = None, lang: str | None = None) -> None:
        self.lang = normalize_language(lang) if lang else get_language()
        self._workbook = workbook
        self.rows: list[LessonProgress] = []
        self.title = widgets.HTML(f"<h3>{html.escape(t('export.progress.title', self.lang))}</h3>")
        self.message = widgets.HTML("")
        self.table = widgets.HTML("")
        self.table.add_class("smm-progress-table")
        self.chart = widgets.Image(format="png", layout=widgets.Layout(max_width="900px"))
        self.chart.add_class("smm-progress-chart")
        label = t("export.progress.refresh", self.lang)
        self.refresh_button = widgets.Button(description=label, icon="refresh", tooltip=label)
        self.refresh_button.add_class("smm-progress-refresh")
        self.refresh_button.on_click(lambda _b: self.refresh())
        self.widget = widgets.VBox(
            [self.title, self.refresh_button, self.message, self.table, self.chart]
        )
        self.widget.add_class("smm-progress")
        self.refresh()

    def refresh(self) -> list[LessonProgress]:
        """Read the workbook again and redraw the table and the chart."""
        notes: list[str] = []
        try:
            book = self._workbook if self._workbook is not None else Workbook.open()
            self.rows = progress(book, lang=self.lang)
            notes += book.warnings
        except Exception as exc:  # the panel reports a workbook problem, it never breaks
            notes.append(str(exc))
        self.table.value = table_html(self.rows, self.lang)
        try:
            self.chart.value = _chart_png(self.rows, self.lang)
            self.chart.layout.display = None
        except Exception:
            self.chart.layout.display = "none"
            notes.append(t("export.progress.no_chart", self.lang))
        self.message.value = "".join(f"<p>⚠ {html.escape(n)}</p>" for n in dict.fromkeys(notes))
        return self.rows
