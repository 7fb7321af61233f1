"""Figures shown live inside forms, turned into PNG bytes for an ipywidgets Image."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any


def png_bytes(fig: Any) -> bytes:
    """The figure as PNG bytes (the figure is released afterwards)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=fig.dpi)
    try:
        import matplotlib.pyplot as plt

        plt.close(fig)
    except Exception:  # a Figure made without pyplot needs no closing
        pass
    return buffer.getvalue()


def emotion_curve_png(
    labels: Sequence[str], scores: Sequence[int | None], title: str, low: int, high: int
) -> bytes:
    """A small line chart of the emotion score per stage (gaps where no score)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 2.4), dpi=90)
    ax = fig.add_subplot()
    xs = list(range(len(labels)))
    ys = [float("nan") if s is None else s for s in scores]
    ax.axhspan(low - 0.5, 0, color="#D55E00", alpha=0.06)
    ax.axhspan(0, high + 0.5, color="#009E73", alpha=0.06)
    ax.axhline(0, color="#6b6b6b", linewidth=0.8)
    ax.plot(xs, ys, marker="o", color="#0072B2", linewidth=2.2, markersize=8)
    ax.set_xticks(xs, labels, fontsize=8)
    ax.set_yticks(range(low, high + 1), [f"{v:+d}" if v else "0" for v in range(low, high + 1)])
    ax.set_ylim(low - 0.5, high + 0.5)
    ax.set_xlim(-0.4, len(labels) - 0.6)
    ax.set_title(title, fontsize=10, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    return png_bytes(fig)
