"""RACE funnel: one bar per stage, with the conversion rate from each stage to the next."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Mapping

from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch

from smm_course.errors import UserError
from smm_course.frameworks.race import CREDIT, Kpi, RaceStage
from smm_course.i18n import t
from smm_course.plots._style import INK, MUTED, PALETTE, new_figure, styled
from smm_course.plots._text import clean

HEIGHT_PX = 720
MAX_LABEL = 30
MAX_ONE_LINE = 24  # longer labels go on two lines, or the left margin cuts them
WRAP_AT = 20
LOG_RATIO = 100


def stage_label(key: object, lang: str | None = None) -> str:
    """The translated label of a RACE stage or KPI id, else the key itself."""
    concept = RaceStage.from_any(key) or Kpi.from_any(key)
    label = concept.label(lang) if concept is not None else clean(key).strip()
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def funnel_stages(
    stages: Mapping[str, float] | Iterable[tuple[str, float]], lang: str | None = None
) -> list[tuple[str, float]]:
    """(label, value) pairs in order; a value that is not a number >= 0 is a UserError."""
    pairs = stages.items() if isinstance(stages, Mapping) else stages
    out: list[tuple[str, float]] = []
    for item in pairs:
        try:
            key, raw = item
        except (TypeError, ValueError) as exc:
            raise UserError(t("plots.funnel.bad_pair", lang, item=repr(item)[:80])) from exc
        try:
            value = float(raw)
        except (TypeError, ValueError):
            value = math.nan
        if math.isnan(value) or math.isinf(value) or value < 0:
            raise UserError(
                t("plots.funnel.bad_value", lang, stage=clean(key)[:80], value=repr(raw)[:80])
            )
        out.append((stage_label(key, lang), value))
    if not out:
        raise UserError(t("plots.funnel.empty", lang))
    return out


def format_number(value: float, lang: str | None = None) -> str:
    """`value` with thousands separators in the learner's convention (1.234 / 1,234)."""
    text = f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}"
    return text.translate(str.maketrans(",.", ".,")) if t("plots.decimal", lang) == "," else text


def format_rate(rate: float, lang: str | None = None) -> str:
    """A fraction as a percentage (0.042 -> '4,2 %'; below 1 % with two decimals)."""
    text = f"{rate * 100:.2f}" if 0 < rate < 0.01 else f"{rate * 100:.1f}"
    if t("plots.decimal", lang) == ",":
        text = text.replace(".", ",")
    return f"{text} %"


@styled
def funnel_figure(
    stages: Mapping[str, float] | Iterable[tuple[str, float]],
    lang: str | None = None,
) -> Figure:
    """The funnel of the given stages, widest first, with stage-to-stage conversion rates."""
    pairs = funnel_stages(stages, lang)
    fig = new_figure(HEIGHT_PX)
    fig.text(
        0.01,
        0.975,
        t("plots.funnel.title", lang),
        ha="left",
        va="top",
        fontsize=16,
        fontweight="bold",
        gid="funnel:title",
    )
    ax = fig.add_axes((0.22, 0.1, 0.56, 0.8))
    n = len(pairs)
    top = max(v for _, v in pairs) or 1.0
    smallest = min((v for _, v in pairs if v > 0), default=top)
    # Marketing funnels span orders of magnitude: past 100x, widths follow a log scale.
    log_scale = top / smallest > LOG_RATIO

    def share(value: float) -> float:
        if not log_scale:
            return value / top
        return math.log10(1 + value) / math.log10(1 + top)

    ax.set_xlim(-0.5, 0.5)
    ax.set_ylim(n - 0.4, -0.6)
    ax.set_axis_off()
    for i, (label, value) in enumerate(pairs):
        width = max(share(value), 0.004)
        colour = PALETTE[i % len(PALETTE)]
        ax.barh(i, width, left=-width / 2, height=0.62, color=colour, gid=f"funnel:bar:{i}")
        ax.text(
            -0.52,
            i,
            textwrap.fill(label, WRAP_AT) if len(label) > MAX_ONE_LINE else label,
            ha="right",
            va="center",
            fontsize=12,
            fontweight="bold",
            parse_math=False,
            clip_on=False,
            gid=f"funnel:label:{i}",
        )
        ax.text(
            0.52,
            i,
            format_number(value, lang),
            ha="left",
            va="center",
            fontsize=12,
            clip_on=False,
            gid=f"funnel:value:{i}",
        )
        if i:
            prev = pairs[i - 1][1]
            rate = (
                t("plots.funnel.not_available", lang)
                if prev == 0
                else format_rate(value / prev, lang)
            )
            ax.add_patch(
                FancyArrowPatch(
                    (0, i - 0.69), (0, i - 0.31), arrowstyle="-|>", mutation_scale=14, color=MUTED
                )
            )
            ax.text(
                0.03,
                i - 0.5,
                t("plots.funnel.rate", lang, rate=rate),
                ha="left",
                va="center",
                fontsize=10,
                color=INK,
                gid=f"funnel:rate:{i}",
            )
    if n > 1 and pairs[0][1] > 0:
        overall = format_rate(pairs[-1][1] / pairs[0][1], lang)
        fig.text(
            0.01,
            0.03,
            t("plots.funnel.overall", lang, rate=overall),
            ha="left",
            fontsize=10.5,
            gid="funnel:overall",
        )
    if log_scale:
        fig.text(
            0.5,
            0.03,
            t("plots.funnel.log_scale", lang),
            ha="center",
            fontsize=9.5,
            color=MUTED,
            fontstyle="italic",
            gid="funnel:log_scale",
        )
    fig.text(
        0.99, 0.03, CREDIT.get(lang), ha="right", fontsize=8.5, color=MUTED, gid="funnel:credit"
    )
    return fig
