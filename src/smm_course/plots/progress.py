"""Progress per lesson: exercises done and passed out of the total, and attempts made."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from matplotlib.figure import Figure

from smm_course.i18n import t
from smm_course.plots._style import MUTED, OKABE_ITO, new_figure, styled
from smm_course.plots._text import clean

MAX_LABEL = 34


def _count(record: Mapping[str, Any], key: str) -> int:
    try:
        value = float(record.get(key) or 0)
    except (TypeError, ValueError):
        return 0
    return int(value) if math.isfinite(value) and value > 0 else 0


def clean_progress_rows(rows: Iterable[Mapping[str, Any]] | Any) -> list[dict[str, Any]]:
    """Clean rows {lesson, done, passed, attempts, total}: counts >= 0, passed <= done <= total."""
    if hasattr(rows, "to_dict") and hasattr(rows, "columns"):
        rows = rows.to_dict("records")
    out = []
    for item in rows or ():
        record = item.as_dict() if hasattr(item, "as_dict") else item
        if not isinstance(record, Mapping):
            continue
        done, passed = _count(record, "done"), _count(record, "passed")
        total = max(_count(record, "total"), done, passed)
        out.append(
            {
                "lesson": _label(record),
                "done": max(done, passed),
                "passed": passed,
                "attempts": _count(record, "attempts"),
                "total": total,
            }
        )
    return out


def _label(record: Mapping[str, Any]) -> str:
    lesson = clean(record.get("lesson", "")).strip()
    title = clean(record.get("title") or "").strip()
    label = f"{lesson} · {title}" if title else lesson
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


@styled
def progress_figure(
    progress_rows: Iterable[Mapping[str, Any]] | Any, lang: str | None = None
) -> Figure:
    """Two bar charts per lesson: passed / done / to do out of the total, and attempts."""
    rows = clean_progress_rows(progress_rows)
    n = max(len(rows), 1)
    height_px = int(min(max(220 + 42 * n, 480), 1400))
    fig = new_figure(height_px)
    fig.text(
        0.01,
        1 - 12 / height_px,
        t("plots.progress.title", lang),
        ha="left",
        va="top",
        fontsize=16,
        fontweight="bold",
        gid="progress:title",
    )
    top, bottom = 1 - 90 / height_px, 80 / height_px
    left = fig.add_axes((0.22, bottom, 0.46, top - bottom))
    right = fig.add_axes((0.74, bottom, 0.23, top - bottom), sharey=left)
    ys = list(range(len(rows)))
    passed = [r["passed"] for r in rows]
    pending = [r["done"] - r["passed"] for r in rows]
    todo = [r["total"] - r["done"] for r in rows]
    left.barh(
        ys,
        passed,
        color=OKABE_ITO["bluish_green"],
        label=t("plots.progress.passed", lang),
        gid="progress:passed",
    )
    left.barh(
        ys,
        pending,
        left=passed,
        color=OKABE_ITO["orange"],
        hatch="//",
        edgecolor="white",
        label=t("plots.progress.not_passed", lang),
        gid="progress:done",
    )
    left.barh(
        ys,
        todo,
        left=[p + q for p, q in zip(passed, pending, strict=True)],
        color="#dddddd",
        label=t("plots.progress.todo", lang),
        gid="progress:todo",
    )
    for y, row in zip(ys, rows, strict=True):
        left.text(
            row["total"],
            y,
            f"  {row['passed']}/{row['total']}",
            va="center",
            fontsize=10,
            gid=f"progress:ratio:{y}",
        )
    right.barh(ys, [r["attempts"] for r in rows], color=OKABE_ITO["blue"], gid="progress:attempts")
    for y, row in zip(ys, rows, strict=True):
        right.text(row["attempts"], y, f" {row['attempts']}", va="center", fontsize=10)
    left.set_yticks(ys)
    left.set_yticklabels([r["lesson"] for r in rows], fontsize=11)
    left.set_ylim(max(len(rows), 1) - 0.5, -0.5)
    most = max((r["total"] for r in rows), default=1) or 1
    left.set_xlim(0, most * 1.15)
    right.set_xlim(0, max((r["attempts"] for r in rows), default=1) * 1.25 or 1)
    left.set_xlabel(t("plots.progress.exercises", lang))
    right.set_xlabel(t("plots.progress.attempts", lang))
    right.tick_params(labelleft=False)
    for axis in (left, right):
        axis.spines[["top", "right"]].set_visible(False)
        axis.xaxis.get_major_locator().set_params(integer=True)
    left.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False, fontsize=10)
    if not rows:
        left.text(
            0.5,
            0.5,
            t("plots.progress.empty", lang),
            transform=left.transAxes,
            ha="center",
            color=MUTED,
            fontstyle="italic",
            gid="progress:empty",
        )
    return fig
