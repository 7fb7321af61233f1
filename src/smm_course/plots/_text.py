"""Put free text inside a box: clean it for the font, wrap, shrink, and truncate as last resort."""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from functools import cache

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from smm_course.plots._style import FONT_FAMILY, renderer_of

ELLIPSIS = "…"
REPLACEMENT = "□"
LINE_SPACING = 1.2
# Nothing longer can fit a block at the smallest size; cutting early keeps huge input fast.
MAX_CHARS = 4000


@cache
def _charmap() -> frozenset[int]:
    font = FT2Font(findfont(FontProperties(family=FONT_FAMILY)))
    return frozenset(font.get_charmap())


def clean(text: object) -> str:
    """`text` as a string the course font can draw (missing glyphs become a small square)."""
    raw = "" if text is None else str(text)
    raw = raw[: MAX_CHARS * 2].replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    known = _charmap()
    out: list[str] = []
    for ch in raw:
        if ch == "\n" or ord(ch) in known:
            out.append(ch)
        elif unicodedata.category(ch) in {"Mn", "Me", "Cf", "Cc", "Sk"}:
            continue  # joiners, variation selectors, skin tones: nothing to draw on their own
        else:
            out.append(REPLACEMENT)
    return "".join(out)


@dataclass(frozen=True)
class Fitted:
    """Text wrapped for a box: the lines, the font size, and whether something was cut."""

    text: str
    size: float
    truncated: bool


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        wrapped = textwrap.wrap(
            paragraph, width=max(width, 1), break_long_words=True, break_on_hyphens=True
        )
        lines.extend(wrapped or [""])
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _line_width(renderer, line: str, prop: FontProperties) -> float:
    width, _, _ = renderer.get_text_width_height_descent(line, prop, ismath=False)
    return width


def fit_text(
    fig: Figure,
    text: str,
    width_px: float,
    height_px: float,
    *,
    max_size: float = 11.0,
    min_size: float = 6.5,
    weight: str = "normal",
    style: str = "normal",
) -> Fitted:
    """Wrap `text` to `width_px`, shrinking down to `min_size` pt, then truncating with '…'."""
    renderer = renderer_of(fig)
    text = clean(text).strip()
    if not text:
        return Fitted("", max_size, False)
    long_input = len(text) > MAX_CHARS
    text = text[:MAX_CHARS]
    size = min_size if long_input else max_size  # it cannot fit: go straight to the smallest
    while True:
        prop = FontProperties(family=FONT_FAMILY, size=size, weight=weight, style=style)
        line_px = size * LINE_SPACING * fig.dpi / 72.0
        capacity = max(int(height_px // line_px), 1)
        lines = _wrap_measured(renderer, text, width_px, prop, capacity + 1)
        if len(lines) <= capacity and not long_input:
            return Fitted("\n".join(lines), size, False)
        if size <= min_size:
            kept = lines[:capacity]
            kept[-1] = _with_ellipsis(renderer, kept[-1], width_px, prop)
            return Fitted("\n".join(kept), size, True)
        size = max(min_size, size - 0.5)


def _wrap_measured(
    renderer, text: str, width_px: float, prop: FontProperties, max_lines: int
) -> list[str]:
    """Wrap by characters, narrowing until the first `max_lines` lines really fit `width_px`."""
    avg = _line_width(renderer, "abcdefghijklmnopqrstuvwxyz ", prop) / 27.0
    chars = max(int(width_px / max(avg, 0.1)), 1)
    while True:
        lines = _wrap(text, chars)
        widest = max((_line_width(renderer, ln, prop) for ln in lines[:max_lines]), default=0.0)
        if widest <= width_px or chars == 1:
            return lines
        chars = max(1, min(chars - 1, int(chars * width_px / widest)))


def _with_ellipsis(renderer, line: str, width_px: float, prop: FontProperties) -> str:
    candidate = line.rstrip() + ELLIPSIS
    while len(candidate) > 1 and _line_width(renderer, candidate, prop) > width_px:
        candidate = candidate[:-2].rstrip() + ELLIPSIS
    return candidate


def bbox_inside(inner: Bbox, outer: Bbox, tolerance: float = 0.5) -> bool:
    """True when `inner` lies within `outer` (pixels, with a small rounding tolerance)."""
    return (
        inner.x0 >= outer.x0 - tolerance
        and inner.x1 <= outer.x1 + tolerance
        and inner.y0 >= outer.y0 - tolerance
        and inner.y1 <= outer.y1 + tolerance
    )


def shrink_into(fig: Figure, artist: Text, box: Bbox) -> bool:
    """Drop trailing lines of a drawn text until its extent fits `box`; True if any were cut."""
    renderer = renderer_of(fig)
    cut = False
    while not bbox_inside(artist.get_window_extent(renderer), box):
        lines = artist.get_text().split("\n")
        if len(lines) <= 1:
            artist.set_fontsize(max(artist.get_fontsize() - 0.5, 1.0))
            if artist.get_fontsize() <= 1.0:
                artist.set_text("")
                return True
            continue
        lines = lines[:-1]
        lines[-1] = lines[-1].rstrip().rstrip(ELLIPSIS) + ELLIPSIS
        artist.set_text("\n".join(lines))
        cut = True
    return cut


def draw_in_box(
    fig: Figure,
    ax,  # matplotlib Axes
    text: object,
    box: Bbox,
    *,
    pad: float = 6.0,
    max_size: float = 11.0,
    min_size: float = 6.5,
    ha: str = "left",
    gid: str | None = None,
    **style: object,
) -> tuple[Text | None, bool]:
    """Draw `text` inside `box` (display pixels) on `ax`; return the artist and whether cut."""
    inner = Bbox.from_extents(box.x0 + pad, box.y0 + pad, box.x1 - pad, box.y1 - pad)
    if inner.width <= 1 or inner.height <= 1:
        return None, bool(clean(text).strip())
    fitted = fit_text(
        fig,
        str(text) if text is not None else "",
        inner.width,
        inner.height,
        max_size=max_size,
        min_size=min_size,
        weight=str(style.get("fontweight", "normal")),
        style=str(style.get("fontstyle", "normal")),
    )
    if not fitted.text:
        return None, False
    x_px = {"left": inner.x0, "center": (inner.x0 + inner.x1) / 2, "right": inner.x1}[ha]
    x, y = ax.transData.inverted().transform((x_px, inner.y1))
    artist = ax.text(
        x,
        y,
        fitted.text,
        ha=ha,
        va="top",
        fontsize=fitted.size,
        linespacing=LINE_SPACING,
        parse_math=False,  # a learner's "$" is money, not LaTeX
        fontfamily=FONT_FAMILY,
        clip_on=False,
        gid=gid,
        **style,
    )
    cut = shrink_into(fig, artist, inner)
    return artist, fitted.truncated or cut
