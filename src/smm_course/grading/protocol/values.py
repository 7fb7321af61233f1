"""Answer values as JSON-safe data: `encode` in the sandbox, `decode` on the trusted side.

Plain Python values, numpy scalars and arrays, pandas objects, the course's enums and
matplotlib figures travel as tagged JSON. Anything else arrives as an `Opaque` stand-in; a
function arrives as a `Remote` handle that the trusted side may call back through the sandbox.
`decode` builds only these types: it never imports, evaluates or unpickles what it is sent.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from smm_course.grading.protocol import figures

DTYPE_NAME = re.compile(r"[A-Za-z0-9_\[\], :/.+-]{1,60}")
MAX_DEPTH = 40
MAX_ITEMS = 200_000
ENUM_MODULES = ("smm_course.",)


class TooLarge(Exception):
    """The value is larger than the sandbox may send back."""


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
            return _opaque(value)
        return _encode(self, value, depth + 1)


def _opaque(value: Any) -> dict[str, Any]:
    try:
        text = repr(value)[:300]
    except Exception:
        text = "?"
    return {"t": "opaque", "type": type(value).__name__[:100], "repr": text}


def _float(value: float) -> Any:
    if math.isfinite(value):
        return value
    return {"t": "float", "v": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}


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
        return _float(value)
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
        return {"t": "complex", "v": [_float(value.real), _float(value.imag)]}
    if isinstance(value, dt.datetime):
        return {"t": "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {"t": "date", "v": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"t": "timedelta", "v": value.total_seconds()}
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _float(float(value))
    module = type(value).__module__.split(".")[0]
    if module == "numpy" and "numpy" in sys.modules:
        return _encode_numpy(enc, value, depth)
    if module == "pandas" and "pandas" in sys.modules:
        return _encode_pandas(enc, value, depth)
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
    return _opaque(value)


def _encode_numpy(enc: Encoder, value: Any, depth: int) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        dtype = value.dtype
        if dtype.kind in "biuf":
            item = value.item()
            return {
                "t": "npscalar",
                "dtype": dtype.str,
                "v": _float(item) if isinstance(item, float) else item,
            }
        if dtype.kind in "U":
            return str(value)
        return enc.encode(value.item(), depth)
    if isinstance(value, np.ndarray):
        if value.size > enc.max_items:
            raise TooLarge
        if value.dtype.kind in "biuf":
            flat = [_float(v) if isinstance(v, float) else v for v in value.ravel().tolist()]
        else:
            flat = [enc.encode(v, depth) for v in value.ravel().tolist()]
        return {
            "t": "ndarray",
            "dtype": value.dtype.str if value.dtype.kind in "biufU" else "O",
            "shape": list(value.shape),
            "v": flat,
        }
    return _opaque(value)


def _column(enc: Encoder, series: Any, depth: int) -> dict[str, Any]:
    """One column (or an index level) with its dtype."""
    import pandas as pd

    dtype = series.dtype
    out: dict[str, Any] = {"name": enc.encode(series.name, depth), "dtype": str(dtype)}
    if isinstance(dtype, pd.CategoricalDtype):
        out["categories"] = _column(enc, pd.Series(dtype.categories), depth)
        out["ordered"] = bool(dtype.ordered)
        out["codes"] = [int(c) for c in series.cat.codes.tolist()]
        return out
    kind = getattr(dtype, "kind", "O")
    if kind == "M":
        out["v"] = [None if pd.isna(v) else v.isoformat() for v in series.tolist()]
    elif kind == "m":
        out["v"] = [None if pd.isna(v) else v.total_seconds() for v in series.tolist()]
    elif kind in "biuf" and not isinstance(dtype, pd.api.extensions.ExtensionDtype):
        out["v"] = [_float(v) if isinstance(v, float) else v for v in series.tolist()]
    else:
        out["v"] = [None if v is pd.NA else enc.encode(v, depth) for v in series.tolist()]
    return out


def _index(enc: Encoder, index: Any, depth: int) -> dict[str, Any]:
    import pandas as pd

    if isinstance(index, pd.MultiIndex):
        return {
            "multi": [
                _column(enc, pd.Series(index.get_level_values(i)), depth)
                for i in range(index.nlevels)
            ],
            "names": [enc.encode(n, depth) for n in index.names],
        }
    if isinstance(index, pd.RangeIndex):
        return {
            "range": [index.start, index.stop, index.step],
            "name": enc.encode(index.name, depth),
        }
    col = _column(enc, pd.Series(index), depth)
    col["name"] = enc.encode(index.name, depth)
    return col


def _encode_pandas(enc: Encoder, value: Any, depth: int) -> Any:
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        if value.size > enc.max_items:
            raise TooLarge
        return {
            "t": "dataframe",
            "columns": _index(enc, value.columns, depth),
            "data": [_column(enc, value.iloc[:, i], depth) for i in range(value.shape[1])],
            "index": _index(enc, value.index, depth),
        }
    if isinstance(value, pd.Series):
        if value.size > enc.max_items:
            raise TooLarge
        return {
            "t": "series",
            "data": _column(enc, value, depth),
            "index": _index(enc, value.index, depth),
        }
    if isinstance(value, pd.Index):
        return {"t": "index", "index": _index(enc, value, depth)}
    if isinstance(value, pd.Timestamp):
        return {"t": "timestamp", "v": None if pd.isna(value) else value.isoformat()}
    if value is pd.NA:
        return {"t": "na"}
    return _opaque(value)


# ---------------------------------------------------------------- trusted side


class Opaque:
    """Stands for a value that could not travel (its type name and a short repr)."""

    def __init__(self, type_name: str, text: str) -> None:
        self.type_name = type_name
        self.text = text

    def __repr__(self) -> str:
        return self.text


class Malformed(Exception):
    """What arrived is not a value this protocol can send."""


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
            items = [self.decode(v, d) for v in _list(data.get("v"))]
            if tag == "list":
                return items
            kind = {"tuple": tuple, "set": set, "frozenset": frozenset}[tag]
            try:
                return kind(items)
            except TypeError as exc:
                raise Malformed("unhashable item") from exc
        if tag == "dict":
            out = {}
            for pair in _list(data.get("v")):
                pair = _list(pair)
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
            return int(_text(data.get("v"))[:5000])
        if tag == "bytes":
            return base64.b64decode(_text(data.get("v")))
        if tag == "complex":
            real, imag = _list(data.get("v"))[:2]
            return complex(_number(self.decode(real, d)), _number(self.decode(imag, d)))
        if tag in ("datetime", "date"):
            kind = dt.datetime if tag == "datetime" else dt.date
            return _parse(kind.fromisoformat, _text(data.get("v")))
        if tag == "timedelta":
            return dt.timedelta(seconds=_number(data.get("v")))
        if tag == "enum":
            return _enum(data)
        if tag == "opaque":
            return Opaque(_text(data.get("type")), _text(data.get("repr")))
        if tag == "remote":
            ref = data.get("ref")
            if not isinstance(ref, int) or self.remote is None:
                return Opaque("function", f"<function {_text(data.get('name', ''))}>")
            return self.remote(ref, _text(data.get("name", "")))
        if tag in ("npscalar", "ndarray"):
            return _decode_numpy(self, data, d)
        if tag in ("dataframe", "series", "index", "timestamp", "na"):
            return _decode_pandas(self, data, d)
        if tag in ("figure", "axes", "figref"):
            return figures.decode_artist(self, data)
        raise Malformed(f"unknown tag {tag[:40]}")


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise Malformed("expected a list")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise Malformed("expected a string")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Malformed("expected a number")
    return float(value)


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
    module_name, qualname, name = (_text(data.get(k)) for k in ("module", "cls", "name"))
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


def _decode_numpy(dec: Decoder, data: dict[str, Any], depth: int) -> Any:
    import numpy as np

    dtype = _text(data.get("dtype"))
    if dtype != "O" and (len(dtype) > 8 or dtype[:1] not in "<>|=" or dtype[1:2] not in "biufU"):
        raise Malformed("dtype")
    if data["t"] == "npscalar":
        value = dec.decode(data.get("v"), depth)
        return np.dtype(dtype).type(value)
    shape = [int(_number(n)) for n in _list(data.get("shape"))]
    flat = [dec.decode(v, depth) for v in _list(data.get("v"))]
    if math.prod(shape) != len(flat):
        raise Malformed("shape")
    if dtype == "O":
        out = np.empty(len(flat), dtype=object)
        out[:] = flat if flat else out[:0]
        return out.reshape(shape)
    return np.array(flat, dtype=dtype).reshape(shape)


def _decode_column(dec: Decoder, data: Any, depth: int) -> Any:
    import pandas as pd

    if not isinstance(data, dict):
        raise Malformed("column")
    name = dec.decode(data.get("name"), depth)
    dtype = _text(data.get("dtype"))
    if "codes" in data:
        categories = _decode_column(dec, data.get("categories"), depth)
        codes = [int(_number(c)) for c in _list(data.get("codes"))]
        cat = pd.Categorical.from_codes(
            codes, categories=pd.Index(categories), ordered=bool(data.get("ordered"))
        )
        return pd.Series(cat, name=name)
    values = [None if v is None else dec.decode(v, depth) for v in _list(data.get("v"))]
    if not DTYPE_NAME.fullmatch(dtype):
        raise Malformed("dtype")
    try:
        if dtype.startswith("datetime64"):
            return pd.Series(pd.to_datetime(values), name=name).astype(dtype)
        if dtype.startswith("timedelta64"):
            return pd.Series(pd.to_timedelta(values, unit="s"), name=name)
        return pd.Series(values, dtype=dtype, name=name)
    except (TypeError, ValueError):
        return pd.Series(values, dtype=object, name=name)


def _decode_index(dec: Decoder, data: Any, depth: int) -> Any:
    import pandas as pd

    if not isinstance(data, dict):
        raise Malformed("index")
    if "range" in data:
        start, stop, step = (int(_number(v)) for v in _list(data["range"])[:3])
        return pd.RangeIndex(start, stop, step or 1, name=dec.decode(data.get("name"), depth))
    if "multi" in data:
        levels = [_decode_column(dec, level, depth) for level in _list(data["multi"])]
        names = [dec.decode(n, depth) for n in _list(data.get("names"))]
        return pd.MultiIndex.from_arrays(levels, names=names or None)
    column = _decode_column(dec, data, depth)
    return pd.Index(column, name=column.name)


def _decode_pandas(dec: Decoder, data: dict[str, Any], depth: int) -> Any:
    import pandas as pd

    tag = data["t"]
    if tag == "na":
        return pd.NA
    if tag == "timestamp":
        text = data.get("v")
        return pd.NaT if text is None else pd.Timestamp(_text(text))
    if tag == "index":
        return _decode_index(dec, data.get("index"), depth)
    index = _decode_index(dec, data.get("index"), depth)
    if tag == "series":
        series = _decode_column(dec, data.get("data"), depth)
        if len(series) != len(index):
            raise Malformed("series length")
        series.index = index
        return series
    columns = _decode_index(dec, data.get("columns"), depth)
    parts = [_decode_column(dec, c, depth) for c in _list(data.get("data"))]
    if len(parts) != len(columns) or any(len(p) != len(index) for p in parts):
        raise Malformed("frame shape")
    frame = (
        pd.concat([p.reset_index(drop=True) for p in parts], axis=1)
        if parts
        else pd.DataFrame(index=range(len(index)))
    )
    frame.columns = columns
    frame.index = index
    return frame
