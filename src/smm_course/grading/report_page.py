"""The class report as an HTML page with its pictures (student text escaped)."""

from __future__ import annotations

import html
import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from smm_course.grading.course import Course
from smm_course.grading.report import ClassReport, ItemStat, build_report
from smm_course.i18n import resolve_lang, t

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 72em;
       color: #1a1a1a; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f7f7f4; }
td.num { text-align: right; }
img { max-width: 100%; border: 1px solid #eee; }
.low { color: #D55E00; font-weight: bold; }
"""


@dataclass(frozen=True)
class ReportFiles:
    """The page and the pictures written."""

    page: Path
    pictures: tuple[Path, ...]


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _n(value: float) -> str:
    return f"{round(value, 2):g}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(rows_cell for rows_cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _td(value: object, num: bool = False) -> str:
    return f'<td class="num">{_e(value)}</td>' if num else f"<td>{_e(value)}</td>"


def _img(path: Path, alt: str) -> str:
    return f'<p><img src="{_e(path.name)}" alt="{_e(alt)}"></p>'


def _summary(report: ClassReport, lang: str) -> str:
    scores = [s.score for s in report.scores]
    if not scores:
        return f"<p>{_e(t('report.no_submissions', lang))}</p>"
    return (
        "<p>"
        + _e(
            t(
                "report.summary",
                lang,
                count=len(scores),
                mean=_n(statistics.mean(scores)),
                median=_n(statistics.median(scores)),
                low=_n(min(scores)),
                high=_n(max(scores)),
                max=_n(report.max_score),
            )
        )
        + "</p>"
    )


def _test_label(test: object, lang: str) -> str:
    part = getattr(test, "part", "") or "—"
    return t("report.test_label", lang, part=part, test=getattr(test, "grade_id", ""))


def _items_section(items: list[ItemStat], lang: str) -> str:
    rows = []
    for item in sorted(items, key=lambda i: -i.wrong_count):
        common = "; ".join(f"{answer} (×{count})" for answer, count in item.wrong)
        rows.append(
            [
                _td(item.item),
                _td(item.expected),
                _td(f"{item.wrong_count}/{item.answered}", num=True),
                _td(common or "—"),
            ]
        )
    header = [t(f"report.items.{k}", lang) for k in ("item", "right", "wrong", "common")]
    return _table(header, rows)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_") or "cella"


def write_report(
    course: Course,
    assignment: str,
    out: Path | None = None,
    threshold: float = 60.0,
    lang: str | None = None,
) -> ReportFiles:
    """Write report.html and its PNGs (default course/reports/<assignment>/); return the paths."""
    from smm_course.plots._style import save_figure
    from smm_course.plots.classreport import (
        pass_rate_figure,
        score_distribution_figure,
        wrong_answers_figure,
    )

    code = resolve_lang(lang)
    report = build_report(course, assignment, threshold, code)
    folder = out or course.root / "reports" / assignment
    folder.mkdir(parents=True, exist_ok=True)
    pictures: list[Path] = []
    body = [
        f"<h1>{_e(t('report.title', code, assignment=assignment))}</h1>",
        _summary(report, code),
    ]

    limit = report.max_score * threshold / 100
    fig = score_distribution_figure([s.score for s in report.scores], report.max_score, limit, code)
    pictures += save_figure(fig, folder / "distribuzione.png", formats=("png",))
    body += [f"<h2>{_e(t('report.distribution', code))}</h2>", _img(pictures[-1], "")]

    body.append(f"<h2>{_e(t('report.tests', code))}</h2>")
    if report.tests:
        labels = [_test_label(test, code) for test in report.tests]
        fig = pass_rate_figure(labels, [test.rate for test in report.tests], code)
        pictures += save_figure(fig, folder / "test.png", formats=("png",))
        body.append(_img(pictures[-1], t("report.tests", code)))
        rows = [
            [
                _td(test.part or "—"),
                _td(test.grade_id),
                _td(_n(test.points), num=True),
                _td(f"{test.passed}/{test.graded}", num=True),
                _td(f"{100 * test.rate:.0f}%", num=True),
            ]
            for test in report.tests
        ]
        header = [
            t(f"report.columns.{k}", code) for k in ("part", "test", "points", "passed", "rate")
        ]
        body.append(_table(header, rows))

    cells = sorted({item.cell for item in report.items})
    if cells:
        body.append(f"<h2>{_e(t('report.wrong', code))}</h2>")
    for cell in cells:
        items = sorted((i for i in report.items if i.cell == cell), key=lambda i: -i.wrong_count)
        fig = wrong_answers_figure(
            [i.item for i in items],
            [i.wrong_count for i in items],
            [i.answered for i in items],
            code,
        )
        pictures += save_figure(fig, folder / f"errori_{_slug(cell)}.png", formats=("png",))
        body += [f"<h3>{_e(cell)}</h3>", _img(pictures[-1], cell), _items_section(items, code)]

    body.append(f"<h2>{_e(t('report.pending', code, count=len(report.pending)))}</h2>")
    if report.pending:
        rows = [
            [_td(p.student), _td(p.notebook), _td(p.grade_id), _td(_n(p.points), num=True)]
            for p in report.pending
        ]
        header = [
            t(f"report.pending_columns.{k}", code)
            for k in ("student", "notebook", "answer", "points")
        ]
        body.append(_table(header, rows))
    else:
        body.append(f"<p>{_e(t('report.none_pending', code))}</p>")

    below = report.below
    body.append(
        f"<h2>{_e(t('report.below', code, threshold=_n(limit), max=_n(report.max_score)))}</h2>"
    )
    if below:
        rows = [
            [
                _td(s.student),
                _td(s.name),
                f'<td class="num low">{_e(_n(s.score))}</td>',
                _td(t("report.still_pending", code, count=s.pending) if s.pending else ""),
            ]
            for s in below
        ]
        header = [
            t(f"report.below_columns.{k}", code) for k in ("student", "name", "score", "note")
        ]
        body.append(_table(header, rows))
    else:
        body.append(f"<p>{_e(t('report.none_below', code))}</p>")

    title = _e(t("report.title", code, assignment=assignment))
    page = folder / "report.html"
    page.write_text(
        f'<!DOCTYPE html>\n<html lang="{code}"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n",
        encoding="utf-8",
    )
    return ReportFiles(page, tuple(pictures))
