"""Matplotlib figures as data: what a chart test looks at, rebuilt as a real figure.

Bars and other patches, lines, scatter points, images, texts, tick positions and labels,
legend, titles, axis labels, scales and limits travel; the rebuilt figure has a canvas, so
tests that draw it and read its artists behave as on the student's own figure.
"""

from __future__ import annotations

import contextlib
from typing import Any

SCALES = ("linear", "log", "symlog", "logit")
MAX_IMAGE = 250_000


def _color(value: Any) -> Any:
    from matplotlib.colors import to_hex

    try:
        return to_hex(value, keep_alpha=True)
    except (ValueError, TypeError):
        return None


def _patch(patch: Any) -> dict[str, Any]:
    kind = type(patch).__name__
    out: dict[str, Any] = {
        "kind": kind,
        "fc": _color(patch.get_facecolor()),
        "ec": _color(patch.get_edgecolor()),
        "label": str(patch.get_label()),
        "visible": bool(patch.get_visible()),
    }
    if kind == "Rectangle":
        out.update(
            x=float(patch.get_x()),
            y=float(patch.get_y()),
            w=float(patch.get_width()),
            h=float(patch.get_height()),
            angle=float(patch.get_angle()),
        )
    elif kind == "Wedge":
        out.update(
            center=[float(v) for v in patch.center],
            r=float(patch.r),
            theta1=float(patch.theta1),
            theta2=float(patch.theta2),
            width=None if patch.width is None else float(patch.width),
        )
    else:
        verts = patch.get_transform().transform(patch.get_path().vertices)
        data = patch.axes.transData.inverted().transform(verts) if patch.axes else verts
        out.update(kind="Polygon", xy=[[float(a), float(b)] for a, b in data[:2000]])
    return out


def _points(offsets: Any) -> list[tuple[float, float]]:
    """Scatter offsets as (x, y) pairs, at most 20,000."""
    import numpy as np

    array = np.asarray(offsets, dtype=float).reshape(-1, 2)[:20_000]
    return [(float(a), float(b)) for a, b in array]


def _ticks(axis: Any, enc: Any) -> dict[str, Any]:
    return {
        "locs": [float(v) for v in axis.get_majorticklocs()],
        "labels": [t.get_text() for t in axis.get_majorticklabels()],
    }


def _axes(enc: Any, ax: Any) -> dict[str, Any]:
    from matplotlib.collections import PathCollection
    from matplotlib.container import BarContainer

    patches = list(ax.patches)
    legend = ax.get_legend()
    images = []
    for image in ax.get_images():
        array = image.get_array()
        if array is not None and array.size <= MAX_IMAGE:
            images.append(
                {
                    "array": enc.encode(
                        array.filled(float("nan")) if hasattr(array, "filled") else array
                    ),
                    "extent": [float(v) for v in image.get_extent()],
                    "cmap": image.get_cmap().name,
                }
            )
    return {
        "pos": [float(v) for v in ax.get_position().bounds],
        "title": [ax.get_title(loc) for loc in ("center", "left", "right")],
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "xscale": ax.get_xscale(),
        "yscale": ax.get_yscale(),
        "xlim": [float(v) for v in ax.get_xlim()],
        "ylim": [float(v) for v in ax.get_ylim()],
        "xticks": _ticks(ax.xaxis, enc),
        "yticks": _ticks(ax.yaxis, enc),
        "patches": [_patch(p) for p in patches[:5000]],
        "lines": [
            {
                "x": enc.encode(list(line.get_xdata())),
                "y": enc.encode(list(line.get_ydata())),
                "label": str(line.get_label()),
                "color": _color(line.get_color()),
                "marker": str(line.get_marker()),
                "ls": str(line.get_linestyle()),
                "lw": float(line.get_linewidth()),
            }
            for line in ax.get_lines()[:500]
        ],
        "scatter": [
            {
                "xy": [[float(a), float(b)] for a, b in _points(c.get_offsets())],
                "label": str(c.get_label()),
            }
            for c in ax.collections
            if isinstance(c, PathCollection)
        ],
        "texts": [
            {"xy": [float(v) for v in t.get_position()], "text": t.get_text()}
            for t in ax.texts[:2000]
        ],
        "images": images,
        "bars": [
            {
                "patches": [patches.index(p) for p in c.patches if p in patches],
                "label": str(c.get_label()),
            }
            for c in ax.containers
            if isinstance(c, BarContainer)
        ],
        "legend": None
        if legend is None
        else {
            "texts": [t.get_text() for t in legend.get_texts()],
            "title": legend.get_title().get_text(),
        },
    }


def encode_artist(enc: Any, value: Any) -> dict[str, Any] | None:
    """A Figure or Axes as tagged JSON (None for any other matplotlib object)."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if isinstance(value, Axes):
        fig = value.figure
        return {"t": "axes", "fig": encode_artist(enc, fig), "i": fig.axes.index(value)}
    if not isinstance(value, Figure):
        return None
    number, seen = enc.figure_id(value)
    if seen:
        return {"t": "figref", "id": number}
    if value.stale:  # tick labels exist only once the figure is drawn
        with contextlib.suppress(Exception):
            value.canvas.draw()
    title = getattr(value, "_suptitle", None)  # matplotlib keeps it private
    suptitle = title.get_text() if title is not None else ""
    return {
        "t": "figure",
        "id": number,
        "size": [float(v) for v in value.get_size_inches()],
        "suptitle": suptitle,
        "axes": [_axes(enc, ax) for ax in value.axes[:50]],
    }


# ---------------------------------------------------------------- trusted side


def _num(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("not a number")
    return float(value)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _build_patch(data: dict[str, Any]) -> Any:
    from matplotlib.patches import Polygon, Rectangle, Wedge

    style = {
        "facecolor": data.get("fc") or "none",
        "edgecolor": data.get("ec") or "none",
        "label": _str(data.get("label")),
        "visible": bool(data.get("visible", True)),
    }
    kind = data.get("kind")
    if kind == "Rectangle":
        xy = (_num(data["x"]), _num(data["y"]))
        rect = Rectangle(xy, _num(data["w"]), _num(data["h"]), angle=_num(data["angle"]))
        rect.update(style)
        return rect
    if kind == "Wedge":
        cx, cy = (_num(v) for v in data["center"][:2])
        width = data.get("width")
        return Wedge(
            (cx, cy),
            _num(data["r"]),
            _num(data["theta1"]),
            _num(data["theta2"]),
            width=None if width is None else _num(width),
            **style,
        )
    points = [[_num(a), _num(b)] for a, b in data["xy"]]
    return Polygon(points or [[0.0, 0.0]], closed=True, **style)


def _build_axes(dec: Any, fig: Any, data: dict[str, Any]) -> Any:
    from matplotlib.container import BarContainer
    from matplotlib.patches import Patch
    from matplotlib.ticker import NullLocator

    ax = fig.add_axes([_num(v) for v in data["pos"][:4]])
    for axis in ("x", "y"):
        scale = data.get(f"{axis}scale")
        getattr(ax, f"set_{axis}scale")(scale if scale in SCALES else "linear")
        # tests read the major ticks; minor ones (hundreds on a log axis) only slow each draw
        getattr(ax, f"{axis}axis").set_minor_locator(NullLocator())
    patches = [ax.add_patch(_build_patch(p)) for p in data.get("patches", [])]
    for line in data.get("lines", []):
        x, y = dec.decode(line["x"]), dec.decode(line["y"])
        ax.plot(
            x,
            y,
            color=line.get("color") or "C0",
            marker=_str(line.get("marker")) or None,
            linestyle=_str(line.get("ls")) or "-",
            linewidth=_num(line.get("lw", 1.0)),
            label=_str(line.get("label")),
        )
    for group in data.get("scatter", []):
        points = [[_num(a), _num(b)] for a, b in group.get("xy", [])]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        ax.scatter(xs, ys, label=_str(group.get("label")))
    for text in data.get("texts", []):
        x, y = (_num(v) for v in text["xy"][:2])
        ax.text(x, y, _str(text.get("text")))
    for image in data.get("images", []):
        extent = [_num(v) for v in image.get("extent", [])[:4]]
        cmap = image.get("cmap") if isinstance(image.get("cmap"), str) else None
        try:
            ax.imshow(dec.decode(image["array"]), extent=extent or None, cmap=cmap)
        except (ValueError, TypeError):
            ax.imshow(dec.decode(image["array"]), extent=extent or None)
    for bars in data.get("bars", []):
        members = [patches[i] for i in bars.get("patches", []) if 0 <= i < len(patches)]
        ax.add_container(BarContainer(members, label=_str(bars.get("label"))))
    ax.autoscale(False)
    for axis in ("x", "y"):
        ticks = data.get(f"{axis}ticks", {})
        locs = [_num(v) for v in ticks.get("locs", [])]
        labels = [_str(v) for v in ticks.get("labels", [])]
        getattr(ax, f"set_{axis}ticks")(locs)
        if len(labels) == len(locs):
            getattr(ax, f"set_{axis}ticklabels")(labels)
        low, high = (_num(v) for v in data[f"{axis}lim"][:2])
        getattr(ax, f"set_{axis}lim")(low, high)
    for loc, title in zip(("center", "left", "right"), data.get("title", []), strict=False):
        ax.set_title(_str(title), loc=loc)
    ax.set_xlabel(_str(data.get("xlabel")))
    ax.set_ylabel(_str(data.get("ylabel")))
    legend = data.get("legend")
    if isinstance(legend, dict):
        texts = [_str(t) for t in legend.get("texts", [])]
        ax.legend(
            handles=[Patch(label=t) for t in texts],
            labels=texts,
            title=_str(legend.get("title")) or None,
        )
    return ax


def decode_artist(dec: Any, data: dict[str, Any]) -> Any:
    """The Figure or Axes that `data` describes, rebuilt on a fresh Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from smm_course.grading.protocol.common import Malformed

    try:
        if data["t"] == "figref":
            return dec.figures[int(_num(data["id"]))]
        if data["t"] == "axes":
            fig = decode_artist(dec, data["fig"])
            return fig.axes[int(_num(data["i"]))]
        number = int(_num(data["id"]))
        width, height = (_num(v) for v in data["size"][:2])
        fig = Figure(figsize=(min(width, 50.0), min(height, 50.0)))
        FigureCanvasAgg(fig)
        dec.figures[number] = fig
        for axes in data.get("axes", [])[:50]:
            _build_axes(dec, fig, axes)
        if data.get("suptitle"):
            fig.suptitle(_str(data["suptitle"]))
        return fig
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise Malformed(f"figure: {exc}") from exc
