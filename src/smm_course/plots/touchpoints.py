"""Touchpoint matrix: purchase phase x nature, with counts and names (managed vs spontaneous)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from smm_course.frameworks.touchpoints import Control, Nature, Phase, Touchpoint
from smm_course.i18n import t
from smm_course.plots._grid import titled_grid
from smm_course.plots._style import (
    MUTED,
    OKABE_ITO,
    styled,
)
from smm_course.plots._text import LINE_SPACING, draw_in_box, fit_text

HEIGHT_PX = 900
LABEL_COL = 0.55  # width of the nature-label column, in phase-column units
HEADER_ROW = 0.14  # height of the phase header, in nature-row units
MARKS = {
    Control.MANAGED: ("●", OKABE_ITO["blue"]),
    Control.SPONTANEOUS: ("▲", OKABE_ITO["vermillion"]),
}
NAME_KEYS = ("name", "nome", "touchpoint", "label")
PHASE_KEYS = ("phases", "phase", "fase", "fasi", "also_phases")
NATURE_KEYS = ("nature", "natura")
CONTROL_KEYS = ("control", "controllo")


@dataclass(frozen=True)
class TouchpointRow:
    """One touchpoint as the matrix needs it."""

    name: str
    phases: tuple[Phase, ...]
    nature: Nature | None
    control: Control | None


def _phases(value: Any) -> list[Phase]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    items = re.split(r"[;,|]", value) if isinstance(value, str) else value
    if isinstance(items, (Phase, str)):
        items = [items]
    try:
        found = [Phase.from_any(str(v).strip() if isinstance(v, str) else v) for v in items]
    except TypeError:
        return []
    return [p for p in found if p is not None]


def _first(record: Mapping[str, Any], keys: Iterable[str]) -> Any:
    for key in keys:
        if key in record and record[key] is not None:
            return record[key]
    return None


def touchpoint_rows(touchpoints: Any, lang: str | None = None) -> list[TouchpointRow]:
    """Normalise a DataFrame, a list of dicts or framework Touchpoints to `TouchpointRow`s."""
    if hasattr(touchpoints, "to_dict") and hasattr(touchpoints, "columns"):
        touchpoints = touchpoints.to_dict("records")
    rows: list[TouchpointRow] = []
    for item in touchpoints or ():
        if isinstance(item, Touchpoint):
            rows.append(TouchpointRow(item.name.get(lang), item.phases, item.nature, item.control))
            continue
        if not isinstance(item, Mapping):
            continue
        phases: list[Phase] = []
        for key in PHASE_KEYS:
            phases += [p for p in _phases(item.get(key)) if p not in phases]
        name = _first(item, NAME_KEYS)
        rows.append(
            TouchpointRow(
                name="" if name is None else str(name),
                phases=tuple(sorted(phases, key=list(Phase).index)),
                nature=Nature.from_any(_first(item, NATURE_KEYS)),
                control=Control.from_any(_first(item, CONTROL_KEYS)),
            )
        )
    return rows


@styled
def touchpoint_matrix_figure(touchpoints: Any, lang: str | None = None) -> Figure:
    """Phases as columns, digital/physical as rows; each cell counts and lists its touchpoints."""
    rows = touchpoint_rows(touchpoints, lang)
    phases, natures = list(Phase), list(Nature)
    grid = titled_grid(
        HEIGHT_PX,
        t("plots.touchpoints.title", lang),
        "touchpoints:title",
        (0.01, 0.08, 0.98, 0.86),
        (LABEL_COL + len(phases), HEADER_ROW + len(natures)),
    )
    fig, ax, box = grid.fig, grid.ax, grid.box
    for i, phase in enumerate(phases):
        x0 = LABEL_COL + i
        draw_in_box(
            fig,
            ax,
            phase.label(lang),
            box(x0, 0, x0 + 1, HEADER_ROW),
            ha="center",
            max_size=13,
            min_size=8,
            fontweight="bold",
            gid=f"phase:{phase.id}:label",
        )
    for j, nature in enumerate(natures):
        y0 = HEADER_ROW + j
        draw_in_box(
            fig,
            ax,
            nature.label(lang),
            box(0, y0, LABEL_COL, y0 + 1),
            max_size=13,
            min_size=8,
            fontweight="bold",
            gid=f"nature:{nature.id}:label",
        )
        for i, phase in enumerate(phases):
            x0 = LABEL_COL + i
            cell = grid.cell(x0, y0, 0.01, gid=f"cell:{phase.id}:{nature.id}")
            members = [r for r in rows if phase in r.phases and r.nature is nature]
            ax.text(
                *ax.transData.inverted().transform((cell.x1 - 10, cell.y1 - 6)),
                str(len(members)),
                ha="right",
                va="top",
                fontsize=22,
                fontweight="bold",
                color=OKABE_ITO["blue"],
                gid=f"count:{phase.id}:{nature.id}",
            )
            _names(fig, ax, members, cell, gid=f"{phase.id}:{nature.id}", lang=lang)

    unplaced = sum(1 for r in rows if not r.phases or r.nature is None)
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            linestyle="none",
            color=MARKS[Control.MANAGED][1],
            label=Control.MANAGED.label(lang),
        ),
        Line2D(
            [],
            [],
            marker="^",
            linestyle="none",
            color=MARKS[Control.SPONTANEOUS][1],
            label=Control.SPONTANEOUS.label(lang),
        ),
    ]
    fig.legend(
        handles=handles,
        loc="lower left",
        ncol=2,
        frameon=False,
        fontsize=11,
        bbox_to_anchor=(0.01, 0.0),
    )
    note = t("plots.touchpoints.total", lang, count=len(rows))
    if unplaced:
        note += " · " + t("plots.touchpoints.unplaced", lang, count=unplaced)
    fig.text(0.99, 0.025, note, ha="right", fontsize=10, color=MUTED, gid="touchpoints:note")
    return fig


def _names(fig, ax, members, cell: Bbox, *, gid: str, lang) -> None:
    """List the cell's touchpoints one per line, shrinking, then summarising the rest."""
    pad, top_gap = 10.0, 46.0  # leave room for the big count in the corner
    avail = cell.height - pad - top_gap
    if not members or avail <= 0:
        return
    size = 11.0
    line_px = size * LINE_SPACING * fig.dpi / 72
    while size > 7.5 and len(members) * line_px > avail:
        size -= 0.5
        line_px = size * LINE_SPACING * fig.dpi / 72
    capacity = max(int(avail // line_px), 1)
    shown = members if len(members) <= capacity else members[: capacity - 1]
    y = cell.y1 - top_gap
    for k, row in enumerate(shown):
        mark, colour = MARKS.get(row.control, ("◆", MUTED))
        fitted = fit_text(
            fig, f"{mark} {row.name}", cell.width - 2 * pad, line_px, max_size=size, min_size=size
        )
        x, yy = ax.transData.inverted().transform((cell.x0 + pad, y - k * line_px))
        ax.text(
            x,
            yy,
            fitted.text,
            ha="left",
            va="top",
            fontsize=size,
            color=colour,
            parse_math=False,
            gid=f"names:{gid}:{k}",
        )
    if len(shown) < len(members):
        x, yy = ax.transData.inverted().transform((cell.x0 + pad, y - len(shown) * line_px))
        ax.text(
            x,
            yy,
            t("plots.touchpoints.more", lang, count=len(members) - len(shown)),
            ha="left",
            va="top",
            fontsize=size,
            color=MUTED,
            fontstyle="italic",
            gid=f"names:{gid}:more",
        )
