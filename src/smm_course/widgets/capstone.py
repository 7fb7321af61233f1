"""Lesson 07 helpers: the document status table, forms shown only when missing, the summary."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.data import COMPANY
from smm_course.export import SECTION_SOURCES, collect
from smm_course.export.collect import form_name
from smm_course.export.model import Section, StrategyDocument
from smm_course.export.sections import lesson_label
from smm_course.i18n import t
from smm_course.widgets import _html
from smm_course.widgets._inputs import mapping_of, text_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.explained import ExplainedBox
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import form_lang, wt
from smm_course.workbook import Workbook

__all__ = [
    "SummaryForm",
    "SummaryModel",
    "form_if_missing",
    "missing_parts",
    "section_state",
    "section_status",
    "short_answer",
    "status_rows",
]

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

    from smm_course.checks import Exercise

STATE_ICONS = {"complete": "✔", "partial": "◐", "missing": "✘"}
MAX_SUMMARY_CHARS = 50_000  # a summary longer than this is cut when saved


def section_state(section: Section) -> str:
    """'complete', 'partial' (some work shown) or 'missing'."""
    if section.complete:
        return "complete"
    return "partial" if section.has_content else "missing"


def status_rows(document: StrategyDocument, lang: str | None = None) -> list[dict[str, str]]:
    """One row per section: state, the parts already written, the lessons to go back to."""
    code = form_lang(lang)
    columns = {
        key: wt(f"capstone.status.{key}", code) for key in ("section", "state", "done", "todo")
    }
    rows = []
    for section in document.sections:
        sources = section.sources or SECTION_SOURCES.get(section.id, ())
        done = [form_name(s, code) for s in sources if s not in section.missing]
        todo = [
            wt(
                "capstone.status.in_lesson",
                code,
                form=form_name(s, code),
                lesson=lesson_label(s, code),
            )
            for s in section.missing
        ]
        state = section_state(section)
        rows.append(
            {
                columns["section"]: f"{section.number}. {section.title}",
                columns["state"]: f"{STATE_ICONS[state]} {wt(f'capstone.state.{state}', code)}",
                columns["done"]: ", ".join(done) or "—",
                columns["todo"]: "; ".join(todo) or "—",
            }
        )
    return rows


def section_status(document: StrategyDocument | None = None, lang: str | None = None) -> Styler:
    """The status of every section of the document, as a table for the notebook."""
    import pandas as pd

    doc = document if document is not None else collect(lang=lang)
    table = pd.DataFrame(status_rows(doc, lang or doc.lang))
    return table.style.hide(axis="index").set_properties(**{"text-align": "left"})


def missing_parts(document: StrategyDocument | None = None) -> set[str]:
    """The exercise ids the document still needs."""
    doc = document if document is not None else collect()
    return {part for section in doc.sections for part in section.missing}


def _view(form: Any) -> widgets.Widget:
    return getattr(form, "widget", form)


def _own_form(exercise_id: str, lang: str) -> tuple[str, Callable[[], Any]] | None:
    """(own id, factory) when the document is about the learner's business, else None."""
    from smm_course.export.collect import CASE_ONLY
    from smm_course.frameworks.business import Subject, own_id
    from smm_course.widgets.own_forms import OWN_FORMS

    try:
        book = Workbook.open()
        profile = book.business_profile() if book.subject() is Subject.OWN else None
    except Exception:
        return None
    if profile is None:
        return None
    if exercise_id in CASE_ONLY:
        return "", lambda: None
    factory = OWN_FORMS.get(exercise_id)
    if factory is None:
        return None
    return own_id(exercise_id), lambda: factory(profile, lang)


def form_if_missing(
    exercise_id: str,
    make_form: Callable[[], Any],
    *,
    document: StrategyDocument | None = None,
    lang: str | None = None,
) -> ExplainedBox:
    """The form when its part is missing; else a note and a «Riapri» toggle that opens it.

    When the document is about the learner's own business, the form is the own-business one.
    """
    code = form_lang(lang)
    own = _own_form(exercise_id, code)
    if own is not None:
        exercise_id, make_form = own
        if not exercise_id:  # a case-study-only part: the learner's document does without it
            note = widgets.HTML(_html.paragraphs([t("business.capstone.case_only", code)]))
            note.add_class("smm-capstone-note")
            return ExplainedBox([note], code)
    values = {"form": form_name(exercise_id, code), "lesson": lesson_label(exercise_id, code)}
    if exercise_id in missing_parts(document):
        note = widgets.HTML(_html.paragraphs([wt("capstone.reopen.missing", code, **values)]))
        note.add_class("smm-capstone-note")
        box = ExplainedBox([note, _view(make_form())], code)
        box.add_class("smm-capstone")
        return box
    note = widgets.HTML(_html.paragraphs([wt("capstone.reopen.done", code, **values)]))
    note.add_class("smm-capstone-note")
    toggle = widgets.ToggleButton(description=wt("capstone.reopen.open", code), icon="pencil")
    toggle.add_class("smm-capstone-reopen")
    slot = widgets.VBox([])
    slot.add_class("smm-capstone-slot")

    def switch(change: dict[str, Any]) -> None:
        if change["new"]:
            slot.children = [_view(make_form())]
            toggle.description = wt("capstone.reopen.close", code)
        else:
            slot.children = []
            toggle.description = wt("capstone.reopen.open", code)

    toggle.observe(switch, names="value")
    box = ExplainedBox([note, toggle, slot], code)
    box.add_class("smm-capstone")
    return box


def _saved_text(exercise_id: str, workbook: Workbook | None) -> str:
    try:
        saved = (workbook or Workbook.open()).answer(exercise_id)
    except Exception:
        return ""
    if isinstance(saved, bool) or not isinstance(saved, (str, int, float)):
        return ""
    return str(saved)


def short_answer(
    exercise: Exercise,
    question: str,
    *,
    rows: int = 4,
    workbook: Workbook | None = None,
    lang: str | None = None,
) -> ExplainedBox:
    """A written answer (text or number) with Verifica, saved as in the lessons."""
    from smm_course.progress import check_and_save

    code = form_lang(lang)
    height = f"{rows * 1.6 + 1:.0f}em" if rows > 1 else None
    kind = widgets.Textarea if rows > 1 else widgets.Text
    field = kind(
        value=_saved_text(exercise.id, workbook), layout=widgets.Layout(width="100%", height=height)
    )
    field.add_class("smm-short-text")
    button = widgets.Button(
        description=wt("common.check", code), icon="check", button_style="primary"
    )
    button.add_class("smm-short-check")
    result = widgets.HTML("")
    result.add_class("smm-short-feedback")

    def on_check(_button: Any) -> None:
        try:
            feedback = check_and_save(exercise, field.value, workbook)
        except Exception as exc:  # a broken workbook must not lose the text in the box
            reason = type(exc).__name__
            feedback = Feedback(
                0.0, 1.0, False, (wt("common.internal_error", code, reason=reason),)
            )
        result.value = feedback.to_html(code)

    def on_type(change: dict[str, Any]) -> None:
        try:  # saved as typed, like every field of the forms; Verifica records the attempt
            (workbook or Workbook.open()).save_answer(exercise.id, change["new"])
        except Exception as exc:
            reason = type(exc).__name__
            result.value = Feedback(
                0.0, 1.0, False, (wt("common.internal_error", code, reason=reason),)
            ).to_html(code)

    field.observe(on_type, names="value")
    button.on_click(on_check)
    box = ExplainedBox([widgets.HTML(_html.paragraphs([question])), field, button, result], code)
    box.add_class("smm-short")
    return box


class SummaryModel(FormModel):
    """Answer: {"brand": name, "executive_summary": text}."""

    form = "summary"

    def empty_answer(self) -> dict[str, str]:
        return {"brand": "", "executive_summary": ""}

    def normalize(self, value: Any) -> dict[str, str]:
        if isinstance(value, str):
            return {"brand": "", "executive_summary": value[:MAX_SUMMARY_CHARS]}
        given = mapping_of(value)
        return {
            "brand": " ".join(text_of(given.get("brand")).split())[:120],
            "executive_summary": text_of(given.get("executive_summary"))[:MAX_SUMMARY_CHARS],
        }

    def evaluate(self, answer: dict[str, str]) -> Feedback:
        from smm_course.checks import check_summary

        return check_summary(answer, lang=self.lang)


class SummaryForm(StandardForm):
    """The executive summary of the strategy document: the brand and 120-400 words."""

    model_class = SummaryModel
    default_exercise_id = "l07.sintesi"

    def _build_inputs(self) -> widgets.Widget:
        from smm_course.checks.capstone import SUMMARY_MAX_WORDS, SUMMARY_MIN_WORDS

        self._limits = {"min": SUMMARY_MIN_WORDS, "max": SUMMARY_MAX_WORDS}
        self.brand = widgets.Combobox(
            options=[COMPANY.name],
            description=wt("summary.brand", self.lang),
            placeholder=wt("summary.brand_placeholder", self.lang),
            ensure_option=False,
            layout=widgets.Layout(width="520px"),
        )
        self.watch(self.css(self.brand, "brand"))
        self.text = widgets.Textarea(
            placeholder=wt("summary.text_placeholder", self.lang),
            layout=widgets.Layout(width="100%", height="280px"),
        )
        self.watch(self.css(self.text, "text"))
        self.words = self._html("words", "")
        return widgets.VBox([self.brand, self.text, self.words])

    def _read(self) -> dict[str, str]:
        return {"brand": self.brand.value.strip(), "executive_summary": self.text.value}

    def _write(self, answer: dict[str, str]) -> None:
        self.brand.value = answer["brand"] or COMPANY.name
        self.text.value = answer["executive_summary"]

    def _after_change(self) -> None:
        count = len(self.text.value.split())
        label = wt("summary.words", self.lang, n=count, **self._limits)
        self.words.value = f'<span class="smm-small">{_html.esc(label)}</span>'

    def _solution_html(self, solution: Any) -> str:
        from smm_course.compare import compare_html

        def readable(answer: dict[str, str]) -> dict[str, str]:
            return {
                wt("summary.brand", self.lang): answer["brand"],
                wt("summary.text", self.lang): answer["executive_summary"],
            }

        own, model = readable(self.answer), readable(self.model.normalize(solution))
        return compare_html(own, model, self.lang)
