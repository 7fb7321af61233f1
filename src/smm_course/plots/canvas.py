"""The Business Model Canvas filled with a learner's text."""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.transforms import Bbox

from smm_course.frameworks import bmc
from smm_course.i18n import t
from smm_course.plots._style import (
    BLOCK_FILL,
    GRID_LINE,
    MUTED,
    OKABE_ITO,
    new_figure,
    renderer_of,
    styled,
)
from smm_course.plots._text import clean, draw_in_box

HEIGHT_PX = 860
GAP = 0.04  # grid units between neighbouring blocks
HEADER_PX = 30


def canvas_text(canvas: Mapping[object, object] | None) -> dict[bmc.Block, str]:
    """The learner's text per block (keys may be ids, labels or Blocks; others are ignored)."""
    texts: dict[bmc.Block, str] = {}
    if not isinstance(canvas, Mapping):
        return texts
    for key, value in canvas.items():
        block = bmc.Block.from_any(key)
        if block is None or value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            texts[block] = "\n".join(str(v) for v in value)
        else:
            texts[block] = str(value)
    return texts


def block_box(ax, block: bmc.Block) -> Bbox:
    """The block's rectangle in display pixels."""
    pos = block.position
    x0, x1 = pos.col + GAP, pos.col + pos.colspan - GAP
    y0, y1 = pos.row + GAP, pos.row + pos.rowspan - GAP
    (px0, py0), (px1, py1) = ax.transData.transform([(x0, y1), (x1, y0)])
    return Bbox.from_extents(min(px0, px1), min(py0, py1), max(px0, px1), max(py0, py1))


@styled
def canvas_figure(
    canvas: Mapping[str, str] | None,
    title: str | None = None,
    lang: str | None = None,
) -> Figure:
    """The nine-block canvas with the learner's text (guiding questions where a block is empty)."""
    texts = canvas_text(canvas)
    fig = new_figure(HEIGHT_PX)
    renderer_of(fig)
    ax = fig.add_axes((0.008, 0.075, 0.984, 0.855))
    ax.set_xlim(0, bmc.GRID_COLS)
    ax.set_ylim(bmc.GRID_ROWS, 0)
    ax.set_axis_off()

    heading = clean(title).strip() if title else t("plots.canvas.title", lang)
    head_box = Bbox.from_extents(10, HEIGHT_PX * 0.93, fig.bbox.width - 10, HEIGHT_PX - 4)
    draw_in_box(
        fig,
        ax,
        heading,
        head_box,
        pad=2,
        max_size=17,
        min_size=10,
        fontweight="bold",
        gid="canvas:title",
    )

    truncated: list[bmc.Block] = []
    for block in bmc.CANVAS_ORDER:
        pos = block.position
        ax.add_patch(
            Rectangle(
                (pos.col + GAP, pos.row + GAP),
                pos.colspan - 2 * GAP,
                pos.rowspan - 2 * GAP,
                facecolor=BLOCK_FILL,
                edgecolor=GRID_LINE,
                linewidth=1.2,
                gid=f"block:{block.id}",
            )
        )
        box = block_box(ax, block)
        header = Bbox.from_extents(box.x0, box.y1 - HEADER_PX, box.x1, box.y1)
        draw_in_box(
            fig,
            ax,
            f"{block.number}  {block.label(lang)}",
            header,
            pad=5,
            max_size=11.5,
            min_size=7,
            fontweight="bold",
            color=OKABE_ITO["blue"],
            gid=f"block:{block.id}:label",
        )
        body = Bbox.from_extents(box.x0, box.y0, box.x1, box.y1 - HEADER_PX + 4)
        text = texts.get(block, "").strip()
        if text:
            _, cut = draw_in_box(
                fig,
                ax,
                text,
                body,
                pad=7,
                max_size=10.5,
                min_size=6.5,
                gid=f"block:{block.id}:text",
            )
            if cut:
                truncated.append(block)
        else:
            draw_in_box(
                fig,
                ax,
                "\n".join(block.questions(lang)),
                body,
                pad=7,
                max_size=9.5,
                min_size=6.5,
                color=MUTED,
                fontstyle="italic",
                gid=f"block:{block.id}:question",
            )

    fig.text(
        0.992,
        0.018,
        bmc.CREDIT.get(lang),
        ha="right",
        va="bottom",
        fontsize=8.5,
        color=MUTED,
        gid="canvas:credit",
    )
    if truncated:
        numbers = ", ".join(str(b.number) for b in sorted(truncated, key=lambda b: b.number))
        fig.text(
            0.008,
            0.018,
            t("plots.canvas.truncated", lang, blocks=numbers),
            ha="left",
            va="bottom",
            fontsize=8.5,
            color=OKABE_ITO["vermillion"],
            gid="canvas:note",
        )
    return fig
