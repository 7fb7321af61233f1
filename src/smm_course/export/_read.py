"""Defensive reading of saved answers and number formatting for the document."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from smm_course.frameworks.concepts import Concept, Text, fold

DASH = "—"  # an empty table cell
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}([.\s]\d{3})+(,\d+)?$")


def is_blank(value: Any) -> bool:
    """True when `value` holds nothing a reader would see (None, blank text, empty, all blank)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, Mapping):
        return all(is_blank(v) for v in value.values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return all(is_blank(v) for v in value)
    return False


def text_of(value: Any) -> str:
    """`value` as text: strings as they are, lists one item a line, None as ''."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return "\n".join(t for t in (text_of(v) for v in value) if t)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {text_of(v)}" for k, v in value.items() if not is_blank(v))
    return str(value)


def number_of(value: Any) -> float | None:
    """A finite number from a number or text like '1.200' or '3,5'; None when unreadable."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        raw = value.strip().replace("€", "").replace("%", "").strip()
        if _THOUSANDS.match(raw):
            raw = re.sub(r"[.\s]", "", raw)
        try:
            number = float(raw.replace(",", "."))
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """1234.5 -> '1.234,5' (it) or '1,234.5' (en); whole numbers without decimals."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    text = f"{value:,.{decimals}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "it" else text


def format_rate(value: float, lang: str) -> str:
    """0.042 -> '4,2 %' (it) or '4.2 %' (en)."""
    return f"{format_number(value * 100, lang, 1)} %"


def format_money(value: float, lang: str) -> str:
    """12.5 -> '12,50 €' (it) or '€12.50' (en)."""
    amount = format_number(value, lang, 2)
    return f"{amount} €" if lang == "it" else f"€{amount}"


def slug(text: object) -> str:
    """The id a form gives an item named `text` ('Sito web' -> 'sito_web')."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")


def item_name(key: object, names: Iterable[Text], lang: str) -> str:
    """The display name of an item id saved by a form: a known example's label, else the id."""
    wanted = slug(key)
    for name in names:
        if wanted in (slug(name.it), slug(name.en)):
            return name.get(lang)
    text = str(key)
    return text.replace("_", " ").strip().capitalize() if text == slug(text) else text


def concept_label(concept: type[Concept], value: Any, lang: str) -> str:
    """The label of `value` read as a member of `concept`, else the value as text."""
    member = concept.from_any(value) if isinstance(value, (str, Concept)) else None
    return member.label(lang) if member is not None else text_of(value)
