"""Bilingual text and the enum base every framework concept is built on."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from smm_course.i18n import get_language, normalize_language

__all__ = ["Aliases", "Concept", "Text", "fold"]

C = TypeVar("C", bound="Concept")


@dataclass(frozen=True)
class Text:
    """A piece of course content in Italian and English."""

    it: str
    en: str

    def get(self, lang: str | None = None) -> str:
        """The text in `lang` (default: the learner's language)."""
        return self.en if normalize_language(lang or get_language()) == "en" else self.it

    def __str__(self) -> str:
        return self.get()


class Aliases(tuple):
    """Extra spellings of a concept (synonyms, abbreviations) accepted by ``from_any``."""

    def __new__(cls, *names: str) -> Aliases:
        return super().__new__(cls, names)


def fold(text: object) -> str:
    """Lower-case, accent-free, single-spaced form of `text` used to match free answers."""
    raw = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in raw if not unicodedata.combining(ch)).lower()
    plain = plain.replace("\u2019", "'").replace("\u2018", "'")  # typographic apostrophes
    for sep in ("-", "\u2013", "\u2014", "_", "/", "."):
        plain = plain.replace(sep, " ")
    return " ".join(plain.split())


class Concept(Enum):
    """An enum member with a stable English id (its value), a bilingual label and definition.

    Subclasses declare members as ``NAME = ("id", Text(label), Text(definition), *extra)``;
    extra fields are kept in order (read them with ``_field(i)``), except an ``Aliases``
    entry, which adds spellings ``from_any`` accepts.
    """

    def __new__(cls, id_: str, label: Text, definition: Text, *extra: object):
        member = object.__new__(cls)
        member._value_ = id_
        member._label = label
        member._definition = definition
        member._extra = tuple(e for e in extra if not isinstance(e, Aliases))
        member._aliases = tuple(a for e in extra if isinstance(e, Aliases) for a in e)
        return member

    def _field(self, index: int) -> object:
        """Extra declaration field number `index` (0 is the first after the definition)."""
        return self._extra[index]

    @property
    def aliases(self) -> tuple[str, ...]:
        """Other spellings `from_any` accepts besides id, name and labels."""
        return self._aliases

    @property
    def id(self) -> str:
        """Stable English identifier (the enum value)."""
        return self._value_

    def label(self, lang: str | None = None) -> str:
        """Short label in `lang` (default: the learner's language)."""
        return self._label.get(lang)

    def definition(self, lang: str | None = None) -> str:
        """One- or two-sentence definition in `lang`."""
        return self._definition.get(lang)

    @property
    def labels(self) -> Text:
        """Both labels."""
        return self._label

    @classmethod
    def from_any(cls: type[C], value: object) -> C | None:
        """The member named by `value` (member, id, name, Italian or English label), else None."""
        if isinstance(value, cls):
            return value
        if not isinstance(value, str):
            return None
        wanted = fold(value)
        if not wanted:
            return None
        for member in cls:
            names = (member.id, member.name, member._label.it, member._label.en, *member._aliases)
            if wanted in {fold(n) for n in names}:
                return member
        return None

    @classmethod
    def ids(cls) -> tuple[str, ...]:
        """All ids in canonical order."""
        return tuple(m.id for m in cls)

    def __str__(self) -> str:
        return self.label()
