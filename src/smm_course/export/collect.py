"""Workbook -> StrategyDocument: every section in order, with what is still missing."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from smm_course.export import builders
from smm_course.export._read import is_blank, text_of
from smm_course.export.model import Element, Notice, Section, StrategyDocument
from smm_course.export.sections import SECTIONS, SUMMARY_ID, SectionSpec, lesson_label
from smm_course.frameworks.business import BusinessProfile, Subject, case_id, own_id
from smm_course.i18n import get_language, normalize_language, t
from smm_course.workbook import Workbook

# Answers about the case study's own data, with no counterpart for the learner's business.
CASE_ONLY = frozenset({"l05.kpi"})
# Sections whose numbers the learner must fetch from their own tools (own-business documents).
DATA_NOTES = ("zmot", "plan", "channels", "measurement")


def sources_for(spec: SectionSpec, subject: Subject) -> tuple[str, ...]:
    """The answers a section is built from: the case study's, or the learner's own (".mia")."""
    if subject is Subject.CASE:
        return spec.sources
    return tuple(own_id(s) for s in spec.sources if s not in CASE_ONLY)


def form_name(exercise_id: str, lang: str) -> str:
    """The name of the form that saves `exercise_id` ('Business Model Canvas')."""
    key = f"export.forms.{case_id(exercise_id).replace('.', '_')}"
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
    builder = builders.BUILDERS.get(case_id(exercise_id), builders.generic)
    try:
        elements = builder(value, lang, brand)
    except Exception:  # a saved answer must never stop the whole document
        elements = None
    return elements, elements is None


def build_section(
    spec: SectionSpec,
    number: int,
    answers: Mapping[str, Any],
    lang: str,
    brand: str,
    *,
    subject: Subject = Subject.CASE,
) -> Section:
    """One section from the learner's answers; missing parts say which form to fill in."""
    parts: list[tuple[str, list[Element] | None, bool]] = []
    sources = sources_for(spec, subject)
    for exercise_id in sources:
        value = answers.get(exercise_id)
        if is_blank(value):
            parts.append((exercise_id, None, False))
            continue
        elements, unreadable = _build(exercise_id, value, lang, brand)
        parts.append((exercise_id, elements or None, unreadable))
    whole = all(elements is None for _, elements, _ in parts)
    body: list[Element] = []
    if subject is Subject.OWN and spec.id in DATA_NOTES:
        body.append(Notice(t(f"business.export.data_note.{spec.id}", lang), "note"))
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
        sources=sources,
    )


def brand_of(
    answers: Mapping[str, Any],
    override: str | None = None,
    profile: BusinessProfile | None = None,
) -> str:
    """The brand the document is about: given, the learner's business, the summary's, the case's."""
    if override and override.strip():
        return override.strip()
    if profile is not None:
        return profile.name
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
    profile: BusinessProfile | None = None,
) -> StrategyDocument:
    """The strategy document for a mapping of exercise id -> saved answer.

    With a business `profile` the document is about the learner's own business: it reads
    only their own answers (the ".mia" ids), never the case study's.
    """
    code = normalize_language(lang) if lang else get_language()
    subject = Subject.OWN if profile is not None else Subject.CASE
    name = brand_of(answers, brand, profile)
    sections = tuple(
        build_section(spec, number, answers, code, name, subject=subject)
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
    profile = book.business_profile() if book.subject() is Subject.OWN else None
    return collect_answers(
        answers,
        learner=text_of(learner),
        brand=brand,
        lang=lang,
        warnings=book.warnings,
        profile=profile,
    )
