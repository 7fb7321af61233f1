"""Answer keys as salted hashes, so a graded notebook can hold its key without showing it.

A hidden test compares ``answer_hash(student_value, salt)`` with a digest written by the
instructor (computed once with ``make_key``). The digest is taken on a canonical form, so
equal answers match whatever their spelling: numbers are rounded to ``decimals``, text is
folded (case, accents, punctuation), enum members become their id, and sets, lists and
mappings are compared without regard to order.
"""

from __future__ import annotations

import hashlib
import math
import numbers
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any

from smm_course.frameworks._base import fold
from smm_course.i18n import t

DECIMALS = 3  # default rounding of numbers before hashing
_NOISE = 1e-9  # relative float noise tolerated by `matches` at a rounding boundary


def _number(value: float, decimals: int) -> str:
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = f"{round(value, decimals):.{decimals}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text


def _plain(value: Any) -> Any:
    """numpy/pandas scalars as Python values; Series and DataFrames as dicts; arrays as lists."""
    module = type(value).__module__
    if module.startswith(("numpy", "pandas")):
        if hasattr(value, "to_dict") and getattr(value, "ndim", 0) in (1, 2):
            return value.to_dict()
        if hasattr(value, "tolist") and getattr(value, "ndim", 0) >= 1:
            return value.tolist()
        if hasattr(value, "item"):
            try:
                return value.item()
            except (ValueError, TypeError):
                return value
    if type(value).__name__ == "NAType":
        return None
    return value


def _scalar(value: Any, decimals: int) -> str | None:
    """Canonical text of a single value, or None for a collection."""
    if value is None or value is Ellipsis:
        text = "none"
    elif isinstance(value, Enum):
        text = "s:" + fold(value.value)
    elif isinstance(value, bool):
        text = "b:" + str(value).lower()
    elif isinstance(value, numbers.Real):
        text = "n:" + _number(float(value), decimals)
    elif isinstance(value, str):
        text = "s:" + fold(value)
    elif isinstance(value, (Mapping, Iterable)):
        return None
    else:
        text = "s:" + fold(str(value))
    return text


def canonical(value: Any, decimals: int = DECIMALS) -> str:
    """The text that is hashed for `value` (same text for answers that should match)."""
    value = _plain(value)
    text = _scalar(value, decimals)
    if text is not None:
        return text
    if isinstance(value, Mapping):
        items = sorted(
            f"{canonical(k, decimals)}={canonical(v, decimals)}" for k, v in value.items()
        )
        return "map:{" + ",".join(items) + "}"
    return "seq:[" + ",".join(sorted(canonical(v, decimals) for v in value)) + "]"


def answer_hash(value: Any, salt: str, decimals: int = DECIMALS) -> str:
    """sha256 hex digest of `salt` and the canonical form of `value`."""
    text = f"{salt}\x1f{canonical(value, decimals)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _nudged(value: Any) -> list[Any]:
    plain = _plain(value)
    if isinstance(plain, numbers.Real) and not isinstance(plain, bool):
        number = float(plain)
        if math.isfinite(number) and number:
            return [number * (1 + _NOISE), number * (1 - _NOISE)]
    return []


def matches(value: Any, digest: str, salt: str, decimals: int = DECIMALS) -> bool:
    """True when `value` hashes to `digest`; never raises (a bad answer is just False).

    A number sitting on a rounding boundary also matches if float noise pushed it across.
    """
    try:
        if answer_hash(value, salt, decimals) == digest:
            return True
        return any(answer_hash(v, salt, decimals) == digest for v in _nudged(value))
    except Exception:
        return False


def count_matches(
    answers: Any, digests: Mapping[str, str], salt: str, decimals: int = DECIMALS
) -> int:
    """How many items of `digests` the mapping `answers` gets right (item names folded)."""
    try:
        given = {fold(k): v for k, v in dict(answers).items()}
    except Exception:
        return 0
    return sum(
        1
        for item, digest in digests.items()
        if fold(item) in given and matches(given[fold(item)], digest, salt, decimals)
    )


def is_fragile(value: Any, decimals: int = DECIMALS) -> bool:
    """True if a number (or a number inside a collection) lies too close to a rounding
    boundary, so a learner's float noise could round it the other way."""
    plain = _plain(value)
    if isinstance(plain, Mapping):
        return any(is_fragile(v, decimals) for v in plain.values())
    if isinstance(plain, Iterable) and not isinstance(plain, str):
        return any(is_fragile(v, decimals) for v in plain)
    if isinstance(plain, numbers.Real) and not isinstance(plain, bool):
        scaled = float(plain) * 10**decimals
        return math.isfinite(scaled) and abs(scaled - math.floor(scaled) - 0.5) < 1e-4
    return False


def make_key(value: Any, salt: str, decimals: int = DECIMALS) -> str:
    """The digest to paste into a hidden test; refuses values that would round unreliably."""
    if is_fragile(value, decimals):
        raise ValueError(t("keys.fragile", value=repr(value), decimals=decimals))
    return answer_hash(value, salt, decimals)


def make_keys(key: Mapping[str, Any], salt: str, decimals: int = DECIMALS) -> dict[str, str]:
    """One digest per item of a classification key (for ``count_matches``)."""
    return {item: make_key(value, salt, decimals) for item, value in key.items()}
