"""The learner's answer beside the model solution, as escaped HTML ("confronta")."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

from smm_course.frameworks import bmc, channels, journey, race, sostac, touchpoints, zmot
from smm_course.i18n import t

# Where an answer key may come from, most specific first: its label is shown instead of the id.
_CONCEPTS = (
    bmc.Block,
    journey.JourneyStage,
    journey.MapRow,
    journey.SwotQuadrant,
    sostac.SostacStage,
    race.Kpi,  # before the stages: 'reach' in an answer is the number of people reached
    race.RaceStage,
    channels.ChannelPhase,
    channels.ChannelType,
    zmot.Moment,
    touchpoints.Phase,
    touchpoints.Nature,
    touchpoints.Control,
)

STYLE = """<style>
.smm-compare{display:flex;flex-wrap:wrap;gap:12px;margin:6px 0}
.smm-compare__side{flex:1 1 320px;min-width:0;border:1px solid rgba(127,127,127,.35);
border-radius:6px;padding:6px 10px}
.smm-compare__own{border-left:4px solid #0072B2}
.smm-compare__model{border-left:4px solid #6b3fa0}
.smm-compare h4{margin:0 0 4px 0}
.smm-compare table{border-collapse:collapse;width:100%}
.smm-compare th,.smm-compare td{padding:2px 6px;text-align:left;vertical-align:top;
border-bottom:1px solid rgba(127,127,127,.2)}
.smm-compare td{white-space:pre-wrap}
.smm-compare__empty{opacity:.7;font-style:italic}
</style>"""


def key_label(key: object, lang: str | None = None) -> str:
    """The translated label of a framework id used as an answer key, else the key itself."""
    if isinstance(key, str) and key == "touchpoint":
        return t("compare.touchpoint", lang)
    for concept in _CONCEPTS:
        member = concept.from_any(key)
        if member is not None:
            return member.label(lang)
    return str(key)


def plain(value: Any, lang: str | None = None) -> str:
    """Any answer value as one plain text (lists joined, nested mappings as 'key: value')."""
    if value is None or isinstance(value, str):
        text = value or ""
    elif isinstance(value, bool):
        text = t("compare.yes" if value else "compare.no", lang)
    elif isinstance(value, (list, tuple, set, frozenset)):
        text = ", ".join(
            key_label(v, lang) if isinstance(v, str) else plain(v, lang) for v in value
        )
    elif isinstance(value, Mapping):
        text = "; ".join(f"{key_label(k, lang)}: {plain(v, lang)}" for k, v in value.items())
    elif hasattr(value, "label") and callable(value.label):
        text = str(value.label(lang))
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = str(value)
    return text


def _side(value: Any, keys: list[object], lang: str | None) -> str:
    if value is None or (isinstance(value, (str, Mapping, list, tuple)) and not value):
        return f'<p class="smm-compare__empty">{html.escape(t("compare.empty", lang))}</p>'
    if isinstance(value, Mapping):
        rows = "".join(
            f"<tr><th>{html.escape(key_label(key, lang))}</th>"
            f"<td>{html.escape(plain(value.get(key), lang))}</td></tr>"
            for key in keys
        )
        return f"<table>{rows}</table>"
    return f'<div style="white-space:pre-wrap">{html.escape(plain(value, lang))}</div>'


def _keys(own: Any, model: Any) -> list[object]:
    # The same rows on both sides, in the model's order, so the two tables line up.
    keys: list[object] = []
    for side in (model, own):
        if isinstance(side, Mapping):
            keys += [key for key in side if key not in keys]
    return keys


def compare_html(own: Any, model: Any, lang: str | None = None) -> str:
    """Two panels side by side: the learner's answer and the model solution (all escaped)."""
    keys = _keys(own, model)
    panels = []
    for css, title, value in (
        ("own", t("compare.own", lang), own),
        ("model", t("compare.model", lang), model),
    ):
        panels.append(
            f'<div class="smm-compare__side smm-compare__{css}">'
            f"<h4>{html.escape(title)}</h4>{_side(value, keys, lang)}</div>"
        )
    return f'{STYLE}<div class="smm-compare">{"".join(panels)}</div>'
