"""The strategy document as data: sections made of paragraphs, tables, lists and pictures."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    """Plain text (may hold line breaks); never markup."""

    text: str


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section."""

    text: str


@dataclass(frozen=True)
class Table:
    """A table of plain-text cells; the first column names the row."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class BulletList:
    """A list of plain-text items."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Picture:
    """A course picture: `figure` names a smm_course.plots function called with `data`."""

    figure: str
    data: Any = field(compare=False)
    alt: str = ""
    options: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Notice:
    """A remark about the section itself: a part still to do ('missing') or a 'note'."""

    text: str
    kind: str = "note"


Element = Paragraph | Subheading | Table | BulletList | Picture | Notice


@dataclass(frozen=True)
class Section:
    """One numbered section of the document."""

    id: str
    number: int
    title: str
    intro: str
    elements: tuple[Element, ...]
    missing: tuple[str, ...] = ()  # exercise ids whose answers are still missing
    sources: tuple[str, ...] = ()  # exercise ids the section was built from

    @property
    def complete(self) -> bool:
        """True when every answer the section needs is there."""
        return not self.missing

    @property
    def has_content(self) -> bool:
        """True when the section shows at least some of the learner's work."""
        return any(not isinstance(e, Notice) for e in self.elements)


@dataclass(frozen=True)
class StrategyDocument:
    """The learner's strategy document, ready for any renderer."""

    title: str
    brand: str
    learner: str
    date: str
    lang: str
    sections: tuple[Section, ...]
    warnings: tuple[str, ...] = ()

    @property
    def completed(self) -> int:
        """How many sections are complete."""
        return sum(section.complete for section in self.sections)

    def sections_up_to(self, lesson: str) -> tuple[Section, ...]:
        """The sections built only from lessons up to `lesson` (e.g. "l07")."""
        return tuple(
            s for s in self.sections if all(src.split(".")[0] <= lesson for src in s.sources)
        )

    def section(self, section_id: str) -> Section | None:
        """The section with `section_id`, or None."""
        return next((s for s in self.sections if s.id == section_id), None)
