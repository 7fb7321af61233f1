"""ExportPanel: the «Esporta» button of lesson 07 that writes the learner's Documento Strategico."""

from __future__ import annotations

import contextlib
import html
import os
from pathlib import Path
from types import SimpleNamespace

import ipywidgets as widgets

from smm_course.errors import UserError
from smm_course.export import FORMATS, ExportResult, export_document
from smm_course.export.sections import DOCUMENT_ID
from smm_course.i18n import get_language, normalize_language, t
from smm_course.widgets.explained import Explained
from smm_course.workbook import Workbook

__all__ = ["ExportPanel"]

FORMAT_LABELS = {"md": "Markdown (.md)", "html": "HTML (.html)", "pdf": "PDF (.pdf)"}


class ExportPanel(Explained):
    """Format checkboxes, an «Esporta» button and the paths written.

    A successful export is recorded as an attempt at the capstone self-check
    `l07.documento`: passed when every section of the document is complete.
    """

    def __init__(
        self,
        workbook: Workbook | None = None,
        out_dir: str | os.PathLike[str] | None = None,
        formats: tuple[str, ...] = FORMATS,
        brand: str | None = None,
        lang: str | None = None,
    ) -> None:
        self.lang = normalize_language(lang) if lang else get_language()
        self._workbook = workbook
        self.out_dir = Path(out_dir) if out_dir is not None else Path.cwd()
        self.brand = brand
        self.last_result: ExportResult | None = None
        self.title = widgets.HTML(f"<h3>{html.escape(t('export.panel.title', self.lang))}</h3>")
        text = t("export.panel.instructions", self.lang, folder=str(self.out_dir))
        self.instructions = widgets.HTML(f"<p>{html.escape(text)}</p>")
        self.checkboxes: dict[str, widgets.Checkbox] = {}
        for fmt in FORMATS:
            box = widgets.Checkbox(
                value=fmt in formats, description=FORMAT_LABELS[fmt], indent=False
            )
            box.add_class("smm-export-format")
            box.add_class(f"smm-export-format-{fmt}")
            box.layout.width = "auto"
            self.checkboxes[fmt] = box
        label = t("export.panel.run", self.lang)
        self.run_button = widgets.Button(
            description=label, icon="file-text-o", button_style="primary", tooltip=label
        )
        self.run_button.add_class("smm-export-run")
        self.run_button.on_click(lambda _b: self.run())
        self.result = widgets.HTML("")
        self.result.add_class("smm-export-result")
        self.widget = widgets.VBox(
            [
                self.title,
                self.instructions,
                widgets.HBox(list(self.checkboxes.values())),
                self.run_button,
                self.result,
            ]
        )
        self.widget.add_class("smm-export")

    @property
    def formats(self) -> tuple[str, ...]:
        """The formats ticked."""
        return tuple(fmt for fmt, box in self.checkboxes.items() if box.value)

    def run(self) -> ExportResult | None:
        """Export in the ticked formats (what the button does); None and a message on failure."""
        self.run_button.disabled = True
        self.result.value = f"<p>{html.escape(t('export.panel.running', self.lang))}</p>"
        try:
            book = self._workbook if self._workbook is not None else Workbook.open()
            result = export_document(
                book, self.out_dir, self.formats, brand=self.brand, lang=self.lang
            )
        except UserError as exc:
            self.result.value = self._error(str(exc))
            return None
        except Exception as exc:  # a failed export must leave the lesson usable
            self.result.value = self._error(f"{type(exc).__name__}: {exc}")
            return None
        finally:
            self.run_button.disabled = False
        self.last_result = result
        self._record(book, result)
        self.result.value = self._result_html(result)
        return result

    def _record(self, book: Workbook, result: ExportResult) -> None:
        # lesson 07's self-check asks for the sections of lessons 01-07; lesson 08's comes later
        needed = result.document.sections_up_to(DOCUMENT_ID.split(".")[0])
        done = sum(section.complete for section in needed)
        outcome = {"score": done, "max_score": len(needed), "passed": done == len(needed)}
        with contextlib.suppress(Exception):  # progress is a bonus: the files are written
            book.record_attempt(DOCUMENT_ID, SimpleNamespace(**outcome))

    def _error(self, message: str) -> str:
        text = t("export.panel.error", self.lang, message=message)
        return f'<p class="smm-export-error">⚠ {html.escape(text)}</p>'

    def _result_html(self, result: ExportResult) -> str:
        items = []
        for path in result.paths.values():
            shown = html.escape(str(path))
            try:
                rel = Path(os.path.relpath(path, Path.cwd()))
            except ValueError:  # another drive (Windows)
                rel = None
            if rel is not None and ".." not in rel.parts:
                href = html.escape(rel.as_posix(), quote=True)
                items.append(f'<li><a href="{href}" target="_blank">{shown}</a></li>')
            else:
                items.append(f"<li>{shown}</li>")
        document = result.document
        status = t(
            "export.status", self.lang, done=document.completed, total=len(document.sections)
        )
        todo = [s.title for s in document.sections if not s.complete]
        extra = ""
        if todo:
            missing = t("export.cli.incomplete", self.lang, sections="; ".join(todo))
            extra = f"<p>{html.escape(missing)}</p>"
        return (
            f"<p><b>{html.escape(t('export.panel.written', self.lang))}</b></p>"
            f"<ul>{''.join(items)}</ul><p>{html.escape(status)}</p>{extra}"
        )
