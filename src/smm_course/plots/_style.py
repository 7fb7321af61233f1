"""Shared look of every course picture: palette, font, size, saving."""

from __future__ import annotations

import functools
import io
import os
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import ParamSpec, TypeVar

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from smm_course.i18n import t

P = ParamSpec("P")
R = TypeVar("R")

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
PALETTE: tuple[str, ...] = tuple(
    OKABE_ITO[k]
    for k in (
        "blue",
        "orange",
        "bluish_green",
        "vermillion",
        "sky_blue",
        "reddish_purple",
        "yellow",
        "black",
    )
)
INK = "#1a1a1a"
MUTED = "#6b6b6b"
GRID_LINE = "#4d4d4d"
BLOCK_FILL = "#f7f7f4"
SEQUENTIAL_CMAP = "cividis"  # perceptually uniform and colour-blind safe

FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib: same picture on every machine
WIDTH_PX = 1280
DPI = 100
SAVE_FORMATS = ("png", "pdf", "svg")

_RC = {
    "font.family": [FONT_FAMILY],
    "font.size": 11,
    "axes.prop_cycle": mpl.cycler(color=list(PALETTE)),
    "axes.edgecolor": GRID_LINE,
    "axes.labelcolor": INK,
    "text.color": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "svg.fonttype": "none",
    "pdf.fonttype": 42,  # embed TrueType so the PDF text stays selectable
}


@contextmanager
def drawing() -> Iterator[None]:
    """Course style for the artists created inside, without touching global state."""
    with mpl.rc_context(_RC), warnings.catch_warnings():
        # A learner's emoji may be missing from the font: it is replaced, never fatal.
        warnings.filterwarnings("ignore", message=r".*[Gg]lyph.*missing from.*")
        warnings.filterwarnings("ignore", message=r".*Matplotlib currently does not support.*")
        yield


def styled(func: Callable[P, R]) -> Callable[P, R]:
    """Run a figure builder inside `drawing()`."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with drawing():
            return func(*args, **kwargs)

    return wrapper


class CourseFigure(Figure):
    """A Figure that Jupyter shows as a picture, whether or not pyplot was used before.

    matplotlib-inline registers its PNG formatter only once pyplot loads the backend;
    until then a plain Figure shows as the text "<Figure size ...>".
    """

    def _repr_png_(self) -> bytes:
        """The picture as PNG bytes, at the course's size."""
        buffer = io.BytesIO()
        with drawing():
            renderer_of(self)
            self.savefig(buffer, format="png", dpi=DPI, facecolor=self.get_facecolor())
        return buffer.getvalue()


def new_figure(height_px: int, width_px: int = WIDTH_PX) -> Figure:
    """A figure of exactly `width_px` x `height_px` pixels at DPI, with an Agg canvas."""
    fig = CourseFigure(figsize=(width_px / DPI, height_px / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)  # gives the figure a renderer, so text can be measured headless
    return fig


def renderer_of(fig: Figure):  # -> RendererAgg
    """The figure's Agg renderer (attaching an Agg canvas if it has none)."""
    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    return fig.canvas.get_renderer()


def save_figure(
    fig: Figure,
    path: str | os.PathLike[str],
    formats: Sequence[str] = ("png", "pdf"),
) -> list[Path]:
    """Save `fig` once per format next to `path` (its .png/.pdf suffix is optional)."""
    base = Path(path)
    if base.suffix.lower().lstrip(".") in SAVE_FORMATS:
        base = base.with_suffix("")
    base.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with drawing():
        renderer_of(fig)
        for requested in formats:
            fmt = requested.lower().lstrip(".")
            if fmt not in SAVE_FORMATS:
                raise ValueError(t("plots.bad_format", format=fmt, formats=", ".join(SAVE_FORMATS)))
            target = base.with_name(f"{base.name}.{fmt}")
            fig.savefig(target, format=fmt, dpi=DPI, facecolor=fig.get_facecolor())
            written.append(target)
    return written
