"""Pictures of a class's results: score distribution, pass rate per test, wrong answers."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from smm_course.i18n import t
from smm_course.plots._style import MUTED, OKABE_ITO, new_figure, styled
from smm_course.plots._text import clean

MAX_LABEL = 60


def _short(text: str) -> str:
    """The label cut to MAX_LABEL characters, keeping a final " · field" whole."""
    text = clean(text).strip()
    if len(text) <= MAX_LABEL:
        return text
    head, sep, field = text.rpartition(" · ")
    if not sep or len(field) > MAX_LABEL // 3:
        head, field = text, ""
    room = MAX_LABEL - len(field) - len(sep) - 1
    return head[:room].rstrip() + "…" + (sep + field if field else "")


@styled
def score_distribution_figure(
    scores: Sequence[float],
    max_score: float,
    threshold: float | None = None,
    lang: str | None = None,
) -> Figure:
    """A histogram of the students' scores (one bar per point), with the threshold marked."""
    fig = new_figure(520)
    ax = fig.add_axes((0.08, 0.14, 0.9, 0.72))
    top = max(float(max_score), max(scores, default=0.0), 1.0)
    edges = [x - 0.5 for x in range(int(top) + 2)]
    ax.hist(list(scores), bins=edges, color=OKABE_ITO["blue"], edgecolor="white", gid="report:hist")
    if threshold is not None:
        ax.axvline(threshold, color=OKABE_ITO["vermillion"], linestyle="--", gid="report:threshold")
        ax.text(
            threshold,
            ax.get_ylim()[1],
            " " + t("report.figure.threshold", lang, value=f"{threshold:g}"),
            color=OKABE_ITO["vermillion"],
            va="top",
        )
    ax.set_xlim(-0.5, top + 0.5)
    ax.set_xlabel(t("report.figure.score_axis", lang, max=f"{max_score:g}"))
    ax.set_ylabel(t("report.figure.students_axis", lang))
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(t("report.figure.distribution_title", lang, count=len(scores)), x=0.01, ha="left")
    return fig


@styled
def pass_rate_figure(
    labels: Sequence[str], rates: Sequence[float], lang: str | None = None
) -> Figure:
    """One horizontal bar per test: the share of students who passed it (0-100%)."""
    n = max(len(labels), 1)
    height = int(min(max(160 + 34 * n, 360), 2400))
    fig = new_figure(height)
    ax = fig.add_axes((0.42, 70 / height, 0.52, 1 - 130 / height))
    ys = list(range(len(labels)))[::-1]
    colours = [OKABE_ITO["vermillion"] if r < 0.5 else OKABE_ITO["bluish_green"] for r in rates]
    ax.barh(ys, [100 * r for r in rates], color=colours, gid="report:rates")
    for y, rate in zip(ys, rates, strict=True):
        ax.text(100 * rate, y, f" {100 * rate:.0f}%", va="center", fontsize=10)
    ax.set_yticks(ys)
    ax.set_yticklabels([_short(label) for label in labels], fontsize=10)
    ax.set_xlim(0, 112)
    ax.set_xlabel(t("report.figure.rate_axis", lang))
    ax.axvline(50, color=MUTED, linewidth=0.8, linestyle=":")
    fig.suptitle(t("report.figure.rates_title", lang), x=0.01, ha="left")
    return fig


@styled
def wrong_answers_figure(
    items: Sequence[str], wrong: Sequence[int], answered: Sequence[int], lang: str | None = None
) -> Figure:
    """One bar per classification item: students who got it wrong, of those who answered."""
    n = max(len(items), 1)
    height = int(min(max(160 + 34 * n, 360), 2400))
    fig = new_figure(height)
    ax = fig.add_axes((0.5, 70 / height, 0.44, 1 - 130 / height))
    ys = list(range(len(items)))[::-1]
    ax.barh(ys, answered, color="#dddddd", gid="report:answered")
    ax.barh(ys, wrong, color=OKABE_ITO["vermillion"], gid="report:wrong")
    for y, bad, total in zip(ys, wrong, answered, strict=True):
        ax.text(total, y, f" {bad}/{total}", va="center", fontsize=10)
    ax.set_yticks(ys)
    ax.set_yticklabels([_short(item) for item in items], fontsize=10)
    ax.set_xlim(0, max([*answered, 1]) * 1.15)
    ax.set_xlabel(t("report.figure.wrong_axis", lang))
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(t("report.figure.wrong_title", lang), x=0.01, ha="left")
    return fig
