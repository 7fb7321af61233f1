"""Channel heatmap: which of the five channel phases each channel serves (and how much)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from smm_course.frameworks.channels import EXAMPLES, ChannelPhase, ChannelType
from smm_course.frameworks.concepts import fold
from smm_course.i18n import t
from smm_course.plots._style import MUTED, OKABE_ITO, SEQUENTIAL_CMAP, new_figure, styled
from smm_course.plots._text import clean, draw_in_box

TYPE_KEYS = ("type", "tipo", "channel_type")
NAME_KEYS = ("name", "nome")
TYPE_COLOURS = {
    ChannelType.DIRECT: OKABE_ITO["blue"],
    ChannelType.INDIRECT: OKABE_ITO["vermillion"],
}


def _number(value: Any) -> float:
    if isinstance(value, (bool, np.bool_)):
        return 1.0 if value else 0.0
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan


def _known_type(channel: str) -> ChannelType | None:
    wanted = fold(channel)
    for example in EXAMPLES:
        if wanted in {fold(example.name.it), fold(example.name.en)}:
            return example.type
    return None


def channel_matrix(
    matrix: Any, types: Mapping[str, object] | None = None
) -> list[tuple[str, list[float], ChannelType | None]]:
    """Rows of (channel, one value per ChannelPhase, channel type or None)."""
    if hasattr(matrix, "to_dict") and hasattr(matrix, "columns"):
        records = matrix.to_dict("records")
        matrix = {}
        for record in records:
            name = next((record[k] for k in (*NAME_KEYS, "channel") if record.get(k)), "")
            matrix[str(name)] = record
    rows = []
    for channel, phases in (matrix or {}).items():
        if not isinstance(phases, Mapping):
            continue
        by_phase: dict[ChannelPhase, float] = {}
        kind = None
        for key, value in phases.items():
            if str(key).lower() in TYPE_KEYS:
                kind = ChannelType.from_any(value)
                continue
            phase = ChannelPhase.from_any(key)
            if phase is not None:
                by_phase[phase] = _number(value)
        if types and channel in types:
            kind = ChannelType.from_any(types[channel]) or kind
        kind = kind or _known_type(str(channel))
        values = [by_phase.get(p, math.nan) for p in ChannelPhase]
        rows.append((clean(channel).strip(), values, kind))
    return rows


@styled
def channel_heatmap_figure(
    matrix: Mapping[str, Mapping[str, float | bool]] | Any,
    lang: str | None = None,
    types: Mapping[str, object] | None = None,
) -> Figure:
    """Channels x the five channel phases, coloured by how much each phase is served."""
    rows = channel_matrix(matrix, types)
    phases = list(ChannelPhase)
    n = max(len(rows), 1)
    height_px = int(min(max(300 + 46 * n, 520), 1600))
    fig = new_figure(height_px)
    fig.text(
        0.01,
        1 - 14 / height_px,
        t("plots.channels.title", lang),
        ha="left",
        va="top",
        fontsize=16,
        fontweight="bold",
        gid="channels:title",
    )
    top, bottom = 1 - 110 / height_px, 70 / height_px
    ax = fig.add_axes((0.25, bottom, 0.56, top - bottom))
    data = np.array([values for _, values, _ in rows] or [[math.nan] * len(phases)], dtype=float)
    finite = data[np.isfinite(data)]
    vmax = max(1.0, float(finite.max())) if finite.size else 1.0
    binary = bool(finite.size) and bool(np.isin(finite, (0.0, 1.0)).all())
    cmap = (
        ListedColormap(["#e8e8e8", OKABE_ITO["sky_blue"]]) if binary else colormaps[SEQUENTIAL_CMAP]
    ).with_extremes(bad="#ffffff")
    image = ax.imshow(
        np.ma.masked_invalid(data),
        cmap=cmap,
        vmin=0,
        vmax=vmax,
        aspect="auto",
        gid="channels:heatmap",
    )
    if not binary:
        fig.colorbar(image, ax=ax, location="bottom", fraction=0.04, pad=0.04)
    ax.set_xticks(range(len(phases)))
    ax.set_xticklabels([p.label(lang) for p in phases], fontsize=11)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([name for name, _, _ in rows], fontsize=11)
    for label in ax.get_yticklabels():
        label.set_parse_math(False)
    ax.tick_params(length=0)
    ax.set_xticks(np.arange(-0.5, len(phases)), minor=True)
    ax.set_yticks(np.arange(-0.5, len(rows)), minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for i, (_, values, _) in enumerate(rows):
        for j, value in enumerate(values):
            if math.isnan(value):
                continue
            text = (
                ("✓" if value else "–")
                if vmax == 1.0 and value in (0.0, 1.0)
                else (f"{value:g}".replace(".", t("plots.decimal", lang)))
            )
            dark = value / vmax < 0.55
            ax.text(
                j,
                i,
                text,
                ha="center",
                va="center",
                fontsize=12,
                color="white" if dark else "black",
                gid=f"channels:cell:{i}:{j}",
            )

    # direct / indirect, in a column of its own at the right of the grid
    renderer_box = ax.get_window_extent(fig.canvas.get_renderer())
    row_px = renderer_box.height / max(len(rows), 1)
    for i, (_, _, kind) in enumerate(rows):
        label = kind.label(lang) if kind else t("plots.channels.unknown_type", lang)
        y1 = renderer_box.y1 - i * row_px
        box = Bbox.from_extents(renderer_box.x1 + 8, y1 - row_px, fig.bbox.width - 6, y1)
        artist, _ = draw_in_box(
            fig,
            ax,
            label,
            box,
            pad=2,
            max_size=11,
            min_size=7,
            color=TYPE_COLOURS.get(kind, MUTED),
            fontweight="bold",
            gid=f"channels:type:{i}",
        )
        if artist is not None:
            artist.set_va("center")
            artist.set_y(i)
    fig.text(
        0.01,
        0.02,
        t("plots.channels.legend", lang),
        ha="left",
        va="bottom",
        fontsize=9.5,
        color=MUTED,
        gid="channels:legend",
    )
    return fig
