"""Small helpers shared by the checkers: safe text, language, placeholders, a safety net."""

from __future__ import annotations

import functools
import math
import reprlib
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, TypeVar

from smm_course.frameworks.concepts import Text
from smm_course.i18n import resolve_lang, t

F = TypeVar("F", bound=Callable[..., Any])

DISPLAY_LIMIT = 80  # characters of student text quoted back in a message
MAX_DEPTH = 6  # nesting explored when deciding whether an answer is still empty
_REPR = reprlib.Repr()
_REPR.maxstring = DISPLAY_LIMIT
_REPR.maxother = DISPLAY_LIMIT


def as_text(value: object) -> str:
    """Student data as a string, whatever its type (never raises, never huge for containers)."""
    if isinstance(value, str):
        return value
    if value is None or value is Ellipsis:
        return ""
    try:
        if is_array_scalar(value):
            value = value.item()  # type: ignore[attr-defined]
        if isinstance(value, (int, float, complex, Enum, Text)):
            return str(value)
        # containers and unknown objects: a bounded repr (str() of a deep structure can
        # take forever)
        return _REPR.repr(value)
    except Exception:
        return object.__repr__(value)


def shorten(value: object, limit: int = DISPLAY_LIMIT) -> str:
    """Student data shortened for quoting in a message (one line, at most `limit` chars)."""
    try:
        text = value if isinstance(value, str) else _REPR.repr(value)
    except Exception:
        text = object.__repr__(value)
    text = " ".join(text[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_array_scalar(value: object) -> bool:
    """A pandas/numpy object holding exactly one value."""
    array_like = is_pandas(value) or type(value).__module__.startswith("numpy")
    return array_like and getattr(value, "size", 2) == 1 and hasattr(value, "item")


def is_pandas(value: object) -> bool:
    """True for pandas objects, tested without importing pandas."""
    return type(value).__module__.startswith("pandas")


def is_nan(value: object) -> bool:
    """True for float NaN (pandas' empty cell)."""
    return isinstance(value, float) and math.isnan(value)


def is_blank(value: object, depth: int = 0) -> bool:
    """None, Ellipsis, NaN, blank text, or a container holding only blanks."""
    if value is None or value is Ellipsis or is_nan(value):
        return True
    if isinstance(value, str):
        return not value.strip()
    if depth >= MAX_DEPTH or not isinstance(value, (Mapping, list, tuple, set, frozenset)):
        return False
    try:
        items = list(value.values() if isinstance(value, Mapping) else value)[:1000]
    except Exception:
        return False
    return all(is_blank(v, depth + 1) for v in items)


def words(text: str) -> list[str]:
    """The whitespace-separated words of `text` that contain a letter or digit."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def join_text(value: object) -> str:
    """A block of free text from a string, or from a list of notes joined by newlines."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "\n".join(as_text(v) for v in list(value)[:1000] if not is_blank(v))
    if is_blank(value):
        return ""
    return as_text(value)


def listing(items: Iterable[str]) -> str:
    """Items joined with commas for a message."""
    return ", ".join(items)


def to_plain_mapping(value: object) -> dict[Any, Any] | None:
    """A dict from a Mapping, a pandas object or a list of pairs; None if it is none of these."""
    try:
        if isinstance(value, Mapping):
            return dict(value.items())
        if is_pandas(value) and hasattr(value, "to_dict"):
            return dict(value.to_dict())
        if isinstance(value, (list, tuple)) and all(
            isinstance(p, (list, tuple)) and len(p) == 2 for p in value
        ):
            return {_hashable(k): v for k, v in value}
    except Exception:
        return None
    return None


def _hashable(key: object) -> object:
    try:
        hash(key)
    except TypeError:
        return shorten(key)
    return key


def never_raises(func: F) -> F:
    """Turn any unexpected error of a checker into a polite Feedback instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception:
            from smm_course.checks.feedback import Feedback

            lang = resolve_lang(kwargs.get("lang"))
            return Feedback(
                score=0.0,
                max_score=1.0,
                passed=False,
                messages=(t("checks.unreadable", lang),),
                details={"error": True},
                lang=lang,
            )

    return wrapper  # type: ignore[return-value]
