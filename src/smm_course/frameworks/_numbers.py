"""Input checks shared by the KPI formulas: numbers or numeric array-likes (pandas Series)."""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping
from typing import Any

from smm_course.i18n import t

_NUMERIC_KINDS = ("i", "u", "f")


def is_vector(value: object) -> bool:
    """True for array-likes with a dtype (pandas Series, numpy arrays), False for scalars."""
    return hasattr(value, "dtype") and getattr(value, "ndim", 0) >= 1


def _kind(value: object) -> str:
    return str(value.dtype) if hasattr(value, "dtype") else type(value).__name__


def _fail(key: str, **values: object) -> ValueError:
    return ValueError(t(f"frameworks.errors.{key}", **values))


def checked(
    value: Any,
    name: str,
    argument: str,
    *,
    denominator: bool = False,
    signed: bool = False,
) -> Any:
    """`value` unchanged if it is a valid number/Series, else ValueError in the learner's language.

    Negative values are refused unless `signed`; zero is refused where `value` is a
    `denominator`. NaN passes (it propagates to the result).
    """
    if is_vector(value):
        if getattr(value.dtype, "kind", "") not in _NUMERIC_KINDS:
            raise _fail("not_numeric", name=name, argument=argument, kind=_kind(value))
        total = len(value)
        if not signed:
            negatives = int((value < 0).sum())
            if negatives:
                raise _fail(
                    "negative_rows", name=name, argument=argument, count=negatives, total=total
                )
        if denominator:
            zeros = int((value == 0).sum())
            if zeros:
                raise _fail(
                    "zero_denominator_rows", name=name, argument=argument, count=zeros, total=total
                )
        return value
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise _fail("not_numeric", name=name, argument=argument, kind=_kind(value))
    if not signed and value < 0:
        raise _fail("negative", name=name, argument=argument, value=value)
    if denominator and value == 0:
        raise _fail("zero_denominator", name=name, argument=argument)
    return value


def checked_fraction(value: Any, name: str) -> Any:
    """`value` unchanged if it lies in [0, 1] everywhere (NaN passes), else ValueError."""
    checked(value, name, "margin")
    outside = (value > 1).sum() if is_vector(value) else value > 1
    if outside:
        shown = value.max() if is_vector(value) else value
        raise _fail("margin_range", name=name, value=shown)
    return value


def _is_missing(value: object) -> bool:
    if value is None or type(value).__name__ == "NAType":
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and math.isnan(value)


def score_list(scores: object, low: int, high: int) -> list[int]:
    """The whole-number scores in [low, high] from an iterable/Series, missing values dropped."""
    if isinstance(scores, str | bytes | Mapping) or not isinstance(scores, Iterable):
        raise _fail("nps_not_iterable", kind=_kind(scores))
    present = [v for v in scores if not _is_missing(v)]
    not_numbers = [v for v in present if isinstance(v, bool) or not isinstance(v, numbers.Real)]
    if not_numbers:
        raise _fail("nps_not_numeric", count=len(not_numbers), example=repr(not_numbers[0]))
    outside = [v for v in present if not (low <= v <= high and float(v).is_integer())]
    if outside:
        raise _fail("nps_out_of_range", count=len(outside), example=repr(outside[0]))
    if not present:
        raise _fail("nps_empty")
    return [int(v) for v in present]
