"""The layout the table-like figures share: a title, axes in grid units, cells and boxes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.transforms import Bbox

from smm_course.plots._style import BLOCK_FILL, GRID_LINE, new_figure, renderer_of


@dataclass(frozen=True)
class Grid:
    """A figure whose axes count in grid units: x to the right, y downwards from the top."""

    fig: Figure
    ax: Axes

    def box(self, x0: float, y0: float, x1: float, y1: float) -> Bbox:
        """The pixel box of a rectangle given in grid units."""
        (a, b), (c, d) = self.ax.transData.transform([(x0, y1), (x1, y0)])
        return Bbox.from_extents(min(a, c), min(b, d), max(a, c), max(b, d))

    def cell(self, x0: float, y0: float, inset: float, gid: str, **style: Any) -> Bbox:
        """Draw the unit cell at (x0, y0), `inset` from its edges; return its pixel box."""
        side = 1 - 2 * inset
        self.ax.add_patch(
            Rectangle(
                (x0 + inset, y0 + inset),
                side,
                side,
                facecolor=BLOCK_FILL,
                edgecolor=GRID_LINE,
                gid=gid,
                **style,
            )
        )
        return self.box(x0 + inset, y0 + inset, x0 + 1 - inset, y0 + 1 - inset)


def titled_grid(
    height_px: int,
    title: str,
    gid: str,
    rect: tuple[float, float, float, float],
    size: tuple[float, float],
) -> Grid:
    """A new figure with `title` on top and axes at `rect` spanning `size` grid units."""
    fig = new_figure(height_px)
    renderer_of(fig)
    fig.text(0.01, 0.985, title, ha="left", va="top", fontsize=16, fontweight="bold", gid=gid)
    ax = fig.add_axes(rect)
    ax.set_xlim(0, size[0])
    ax.set_ylim(size[1], 0)
    ax.set_axis_off()
    return Grid(fig, ax)
