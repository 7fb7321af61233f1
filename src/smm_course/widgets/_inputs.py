"""Helpers to turn stored answers back into clean input values (never raise)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any


def text_of(value: Any) -> str:
    """Stored text as a str ('' for None or other blanks)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(text_of(v) for v in value)
    return str(value)


def mapping_of(value: Any) -> dict[str, Any]:
    """A stored mapping with str keys, or {} when `value` is no mapping."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        try:
            value = value.to_dict()
        except Exception:
            return {}
    if not isinstance(value, Mapping):
        return {}
    return {str(k): v for k, v in value.items()}


def choice_of(value: Any, allowed: tuple[str, ...]) -> str | None:
    """`value` if it is one of `allowed` ids, else None."""
    return value if isinstance(value, str) and value in allowed else None


def number_of(value: Any, default: float = 0.0) -> float:
    """A finite float from `value`, else `default`."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def int_in(value: Any, low: int, high: int, default: int = 0) -> int:
    """An int from `value` clipped to [low, high], else `default`."""
    number = number_of(value, float(default))
    return int(max(low, min(high, round(number))))
