"""Workbook -> StrategyDocument: every section in order, with what is still missing."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from smm_course.export import builders
from smm_course.export._read import is_blank, text_of
from smm_course.export.model import Element, Notice, Section, StrategyDocument
from smm_course.export.sections import SECTIONS, SUMMARY_ID, SectionSpec, lesson_label
from smm_course.i18n import get_language, normalize_language, t
from smm_course.workbook import Workbook


def form_name(exercise_id: str, lang: str) -> str:
    """The name of the form that saves `exercise_id` ('Business Model Canvas')."""
    key = f"export.forms.{exercise_id.replace('.', '_')}"
    name = t(key, lang)
    return exercise_id if name == key else name


def missing_notice(exercise_id: str, lang: str, whole_section: bool) -> Notice:
    """'Sezione ancora da completare: compila il modulo X nella lezione Y' (or '...Parte...')."""
    key = "export.missing_section" if whole_section else "export.missing_part"
    text = t(key, lang, form=form_name(exercise_id, lang), lesson=lesson_label(exercise_id, lang))
    return Notice(text, "missing")


def _build(
    exercise_id: str, value: Any, lang: str, brand: str
) -> tuple[list[Element] | None, bool]:
    """(elements or None, whether the answer was unreadable)."""
    builder = builders.BUILDERS.get(exercise_id, builders.generic)
    try:
        elements = builder(value, lang, brand)
    except Exception:  # a saved answer must never stop the whole document
        elements = None
    return elements, elements is None


def build_section(
    spec: SectionSpec, number: int, answers: Mapping[str, Any], lang: str, brand: str
) -> Section:
    """One section from the learner's answers; missing parts say which form to fill in."""
    parts: list[tuple[str, list[Element] | None, bool]] = []
    for exercise_id in spec.sources:
        value = answers.get(exercise_id)
        if is_blank(value):
            parts.append((exercise_id, None, False))
            continue
        elements, unreadable = _build(exercise_id, value, lang, brand)
        parts.append((exercise_id, elements or None, unreadable))
    whole = all(elements is None for _, elements, _ in parts)
    body: list[Element] = []
    missing: list[str] = []
    for exercise_id, elements, unreadable in parts:
        if elements:
            body += elements
            continue
        missing.append(exercise_id)
        if unreadable:
            body.append(
                Notice(t("export.bad_shape", lang, form=form_name(exercise_id, lang)), "note")
            )
        body.append(missing_notice(exercise_id, lang, whole))
    return Section(
        id=spec.id,
        number=number,
        title=t(f"export.sections.{spec.id}.title", lang),
        intro=t(f"export.sections.{spec.id}.intro", lang),
        elements=tuple(body),
        missing=tuple(missing),
    )


def brand_of(answers: Mapping[str, Any], override: str | None = None) -> str:
    """The brand the document is about: given, else the one in the summary, else the case study."""
    if override and override.strip():
        return override.strip()
    summary = answers.get(SUMMARY_ID)
    if isinstance(summary, Mapping) and not is_blank(summary.get("brand")):
        return text_of(summary.get("brand"))
    from smm_course.data.company import COMPANY

    return COMPANY.name


def collect_answers(
    answers: Mapping[str, Any],
    *,
    learner: str = "",
    brand: str | None = None,
    lang: str | None = None,
    today: date | None = None,
    warnings: tuple[str, ...] = (),
) -> StrategyDocument:
    """The strategy document for a mapping of exercise id -> saved answer."""
    code = normalize_language(lang) if lang else get_language()
    name = brand_of(answers, brand)
    sections = tuple(
        build_section(spec, number, answers, code, name)
        for number, spec in enumerate(SECTIONS, start=1)
    )
    day = today or date.today()
    return StrategyDocument(
        title=t("export.title", code),
        brand=name,
        learner=learner,
        date=t("export.date_format", code, day=day.day, month=day.month, year=day.year),
        lang=code,
        sections=sections,
        warnings=warnings,
    )


def collect(
    workbook: Workbook | None = None, *, brand: str | None = None, lang: str | None = None
) -> StrategyDocument:
    """The strategy document of a learner's workbook (default: the learner's own)."""
    book = workbook if workbook is not None else Workbook.open()
    data = book.data()
    answers = {
        key: entry.get("value")
        for key, entry in data["answers"].items()
        if isinstance(entry, Mapping)
    }
    learner = data["learner"].get("name", "") if isinstance(data["learner"], Mapping) else ""
    return collect_answers(
        answers, learner=text_of(learner), brand=brand, lang=lang, warnings=book.warnings
    )
