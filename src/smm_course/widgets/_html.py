"""Small HTML builders for the forms; every piece of text passes through html.escape."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from typing import Any

esc = html.escape

# One stylesheet per form keeps the forms readable in JupyterLab, Notebook 7 and Voila.
STYLE = """<style>
.smm-form{border:1px solid rgba(127,127,127,.35);border-radius:8px;padding:10px 14px;
margin:6px 0;max-width:1200px}
.smm-form-title h3{margin:0 0 4px 0}
.smm-form-instructions{color:var(--jp-ui-font-color1,#333);margin-bottom:4px}
.smm-small{font-size:.85em;opacity:.8;line-height:1.25}
.smm-warning{border-left:4px solid #b26a00;background:rgba(255,170,0,.10);padding:4px 8px}
.smm-hints{border-left:4px solid #1f5fa8;background:rgba(31,95,168,.07);padding:4px 8px}
.smm-solution{border-left:4px solid #6b3fa0;background:rgba(107,63,160,.07);padding:4px 8px}
.smm-block{border:1px solid rgba(127,127,127,.35);border-radius:6px;padding:4px}
.smm-badge{display:inline-block;border-radius:10px;padding:1px 9px;margin-right:4px;
font-size:.85em;font-weight:bold;color:#fff;background:#9e9e9e}
.smm-badge--on{background:#1b7f3b}
.smm-table td,.smm-table th{padding:2px 8px;text-align:left;vertical-align:top}
</style>"""


# Shown only when the widget below it did not render (a reopened notebook whose kernel is new:
# JupyterLab then says "Error displaying widget: model not found" in the form's place).
REOPEN_STYLE = (
    "<style>.jp-OutputArea-child:has(+ .jp-OutputArea-child .jp-OutputArea-output "
    ".jupyter-widgets) .smm-reopen"
    "{display:none}.smm-reopen{border-left:4px solid #1f5fa8;padding:2px 8px;"
    "font-size:.9em}</style>"
)


def reopen_note(text: str) -> str:
    """The note that explains a form missing after reopening (hidden while the form shows)."""
    return REOPEN_STYLE + f'<div class="smm-reopen">{esc(text)}</div>'


def box(css_class: str, inner: str) -> str:
    """A div with `css_class` around already-safe `inner` HTML."""
    return f'<div class="{esc(css_class)}">{inner}</div>'


def paragraphs(texts: Iterable[str]) -> str:
    """Plain texts as escaped paragraphs."""
    return "".join(f"<p>{esc(text)}</p>" for text in texts)


def bullet_list(texts: Iterable[str], ordered: bool = False) -> str:
    """Plain texts as an escaped list."""
    tag = "ol" if ordered else "ul"
    items = "".join(f"<li>{esc(text)}</li>" for text in texts)
    return f'<{tag} style="margin:2px 0">{items}</{tag}>'


def table(rows: Iterable[tuple[str, str]], header: tuple[str, str] | None = None) -> str:
    """Two-column escaped table."""
    head = ""
    if header:
        head = f"<tr><th>{esc(header[0])}</th><th>{esc(header[1])}</th></tr>"
    body = "".join(
        f'<tr><th>{esc(left)}</th><td style="white-space:pre-wrap">{esc(right)}</td></tr>'
        for left, right in rows
    )
    return f'<table class="smm-table">{head}{body}</table>'


def value_html(value: Any) -> str:
    """Any solution value as escaped HTML (mappings as tables, text as preformatted)."""
    if isinstance(value, Mapping):
        return table((str(k), _plain(v)) for k, v in value.items())
    return f'<div style="white-space:pre-wrap">{esc(_plain(value))}</div>'


def _plain(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if hasattr(value, "label") and callable(value.label):
        return str(value.label())
    try:
        return json.dumps(value, ensure_ascii=False) if value is not None else ""
    except TypeError:
        return str(value)
