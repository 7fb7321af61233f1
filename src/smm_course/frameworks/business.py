"""The learner's own business: the profile set once, and which business a form is about."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from smm_course.frameworks.concepts import Text
from smm_course.i18n import t

__all__ = [
    "OWN_SUFFIX",
    "BusinessProfile",
    "Subject",
    "WorkedExample",
    "case_id",
    "is_own_id",
    "own_id",
]

OWN_SUFFIX = ".mia"  # "l02.canvas" about the case study, "l02.canvas.mia" about the learner's own
FIELDS = ("name", "sector", "offer", "city", "channels", "customers")
MAX_FIELD = 300
MIN_NAME = 2


class Subject(Enum):
    """Whom a form (or the strategy document) is about."""

    CASE = "case"
    OWN = "own"

    @classmethod
    def from_any(cls, value: object) -> Subject:
        """`value` as a Subject; anything unknown is the case study."""
        return cls.OWN if str(value).strip().casefold() in ("own", "mia", "tua") else cls.CASE


def own_id(exercise_id: str) -> str:
    """The id under which the learner's answer about their own business is saved."""
    return exercise_id if is_own_id(exercise_id) else f"{exercise_id}{OWN_SUFFIX}"


def is_own_id(exercise_id: str) -> bool:
    """True for an answer about the learner's own business."""
    return str(exercise_id).endswith(OWN_SUFFIX)


def case_id(exercise_id: str) -> str:
    """The case-study id of an own-business id (unchanged otherwise)."""
    text = str(exercise_id)
    return text[: -len(OWN_SUFFIX)] if is_own_id(text) else text


def _clean(value: object) -> str:
    return " ".join(str(value or "").split())[:MAX_FIELD]


@dataclass(frozen=True)
class BusinessProfile:
    """The learner's business as they describe it: every lesson can then speak of it."""

    name: str
    sector: str = ""
    offer: str = ""
    city: str = ""
    channels: tuple[str, ...] = ()
    customers: str = ""

    @classmethod
    def from_mapping(cls, value: Mapping[str, Any] | None) -> BusinessProfile | None:
        """A profile from stored data (None when there is no name)."""
        if not isinstance(value, Mapping):
            return None
        raw = value.get("channels", ())
        if isinstance(raw, str):
            raw = raw.replace(";", ",").split(",")
        channels = tuple(c for c in (_clean(x) for x in raw or ()) if c)
        profile = cls(
            name=_clean(value.get("name")),
            sector=_clean(value.get("sector")),
            offer=_clean(value.get("offer")),
            city=_clean(value.get("city")),
            channels=channels,
            customers=_clean(value.get("customers")),
        )
        return profile if profile.name else None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for the workbook."""
        data = asdict(self)
        data["channels"] = list(self.channels)
        return data

    def problems(self, lang: str | None = None) -> list[str]:
        """What is still missing or too short, in the learner's language (empty when fine)."""
        found = []
        if len(self.name) < MIN_NAME:
            found.append(t("business.problem.name", lang))
        for field in ("sector", "offer", "city", "customers"):
            if not getattr(self, field):
                found.append(t(f"business.problem.{field}", lang))
        if not self.channels:
            found.append(t("business.problem.channels", lang))
        return found

    def describe(self, lang: str | None = None) -> str:
        """One sentence about the business ('Ceramiche Ferretti, ceramica artigianale, Deruta')."""
        parts = [p for p in (self.name, self.sector, self.city) if p]
        return ", ".join(parts)


@dataclass(frozen=True)
class WorkedExample:
    """For an own-business answer: a worked example on another business, plus a checklist."""

    business: str
    example: tuple[tuple[Text, Text], ...]  # (part, what the example business wrote)
    checklist: tuple[Text, ...]

    def rows(self, lang: str | None = None) -> list[tuple[str, str]]:
        """(part, text) rows of the example in `lang`."""
        return [(part.get(lang), text.get(lang)) for part, text in self.example]

    def checks(self, lang: str | None = None) -> list[str]:
        """The checklist in `lang`."""
        return [item.get(lang) for item in self.checklist]
