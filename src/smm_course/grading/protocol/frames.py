"""numpy and pandas values as tagged JSON, and back (dtypes, indexes and categories kept)."""

from __future__ import annotations

import math
from typing import Any

from smm_course.grading.protocol import common


def encode_numpy(enc: Any, value: Any, depth: int) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        dtype = value.dtype
        if dtype.kind in "biuf":
            item = value.item()
            return {
                "t": "npscalar",
                "dtype": dtype.str,
                "v": common.tag_float(item) if isinstance(item, float) else item,
            }
        if dtype.kind in "U":
            return str(value)
        return enc.encode(value.item(), depth)
    if isinstance(value, np.ndarray):
        if value.size > enc.max_items:
            raise common.TooLarge
        if value.dtype.kind in "biuf":
            flat = [
                common.tag_float(v) if isinstance(v, float) else v for v in value.ravel().tolist()
            ]
        else:
            flat = [enc.encode(v, depth) for v in value.ravel().tolist()]
        return {
            "t": "ndarray",
            "dtype": value.dtype.str if value.dtype.kind in "biufU" else "O",
            "shape": list(value.shape),
            "v": flat,
        }
    return common.opaque(value)


def _column(enc: Any, series: Any, depth: int) -> dict[str, Any]:
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
        out["v"] = [common.tag_float(v) if isinstance(v, float) else v for v in series.tolist()]
    else:
        out["v"] = [None if v is pd.NA else enc.encode(v, depth) for v in series.tolist()]
    return out


def _index(enc: Any, index: Any, depth: int) -> dict[str, Any]:
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


def encode_pandas(enc: Any, value: Any, depth: int) -> Any:
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        if value.size > enc.max_items:
            raise common.TooLarge
        return {
            "t": "dataframe",
            "columns": _index(enc, value.columns, depth),
            "data": [_column(enc, value.iloc[:, i], depth) for i in range(value.shape[1])],
            "index": _index(enc, value.index, depth),
        }
    if isinstance(value, pd.Series):
        if value.size > enc.max_items:
            raise common.TooLarge
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
    return common.opaque(value)


def decode_numpy(dec: Any, data: dict[str, Any], depth: int) -> Any:
    import numpy as np

    dtype = common.as_text(data.get("dtype"))
    if dtype != "O" and (len(dtype) > 8 or dtype[:1] not in "<>|=" or dtype[1:2] not in "biufU"):
        raise common.Malformed("dtype")
    if data["t"] == "npscalar":
        value = dec.decode(data.get("v"), depth)
        return np.dtype(dtype).type(value)
    shape = [int(common.as_number(n)) for n in common.as_list(data.get("shape"))]
    flat = [dec.decode(v, depth) for v in common.as_list(data.get("v"))]
    if math.prod(shape) != len(flat):
        raise common.Malformed("shape")
    if dtype == "O":
        out = np.empty(len(flat), dtype=object)
        out[:] = flat if flat else out[:0]
        return out.reshape(shape)
    return np.array(flat, dtype=dtype).reshape(shape)


def _decode_column(dec: Any, data: Any, depth: int) -> Any:
    import pandas as pd

    if not isinstance(data, dict):
        raise common.Malformed("column")
    name = dec.decode(data.get("name"), depth)
    dtype = common.as_text(data.get("dtype"))
    if "codes" in data:
        categories = _decode_column(dec, data.get("categories"), depth)
        codes = [int(common.as_number(c)) for c in common.as_list(data.get("codes"))]
        cat = pd.Categorical.from_codes(
            codes, categories=pd.Index(categories), ordered=bool(data.get("ordered"))
        )
        return pd.Series(cat, name=name)
    values = [None if v is None else dec.decode(v, depth) for v in common.as_list(data.get("v"))]
    if not common.DTYPE_NAME.fullmatch(dtype):
        raise common.Malformed("dtype")
    try:
        if dtype.startswith("datetime64"):
            return pd.Series(pd.to_datetime(values), name=name).astype(dtype)
        if dtype.startswith("timedelta64"):
            return pd.Series(pd.to_timedelta(values, unit="s"), name=name)
        return pd.Series(values, dtype=dtype, name=name)
    except (TypeError, ValueError):
        return pd.Series(values, dtype=object, name=name)


def _decode_index(dec: Any, data: Any, depth: int) -> Any:
    import pandas as pd

    if not isinstance(data, dict):
        raise common.Malformed("index")
    if "range" in data:
        start, stop, step = (int(common.as_number(v)) for v in common.as_list(data["range"])[:3])
        return pd.RangeIndex(start, stop, step or 1, name=dec.decode(data.get("name"), depth))
    if "multi" in data:
        levels = [_decode_column(dec, level, depth) for level in common.as_list(data["multi"])]
        names = [dec.decode(n, depth) for n in common.as_list(data.get("names"))]
        return pd.MultiIndex.from_arrays(levels, names=names or None)
    column = _decode_column(dec, data, depth)
    return pd.Index(column, name=column.name)


def decode_pandas(dec: Any, data: dict[str, Any], depth: int) -> Any:
    import pandas as pd

    tag = data["t"]
    if tag == "na":
        return pd.NA
    if tag == "timestamp":
        text = data.get("v")
        return pd.NaT if text is None else pd.Timestamp(common.as_text(text))
    if tag == "index":
        return _decode_index(dec, data.get("index"), depth)
    index = _decode_index(dec, data.get("index"), depth)
    if tag == "series":
        series = _decode_column(dec, data.get("data"), depth)
        if len(series) != len(index):
            raise common.Malformed("series length")
        series.index = index
        return series
    columns = _decode_index(dec, data.get("columns"), depth)
    parts = [_decode_column(dec, c, depth) for c in common.as_list(data.get("data"))]
    if len(parts) != len(columns) or any(len(p) != len(index) for p in parts):
        raise common.Malformed("frame shape")
    frame = (
        pd.concat([p.reset_index(drop=True) for p in parts], axis=1)
        if parts
        else pd.DataFrame(index=range(len(index)))
    )
    frame.columns = columns
    frame.index = index
    return frame
