"""Small pieces both codecs share: tags for odd floats and opaque values, input checks."""

from __future__ import annotations

import math
import re
from typing import Any

DTYPE_NAME = re.compile(r"[A-Za-z0-9_\[\], :/.+-]{1,60}")


class TooLarge(Exception):
    """The value is larger than the sandbox may send back."""


class Malformed(Exception):
    """What arrived is not a value this protocol can send."""


def opaque(value: Any) -> dict[str, Any]:
    try:
        text = repr(value)[:300]
    except Exception:
        text = "?"
    return {"t": "opaque", "type": type(value).__name__[:100], "repr": text}


def tag_float(value: float) -> Any:
    if math.isfinite(value):
        return value
    return {"t": "float", "v": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}


def as_list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise Malformed("expected a list")
    return value


def as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise Malformed("expected a string")
    return value


def as_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Malformed("expected a number")
    return float(value)
