"""Answer values as JSON-safe data: `encode` in the sandbox, `decode` on the trusted side.

Plain Python values, numpy scalars and arrays, pandas objects, the course's enums and
matplotlib figures travel as tagged JSON. Anything else arrives as an `Opaque` stand-in; a
function arrives as a `Remote` handle that the trusted side may call back through the sandbox.
`decode` builds only these types: it never imports, evaluates or unpickles what it is sent.
"""

from __future__ import annotations

import base64
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from smm_course.grading.protocol import figures, frames
from smm_course.grading.protocol.common import (
    Malformed,
    TooLarge,
    as_list,
    as_number,
    as_text,
    opaque,
    tag_float,
)

MAX_DEPTH = 40
MAX_ITEMS = 200_000
ENUM_MODULES = ("smm_course.",)


@dataclass
class Encoder:
    """Turns values into tagged JSON; keeps callables in `refs` so they can be called later."""

    max_items: int = MAX_ITEMS
    refs: list[Callable[..., Any]] = field(default_factory=list)
    _items: int = 0
    _figures: dict[int, int] = field(default_factory=dict)

    def reset(self) -> None:
        """Start a new snapshot (figures are written again, in full, once per snapshot)."""
        self._items = 0
        self._figures = {}

    def figure_id(self, fig: Any) -> tuple[int, bool]:
        """An id for `fig` in this snapshot, and whether it was already written."""
        key = id(fig)
        if key in self._figures:
            return self._figures[key], True
        self._figures[key] = len(self._figures)
        return self._figures[key], False

    def encode(self, value: Any, depth: int = 0) -> Any:
        """`value` as tagged JSON (raises TooLarge past the item cap)."""
        self._items += 1
        if self._items > self.max_items:
            raise TooLarge
        if depth > MAX_DEPTH:
            return opaque(value)
        return _encode(self, value, depth + 1)


def _encode(enc: Encoder, value: Any, depth: int) -> Any:  # noqa: PLR0911, PLR0912
    if value is None or (isinstance(value, str) and type(value) is str):
        return value
    if isinstance(value, Enum):
        cls = type(value)
        return {"t": "enum", "module": cls.__module__, "cls": cls.__qualname__, "name": value.name}
    if type(value) is bool:
        return value
    if type(value) is int:
        return value if abs(value) < 2**53 else {"t": "bigint", "v": str(value)}
    if type(value) is float:
        return tag_float(value)
    if isinstance(value, str):
        return str(value)
    if value is Ellipsis:
        return {"t": "ellipsis"}
    if isinstance(value, (list, tuple, set, frozenset)):
        kind = {list: "list", tuple: "tuple", set: "set", frozenset: "frozenset"}
        tag = next((v for k, v in kind.items() if isinstance(value, k)), "list")
        items = sorted(value, key=repr) if tag in ("set", "frozenset") else value
        return {"t": tag, "v": [enc.encode(v, depth) for v in items]}
    if isinstance(value, dict):
        return {
            "t": "dict",
            "v": [[enc.encode(k, depth), enc.encode(v, depth)] for k, v in value.items()],
        }
    if isinstance(value, (bytes, bytearray)):
        return {"t": "bytes", "v": base64.b64encode(bytes(value[:1_000_000])).decode("ascii")}
    if isinstance(value, complex):
        return {"t": "complex", "v": [tag_float(value.real), tag_float(value.imag)]}
    if isinstance(value, dt.datetime):
        return {"t": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"t": "date", "v": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"t": "timedelta", "v": value.total_seconds()}
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return tag_float(float(value))
    module = type(value).__module__.split(".")[0]
    if module == "numpy" and "numpy" in sys.modules:
        return frames.encode_numpy(enc, value, depth)
    if module == "pandas" and "pandas" in sys.modules:
        return frames.encode_pandas(enc, value, depth)
    if module == "matplotlib" and "matplotlib" in sys.modules:
        found = figures.encode_artist(enc, value)
        if found is not None:
            return found
    if callable(value) and not isinstance(value, type):
        enc.refs.append(value)
        return {
            "t": "remote",
            "ref": len(enc.refs) - 1,
            "name": str(getattr(value, "__name__", ""))[:100],
        }
    return opaque(value)


# ---------------------------------------------------------------- trusted side


class Opaque:
    """Stands for a value that could not travel (its type name and a short repr)."""

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name = type_name
        self.text = text

    def __repr__(self) -> str:
        return self.text


@dataclass
class Decoder:
    """Rebuilds values from tagged JSON; `remote` makes the stand-in of a sandbox function."""

    remote: Callable[[int, str], Any] | None = None
    figures: dict[int, Any] = field(default_factory=dict)
    _items: int = 0

    def decode(self, data: Any, depth: int = 0) -> Any:  # noqa: PLR0911, PLR0912
        """The value `data` stands for (raises Malformed on anything unexpected)."""
        self._items += 1
        if depth > MAX_DEPTH + 5 or self._items > MAX_ITEMS * 4:
            raise Malformed("too deep or too large")
        if data is None or isinstance(data, (bool, int, float, str)):
            return data
        if not isinstance(data, dict) or not isinstance(data.get("t"), str):
            raise Malformed(f"unexpected {type(data).__name__}")
        tag = data["t"]
        d = depth + 1
        if tag in ("list", "tuple", "set", "frozenset"):
            items = [self.decode(v, d) for v in as_list(data.get("v"))]
            if tag == "list":
                return items
            kind = {"tuple": tuple, "set": set, "frozenset": frozenset}[tag]
            try:
                return kind(items)
            except TypeError as exc:
                raise Malformed("unhashable item") from exc
        if tag == "dict":
            out = {}
            for item in as_list(data.get("v")):
                pair = as_list(item)
                if len(pair) != 2:
                    raise Malformed("dict item")
                try:
                    out[self.decode(pair[0], d)] = self.decode(pair[1], d)
                except TypeError as exc:
                    raise Malformed("unhashable key") from exc
            return out
        if tag == "ellipsis":
            return ...
        if tag == "float":
            return float(_choice(data.get("v"), ("nan", "inf", "-inf")))
        if tag == "bigint":
            return int(as_text(data.get("v"))[:5000])
        if tag == "bytes":
            return base64.b64decode(as_text(data.get("v")))
        if tag == "complex":
            real, imag = as_list(data.get("v"))[:2]
            return complex(as_number(self.decode(real, d)), as_number(self.decode(imag, d)))
        if tag == "datetime":
            return _parse(dt.datetime.fromisoformat, as_text(data.get("v")))
        if tag == "date":
            return _parse(dt.date.fromisoformat, as_text(data.get("v")))
        if tag == "timedelta":
            return dt.timedelta(seconds=as_number(data.get("v")))
        if tag == "enum":
            return _enum(data)
        if tag == "opaque":
            return Opaque(as_text(data.get("type")), as_text(data.get("repr")))
        if tag == "remote":
            ref = data.get("ref")
            if not isinstance(ref, int) or self.remote is None:
                return Opaque("function", f"<function {as_text(data.get('name', ''))}>")
            return self.remote(ref, as_text(data.get("name", "")))
        if tag in ("npscalar", "ndarray"):
            return frames.decode_numpy(self, data, d)
        if tag in ("dataframe", "series", "index", "timestamp", "na"):
            return frames.decode_pandas(self, data, d)
        if tag in ("figure", "axes", "figref"):
            return figures.decode_artist(self, data)
        raise Malformed(f"unknown tag {tag[:40]}")


def _choice(value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise Malformed("unexpected value")
    return str(value)


def _parse(parse: Callable[[str], Any], text: str) -> Any:
    try:
        return parse(text)
    except ValueError as exc:
        raise Malformed("bad date") from exc


def _enum(data: dict[str, Any]) -> Any:
    module_name, qualname, name = (as_text(data.get(k)) for k in ("module", "cls", "name"))
    module = sys.modules.get(module_name)
    if module is None and module_name.startswith(ENUM_MODULES) and module_name.isascii():
        import importlib

        try:
            module = importlib.import_module(module_name)
        except ImportError:
            module = None
    obj: Any = module
    for part in qualname.split("."):
        obj = getattr(obj, part, None) if not part.startswith("_") else None
    if isinstance(obj, type) and issubclass(obj, Enum) and name in obj.__members__:
        return obj[name]
    return Opaque(qualname, f"<{qualname}.{name}>")
