"""Attribution chart: the credit of each channel under several models, side by side."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from matplotlib.figure import Figure

from smm_course.frameworks.attribution import AttributionModel
from smm_course.i18n import resolve_lang, t
from smm_course.plots._style import MUTED, PALETTE, new_figure, styled
from smm_course.plots._text import clean

__all__ = ["attribution_figure", "credit_table"]


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def credit_table(credit: Any) -> tuple[list[str], list[str], list[list[float]]]:
    """(channels, model ids, values[model][channel]) from a DataFrame or {model: {channel: x}}."""
    if hasattr(credit, "to_dict") and hasattr(credit, "columns"):
        credit = {str(col): credit[col].to_dict() for col in credit.columns}
    columns = {str(m): dict(v) for m, v in dict(credit or {}).items() if hasattr(v, "items")}
    channels: list[str] = []
    for values in columns.values():
        channels += [str(c) for c in values if str(c) not in channels]
    values = [[_number(columns[m].get(c, 0.0)) for c in channels] for m in columns]
    return channels, list(columns), values


def _label(model_id: str, lang: str) -> str:
    found = AttributionModel.from_any(model_id)
    return found.label(lang) if found is not None else clean(model_id)


@styled
def attribution_figure(
    credit: Any,
    *,
    title: str | None = None,
    highlight: str | None = None,
    unit: str | None = None,
    lang: str | None = None,
    height_px: int = 560,
) -> Figure:
    """Grouped horizontal bars: one group per channel, one bar per model (its credit).

    `credit` is `attribution.compare(...)` (channels as rows, model ids as columns) or a
    mapping {model: {channel: credit}}. `highlight` (a model id) draws the other models paler.
    """
    code = resolve_lang(lang)
    channels, models, values = credit_table(credit)
    fig = new_figure(height_px)
    ax = fig.add_subplot()
    if not channels or not models:
        ax.text(0.5, 0.5, t("plots.attribution.empty", code), ha="center", va="center")
        ax.set_axis_off()
        return fig
    order = sorted(range(len(channels)), key=lambda i: max(v[i] for v in values))
    height = 0.8 / len(models)
    chosen = AttributionModel.from_any(highlight) if highlight else None
    for number, model in enumerate(models):
        found = AttributionModel.from_any(model)
        faded = chosen is not None and found is not chosen and found is not AttributionModel.LAST
        ys = [i - 0.4 + height * (len(models) - number - 0.5) for i in range(len(order))]
        ax.barh(
            ys,
            [values[number][i] for i in order],
            height=height,
            color=PALETTE[number % len(PALETTE)],
            alpha=0.35 if faded else 1.0,
            label=_label(model, code),
        )
    ax.set_yticks(range(len(order)), [clean(channels[i]) for i in order])
    ax.set_xlabel(unit or t("plots.attribution.conversions", code))
    ax.set_title(title or t("plots.attribution.title", code), loc="left")
    ax.grid(axis="x", color=MUTED, alpha=0.25)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(
        handles, labels, loc="lower right", fontsize=9, title=t("plots.attribution.model", code)
    )
    fig.tight_layout()
    return fig


def model_labels(models: Sequence[str], lang: str | None = None) -> list[str]:
    """The labels of model ids in the learner's language (unknown ids as given)."""
    code = resolve_lang(lang)
    return [_label(m, code) for m in models]
