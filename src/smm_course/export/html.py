"""StrategyDocument -> one self-contained HTML page (pictures inline), ready to print."""

from __future__ import annotations

import base64
import html
import tempfile
from pathlib import Path

from smm_course.export.model import (
    BulletList,
    Element,
    Notice,
    Paragraph,
    Picture,
    Section,
    StrategyDocument,
    Subheading,
    Table,
)
from smm_course.i18n import t

STYLE = """
:root{--ink:#1a1a1a;--muted:#5f5f5f;--accent:#6b3a1e;--line:#d9d4cf}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:var(--ink);line-height:1.45;
max-width:1000px;margin:0 auto;padding:24px;font-size:11pt}
h1{color:var(--accent);font-size:24pt;margin:0 0 6px}
h2{color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:3px;margin-top:0}
h3{margin:18px 0 6px}
.cover{margin-bottom:28px}
.cover .brand{font-size:16pt;margin:0 0 12px}
.facts{color:var(--muted);margin:0 0 14px}
.facts span{margin-right:18px}
.toc ol{padding-left:22px}
.intro{color:var(--muted);font-style:italic}
.doc-section{margin:36px 0}
.text{white-space:pre-wrap}
table{border-collapse:collapse;width:100%;margin:8px 0 14px;font-size:10pt}
th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top;
white-space:pre-wrap;word-break:normal;overflow-wrap:break-word;hyphens:manual}
tbody th{width:24%}
thead th{background:#f3eee9}
tbody th{background:#faf7f4;font-weight:600}
figure{margin:10px 0 14px}
figure img{width:100%;height:auto;border:1px solid var(--line)}
.notice{border-left:4px solid #b26a00;background:#fff6e5;padding:6px 10px;margin:8px 0}
.notice--note{border-left-color:#1f5fa8;background:#eef4fb}
.credit{color:var(--muted);font-size:8.5pt}
@page{size:A4;margin:16mm 14mm 18mm}
@page{@bottom-center{content:counter(page) " / " counter(pages);font-size:8pt;color:#5f5f5f}}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  .cover{margin-bottom:12pt}
  .doc-section{margin:22pt 0 0}
  h2,h3,.intro{break-after:avoid}
  tr,figure,.notice,table.short{break-inside:avoid}
  thead{display:table-header-group}
  .screen-only{display:none}
}
"""


def esc(text: object) -> str:
    """Text (the learner's or ours) safe inside HTML."""
    return html.escape(str(text), quote=True)


def figure_png(picture: Picture, lang: str) -> bytes | None:
    """The PNG of a course picture, or None when it cannot be drawn."""
    try:
        from smm_course import plots

        draw = getattr(plots, picture.figure)
        fig = draw(picture.data, lang=lang, **dict(picture.options))
        with tempfile.TemporaryDirectory(prefix="smm-export-") as tmp:
            (path,) = plots.save_figure(fig, Path(tmp) / "figure", formats=("png",))
            return path.read_bytes()
    except Exception:  # a picture is an illustration: the tables still carry the content
        return None


def _text(text: str) -> str:
    return f'<p class="text">{esc(text)}</p>'


SHORT_TABLE_ROWS = 8  # a table this short is never split across two pages
# Pictures that show every cell of the table after them: the PDF prints the picture only.
PICTURE_REPEATS_TABLE = frozenset({"journey_figure"})


def _table(table: Table, css_class: str = "") -> str:
    classes = " ".join(
        c for c in (css_class, "short" if len(table.rows) <= SHORT_TABLE_ROWS else "") if c
    )
    opening = f'<table class="{classes}">' if classes else "<table>"
    head = "".join(f'<th scope="col">{esc(cell)}</th>' for cell in table.header)
    rows = []
    for row in table.rows:
        first, *rest = row or ("",)
        cells = "".join(f"<td>{esc(cell)}</td>" for cell in rest)
        rows.append(f'<tr><th scope="row">{esc(first)}</th>{cells}</tr>')
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _notice(notice: Notice, lang: str) -> str:
    if notice.kind == "credit":
        return f'<p class="credit">{esc(notice.text)}</p>'
    label = t(f"export.notice_label.{notice.kind}", lang)
    return (
        f'<div class="notice notice--{esc(notice.kind)}" role="note">'
        f"<strong>{esc(label)}</strong> {esc(notice.text)}</div>"
    )


def _picture(picture: Picture, lang: str) -> str:
    png = figure_png(picture, lang)
    if png is None:
        return f'<div class="notice notice--note">{esc(t("export.picture_failed", lang))}</div>'
    data = base64.b64encode(png).decode("ascii")
    return f'<figure><img src="data:image/png;base64,{data}" alt="{esc(picture.alt)}"></figure>'


def _element(element: Element, lang: str, pictures: bool) -> str:
    if isinstance(element, Paragraph):
        text = _text(element.text)
    elif isinstance(element, Subheading):
        text = f"<h3>{esc(element.text)}</h3>"
    elif isinstance(element, Table):
        text = _table(element)
    elif isinstance(element, BulletList):
        text = "<ul>" + "".join(f"<li>{esc(item)}</li>" for item in element.items) + "</ul>"
    elif isinstance(element, Notice):
        text = _notice(element, lang)
    elif isinstance(element, Picture) and pictures:
        text = _picture(element, lang)
    else:
        text = ""
    return text


def _section(section: Section, lang: str, pictures: bool) -> str:
    parts: list[str] = []
    repeats = False  # the picture just drawn shows every cell of the next table
    for element in section.elements:
        if isinstance(element, Table) and repeats:
            parts.append(_table(element, "screen-only"))
        else:
            parts.append(_element(element, lang, pictures))
        repeats = (
            isinstance(element, Picture)
            and element.figure in PICTURE_REPEATS_TABLE
            and parts[-1].startswith("<figure")
        )
    body = "".join(parts)
    state = "complete" if section.complete else "incomplete"
    return (
        f'<section class="doc-section doc-section--{state}" id="section-{esc(section.id)}">'
        f"<h2>{section.number}. {esc(section.title)}</h2>"
        f'<p class="intro">{esc(section.intro)}</p>{body}</section>'
    )


def to_html(document: StrategyDocument, pictures: bool = True) -> str:
    """The whole document as one HTML page with its pictures embedded as base64 PNG."""
    lang = document.lang
    facts = []
    if document.learner:
        facts.append(
            f"<span><b>{esc(t('export.author', lang))}:</b> {esc(document.learner)}</span>"
        )
    facts.append(f"<span><b>{esc(t('export.date', lang))}:</b> {esc(document.date)}</span>")
    total = len(document.sections)
    facts.append(
        f"<span>{esc(t('export.status', lang, done=document.completed, total=total))}</span>"
    )
    toc = "".join(
        f'<li><a href="#section-{esc(s.id)}">{esc(s.title)}</a></li>' for s in document.sections
    )
    sections = "".join(_section(s, lang, pictures) for s in document.sections)
    title = f"{document.title}: {document.brand}"
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>"
        f'<header class="cover"><h1>{esc(document.title)}</h1>'
        f'<p class="brand">{esc(document.brand)}</p><p class="facts">{"".join(facts)}</p>'
        f'<nav class="toc"><h2>{esc(t("export.contents", lang))}</h2><ol>{toc}</ol></nav>'
        f"</header>{sections}</body></html>\n"
    )
