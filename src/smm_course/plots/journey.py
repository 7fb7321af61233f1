"""Customer journey map: stages as columns, map rows as lanes, emotion curve underneath."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from smm_course.frameworks.journey import EMOTION_MAX, EMOTION_MIN, JourneyStage, MapRow
from smm_course.i18n import t
from smm_course.plots._grid import titled_grid
from smm_course.plots._style import (
    INK,
    MUTED,
    OKABE_ITO,
    styled,
)
from smm_course.plots._text import draw_in_box

HEIGHT_PX = 940
LABEL_COL = 1.4  # width of the row-label column, in stage-column units
HEADER_ROW = 0.55
DEFAULT_ROWS = (
    MapRow.ACTIONS,
    MapRow.TOUCHPOINTS,
    MapRow.EMOTIONS,
    MapRow.PAIN_POINTS,
    MapRow.OPPORTUNITIES,
)


def _as_nested(journey: Any) -> dict[object, Mapping[object, object]]:
    """`journey` as {stage key: {row key: value}} (dict or DataFrame, either orientation)."""
    if hasattr(journey, "to_dict") and hasattr(journey, "columns"):
        journey = journey.to_dict()  # DataFrame: {column: {index: value}}
    if not isinstance(journey, Mapping):
        return {}
    nested = {k: v for k, v in journey.items() if isinstance(v, Mapping)}
    stage_keys = sum(JourneyStage.from_any(k) is not None for k in nested)
    row_keys = sum(MapRow.from_any(k) is not None for k in nested)
    if row_keys > stage_keys:  # rows outside, stages inside: turn it round
        flipped: dict[object, dict[object, object]] = {}
        for row, cells in nested.items():
            for stage, value in cells.items():
                flipped.setdefault(stage, {})[row] = value
        return dict(flipped)
    return nested


def journey_cells(journey: Any) -> dict[JourneyStage, dict[MapRow, object]]:
    """The map's cells by stage and row; unknown stages and rows are left out."""
    cells: dict[JourneyStage, dict[MapRow, object]] = {}
    for stage_key, rows in _as_nested(journey).items():
        stage = JourneyStage.from_any(stage_key)
        if stage is None:
            continue
        for row_key, value in rows.items():
            row = MapRow.from_any(row_key)
            if row is not None and not _is_blank(value):
                cells.setdefault(stage, {})[row] = value
    return cells


def _is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def emotion_score(value: object) -> float | None:
    """A score from -2 to +2 read from a number or text like '+1' / '-1,5'; None if unreadable."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(str(value).strip().replace(",", ".").replace("−", "-"))
    except ValueError:
        return None
    if math.isnan(number) or math.isinf(number):
        return None
    return max(EMOTION_MIN, min(EMOTION_MAX, number))


def _signed(number: float) -> str:
    text = f"{number:+.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


@styled
def journey_figure(journey: Any, lang: str | None = None) -> Figure:
    """The journey map table and, below it, the emotion curve across the five stages."""
    cells = journey_cells(journey)
    rows = list(DEFAULT_ROWS)
    if any(MapRow.THOUGHTS in r for r in cells.values()):
        rows.insert(2, MapRow.THOUGHTS)
    stages = list(JourneyStage)
    width = LABEL_COL + len(stages)
    grid_rect = (0.01, 0.33, 0.98, 0.61)
    grid = titled_grid(
        HEIGHT_PX,
        t("plots.journey.title", lang),
        "journey:title",
        grid_rect,
        (width, HEADER_ROW + len(rows)),
    )
    fig, ax, box = grid.fig, grid.ax, grid.box

    for i, stage in enumerate(stages):
        x0 = LABEL_COL + i
        ax.add_patch(
            Rectangle(
                (x0 + 0.02, 0.03),
                0.96,
                HEADER_ROW - 0.06,
                facecolor=OKABE_ITO["blue"],
                edgecolor="none",
                gid=f"stage:{stage.id}",
            )
        )
        draw_in_box(
            fig,
            ax,
            stage.label(lang),
            box(x0 + 0.02, 0.03, x0 + 0.98, HEADER_ROW - 0.03),
            pad=4,
            ha="center",
            max_size=12,
            min_size=7,
            fontweight="bold",
            color="white",
            gid=f"stage:{stage.id}:label",
        )
    for j, row in enumerate(rows):
        y0 = HEADER_ROW + j
        draw_in_box(
            fig,
            ax,
            row.label(lang),
            box(0, y0 + 0.02, LABEL_COL - 0.04, y0 + 0.98),
            pad=4,
            max_size=11,
            min_size=7,
            fontweight="bold",
            gid=f"row:{row.id}:label",
        )
        for i, stage in enumerate(stages):
            x0 = LABEL_COL + i
            cell = grid.cell(x0, y0, 0.02, gid=f"cell:{stage.id}:{row.id}", linewidth=0.8)
            value = cells.get(stage, {}).get(row)
            if value is None:
                continue
            if row is MapRow.EMOTIONS:
                score = emotion_score(value)
                value = _signed(score) if score is not None else str(value)
            draw_in_box(
                fig,
                ax,
                value,
                cell,
                pad=5,
                max_size=10,
                min_size=6.5,
                gid=f"cell:{stage.id}:{row.id}:text",
            )

    _emotion_curve(fig, grid_rect, width, stages, cells, lang=lang)
    return fig


def _emotion_curve(fig, grid_rect, width, stages, cells, *, lang) -> None:
    left, _, grid_w, _ = grid_rect
    col_w = grid_w / width
    ax = fig.add_axes((left + col_w * LABEL_COL, 0.05, col_w * len(stages), 0.24))
    scores = [emotion_score(cells.get(s, {}).get(MapRow.EMOTIONS)) for s in stages]
    xs = [i + 0.5 for i in range(len(stages))]
    ys = [math.nan if s is None else s for s in scores]
    ax.axhline(0, color=MUTED, linewidth=0.8, linestyle="--")
    ax.plot(xs, ys, color=INK, linewidth=2, gid="journey:emotion_curve")
    for x, y in zip(xs, ys, strict=True):
        if math.isnan(y):
            continue
        good = y >= 0
        ax.plot(
            x,
            y,
            marker="^" if good else "v",
            markersize=11,
            linestyle="none",
            color=OKABE_ITO["bluish_green" if good else "vermillion"],
        )
        ax.annotate(
            _signed(y),
            (x, y),
            textcoords="offset points",
            xytext=(0, 10 if good else -18),
            ha="center",
            fontsize=9,
        )
    ax.set_xlim(0, len(stages))
    ax.set_ylim(EMOTION_MIN - 0.6, EMOTION_MAX + 0.6)
    ax.set_yticks(range(EMOTION_MIN, EMOTION_MAX + 1))
    ax.set_yticklabels([_signed(v) if v else "0" for v in range(EMOTION_MIN, EMOTION_MAX + 1)])
    ax.set_xticks(xs)
    ax.set_xticklabels([s.label(lang) for s in stages], fontsize=9)
    ax.set_ylabel(t("plots.journey.emotion_axis", lang))
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.spines[["top", "right"]].set_visible(False)
    if all(s is None for s in scores):
        ax.text(
            len(stages) / 2,
            0.6,
            t("plots.journey.no_emotions", lang),
            ha="center",
            color=MUTED,
            fontstyle="italic",
            gid="journey:no_emotions",
        )
