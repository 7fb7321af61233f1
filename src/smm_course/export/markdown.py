"""StrategyDocument -> Markdown, with the learner's text escaped so it cannot change the layout."""

from __future__ import annotations

import re

from smm_course.export.model import (
    BulletList,
    Element,
    Notice,
    Paragraph,
    Section,
    StrategyDocument,
    Subheading,
    Table,
)
from smm_course.i18n import t

# Characters that start Markdown syntax anywhere in a line (CommonMark lets any be escaped).
_INLINE = re.compile(r"([\\`*_\[\]<>|#~&!{}])")
_LIST_MARKER = re.compile(r"^([-+=])|^(\d+)([.)])")


def escape_inline(text: str) -> str:
    """`text` with every Markdown-active character backslash-escaped."""
    return _INLINE.sub(r"\\\1", text)


def escape_line(line: str) -> str:
    """One line of text that renders as itself: no heading, list, quote or code block."""
    line = escape_inline(line.strip())
    return _LIST_MARKER.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else rf"{m.group(2)}\{m.group(3)}", line
    )


def escape_block(text: str) -> str:
    """Multi-line text as paragraphs: blank lines separate them, single breaks are kept."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    out = []
    for paragraph in paragraphs:
        lines = [escape_line(line) for line in paragraph.splitlines() if line.strip()]
        out.append("\\\n".join(lines))
    return "\n\n".join(p for p in out if p)


def escape_cell(text: str) -> str:
    """Text for one table cell: pipes escaped, line breaks as <br>."""
    lines = [escape_inline(line.strip()) for line in str(text).splitlines() if line.strip()]
    return "<br>".join(lines) or " "


def _table(table: Table) -> str:
    width = max([len(table.header), *(len(row) for row in table.rows)])
    header = [*table.header, *[""] * (width - len(table.header))]
    lines = [
        "| " + " | ".join(escape_cell(h) for h in header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
    ]
    for row in table.rows:
        cells = [*row, *[""] * (width - len(row))]
        lines.append("| " + " | ".join(escape_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def _notice(notice: Notice, lang: str) -> str:
    if notice.kind == "credit":
        return f"*{escape_line(notice.text)}*"
    label = t(f"export.notice_label.{notice.kind}", lang)
    return f"> **{escape_inline(label)}** {escape_line(notice.text)}"


def _element(element: Element, lang: str) -> str | None:
    if isinstance(element, Paragraph):
        text = escape_block(element.text)
    elif isinstance(element, Subheading):
        text = f"### {escape_line(element.text)}"
    elif isinstance(element, Table):
        text = _table(element)
    elif isinstance(element, BulletList):
        text = "\n".join(f"- {escape_line(item.replace(chr(10), ' '))}" for item in element.items)
    elif isinstance(element, Notice):
        text = _notice(element, lang)
    else:  # pictures live in the HTML and PDF versions
        text = None
    return text


def _section(section: Section, lang: str) -> str:
    parts = [
        f"## {section.number}. {escape_line(section.title)}",
        f"*{escape_line(section.intro)}*",
    ]
    parts += [text for e in section.elements if (text := _element(e, lang))]
    return "\n\n".join(parts)


def to_markdown(document: StrategyDocument) -> str:
    """The whole document as Markdown (GitHub tables; pictures only in HTML/PDF)."""
    lang = document.lang
    head = [f"# {escape_line(document.title)}: {escape_line(document.brand)}"]
    facts = []
    if document.learner:
        facts.append(f"**{t('export.author', lang)}:** {escape_line(document.learner)}")
    facts.append(f"**{t('export.date', lang)}:** {escape_line(document.date)}")
    facts.append(
        escape_line(t("export.status", lang, done=document.completed, total=len(document.sections)))
    )
    head.append("  \n".join(facts))
    head.append(f"**{t('export.contents', lang)}**")
    head.append("\n".join(f"{s.number}. {escape_line(s.title)}" for s in document.sections))
    body = [_section(section, lang) for section in document.sections]
    return "\n\n".join([*head, *body]) + "\n"
