"""Reading customer journeys for the attribution models: a DataFrame or a plain list of paths."""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from smm_course.i18n import t

SEPARATOR = ">"


@dataclass(frozen=True)
class Journeys:
    """Journeys ready for the models: paths, outcome, value and days from first to last touch.

    `span_days[i]` is None when the journey's dates are unknown.
    """

    paths: tuple[tuple[str, ...], ...]
    converted: tuple[bool, ...]
    values: tuple[float, ...]
    span_days: tuple[float | None, ...]

    @property
    def channels(self) -> list[str]:
        """Every channel touched by any journey, sorted by name."""
        return sorted({channel for path in self.paths for channel in path})


def fail(key: str, **values: object) -> ValueError:
    """ValueError with `frameworks.attribution.errors.<key>` in the learner's language."""
    return ValueError(t(f"frameworks.attribution.errors.{key}", **values))


def _kind(value: object) -> str:
    return type(value).__name__


def _path(value: object, where: int) -> tuple[str, ...]:
    """One path from a "A > B" string or a list/tuple of channel names; row `where` for errors."""
    if isinstance(value, str):
        parts = [part.strip() for part in value.split(SEPARATOR)]
    elif isinstance(value, Iterable) and not isinstance(value, bytes | Mapping):
        parts = list(value)
    else:
        raise fail("bad_path", row=where, kind=_kind(value))
    if not parts or any(not isinstance(p, str) or not p.strip() for p in parts):
        raise fail("empty_touch" if parts else "empty_path", row=where)
    return tuple(p.strip() for p in parts)


def _value(value: object, where: int) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise fail("bad_revenue", row=where, value=repr(value))
    number = float(value)
    if math.isnan(number) or number < 0 or math.isinf(number):
        raise fail("bad_revenue", row=where, value=repr(value))
    return number


def _flag(value: object, where: int) -> bool:
    if isinstance(value, bool) or (isinstance(value, numbers.Integral) and value in (0, 1)):
        return bool(value)
    if type(value).__name__ == "bool_":  # numpy.bool_
        return bool(value)
    raise fail("bad_converted", row=where, value=repr(value))


def _from_frame(frame: Any, revenue: bool) -> Journeys:
    import pandas as pd

    if "path" not in frame.columns:
        raise fail("missing_column", column="path")
    if revenue and "revenue" not in frame.columns:
        raise fail("missing_column", column="revenue")
    size = len(frame)
    rows = range(1, size + 1)
    paths = tuple(_path(p, i) for i, p in zip(rows, frame["path"], strict=True))
    converted = (
        tuple(_flag(c, i) for i, c in zip(rows, frame["converted"], strict=True))
        if "converted" in frame.columns
        else (True,) * size
    )
    values = (
        tuple(_value(v, i) for i, v in zip(rows, frame["revenue"], strict=True))
        if revenue
        else (1.0,) * size
    )
    spans: tuple[float | None, ...] = (None,) * size
    if {"first_touch", "last_touch"} <= set(frame.columns):
        try:
            first = pd.to_datetime(frame["first_touch"])
            last = pd.to_datetime(frame["last_touch"])
        except (ValueError, TypeError) as error:
            raise fail("bad_dates", detail=str(error)) from None
        days = ((last - first).dt.total_seconds() / 86400.0).tolist()
        reversed_rows = [i for i, d in enumerate(days, start=1) if d < 0]
        if reversed_rows:
            raise fail("dates_reversed", row=reversed_rows[0])
        spans = tuple(None if math.isnan(d) else float(d) for d in days)
    return Journeys(paths, converted, values, spans)


def _from_items(items: Iterable[Any], revenue: bool) -> Journeys:
    paths, converted, values = [], [], []
    for i, item in enumerate(items, start=1):
        is_pair = (
            isinstance(item, tuple | list)
            and len(item) in (2, 3)
            and (isinstance(item[1], bool) or type(item[1]).__name__ == "bool_")
        )
        if is_pair:
            paths.append(_path(item[0], i))
            converted.append(_flag(item[1], i))
            if revenue and len(item) < 3:
                raise fail("missing_revenue", row=i)
            values.append(_value(item[2], i) if revenue else 1.0)
        else:
            if revenue:
                raise fail("missing_revenue", row=i)
            paths.append(_path(item, i))
            converted.append(True)
            values.append(1.0)
    return Journeys(tuple(paths), tuple(converted), tuple(values), (None,) * len(paths))


def read_journeys(journeys: object, revenue: bool = False) -> Journeys:
    """Journeys from a DataFrame (as data.journeys()) or a list of paths; ValueError if unusable."""
    if hasattr(journeys, "columns") and hasattr(journeys, "iloc"):
        return _from_frame(journeys, revenue)
    if isinstance(journeys, str | bytes | Mapping) or not isinstance(journeys, Iterable):
        raise fail("not_journeys", kind=_kind(journeys))
    return _from_items(journeys, revenue)
