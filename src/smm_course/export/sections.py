"""Which workbook answers feed which section of the strategy document, in document order."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from smm_course.curriculum import lesson, lesson_of

__all__ = [
    "DOCUMENT_ID",
    "SECTIONS",
    "SECTION_SOURCES",
    "SUMMARY_ID",
    "SectionSpec",
    "lesson_label",
]


@dataclass(frozen=True)
class SectionSpec:
    """One section: its id (also the locale key) and the exercise ids whose answers fill it."""

    id: str
    sources: tuple[str, ...]


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("summary", ("l07.sintesi",)),
    SectionSpec("touchpoints", ("l01.sorter",)),
    SectionSpec("canvas", ("l02.canvas",)),
    SectionSpec("journey", ("l03.journey", "l03.swot")),
    SectionSpec("zmot", ("l04.recensioni",)),
    SectionSpec("plan", ("l05.sostac", "l05.race", "l05.kpi")),
    SectionSpec("channels", ("l06.matrice", "l07.canali")),
    SectionSpec("measurement", ("l08.misura",)),
)

# section id -> exercise ids, the single place that ties the document to the curriculum
SECTION_SOURCES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {spec.id: spec.sources for spec in SECTIONS}
)

# Answers the document reads besides the sections' own (the brand name lives in the summary).
SUMMARY_ID = "l07.sintesi"
DOCUMENT_ID = "l07.documento"  # the capstone self-check: recorded when the document is exported


def lesson_label(exercise_id: str, lang: str | None = None) -> str:
    """'02 · Business Model Canvas' for 'l02.canvas' (the id's lesson part if unknown)."""
    found = lesson(lesson_of(exercise_id))
    return found.label(lang) if found is not None else lesson_of(exercise_id)
