"""One builder per saved answer: answer -> document elements (None when the shape is unreadable).

A builder returns a list of elements, an empty list when the answer holds nothing to show,
or None when the answer has a shape the document cannot read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from smm_course.compare import key_label
from smm_course.export import plan
from smm_course.export._read import (
    DASH,
    concept_label,
    format_number,
    is_blank,
    item_name,
    number_of,
    text_of,
)
from smm_course.export.measurement import measurement_plan
from smm_course.export.model import (
    BulletList,
    Element,
    Notice,
    Paragraph,
    Picture,
    Subheading,
    Table,
)
from smm_course.frameworks import bmc, channels, touchpoints
from smm_course.frameworks.concepts import Text
from smm_course.frameworks.journey import JourneyStage, MapRow, SwotQuadrant
from smm_course.i18n import t

Builder = Callable[[Any, str, str], "list[Element] | None"]


def _case_names(table: str) -> list[Text]:
    """Names of the case study's touchpoints or channels, as the forms show them."""
    try:
        from smm_course import data

        return [Text(name, name) for name in getattr(data, table)()["name"]]
    except Exception:  # the names only make ids readable: the ids are shown otherwise
        return []


def _cell(value: Any) -> str:
    return text_of(value) or DASH


def summary(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The executive summary of l07.sintesi ({"brand", "executive_summary"} or plain text)."""
    if isinstance(value, str):
        text = value
    elif isinstance(value, Mapping):
        text = next(
            (value[k] for k in ("executive_summary", "summary", "sintesi") if k in value), ""
        )
        if not isinstance(text, str):
            return None
    else:
        return None
    return [Paragraph(text.strip())] if text.strip() else []


def touchpoint_map(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The classified touchpoints of l01.sorter ({item id: {phase, nature, control}})."""
    if isinstance(value, list):
        value = {text_of(r.get("name")): r for r in value if isinstance(r, Mapping)}
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        return None
    names = [example.name for example in touchpoints.EXAMPLES] + _case_names("touchpoints")
    rows, figure_rows = [], []
    for key, dims in value.items():
        phases = dims.get("phases", dims.get("phase"))
        phases = phases if isinstance(phases, list) else [phases]
        phases = [p for p in phases if not is_blank(p)]
        if not phases and is_blank(dims.get("nature")) and is_blank(dims.get("control")):
            continue
        name = item_name(key, names, lang)
        rows.append(
            (
                name,
                ", ".join(concept_label(touchpoints.Phase, p, lang) for p in phases) or DASH,
                concept_label(touchpoints.Nature, dims.get("nature"), lang) or DASH,
                concept_label(touchpoints.Control, dims.get("control"), lang) or DASH,
            )
        )
        figure_rows.append({**dims, "name": name, "phases": phases})
    if not rows:
        return []
    header = tuple(t(f"export.col.{c}", lang) for c in ("touchpoint", "phase", "nature", "control"))
    return [
        Picture("touchpoint_matrix_figure", figure_rows, t("export.alt.touchpoints", lang)),
        Table(header, tuple(rows)),
    ]


def canvas(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The Business Model Canvas of l02.canvas ({block id: text})."""
    if not isinstance(value, Mapping):
        return None
    texts = {}
    for key, text in value.items():
        block = bmc.Block.from_any(key)
        if block is not None:
            texts[block] = text_of(text)
    if not texts and value:
        return None
    if not any(texts.values()):
        return []
    rows = tuple((f"{b.number}. {b.label(lang)}", texts.get(b) or DASH) for b in bmc.Block)
    header = (t("export.col.block", lang), t("export.col.content", lang))
    elements: list[Element] = [
        Picture(
            "canvas_figure",
            {b.id: text for b, text in texts.items()},
            t("export.alt.canvas", lang),
            (("title", brand),),
        ),
        Table(header, rows),
    ]
    empty = [b.label(lang) for b in bmc.Block if not texts.get(b)]
    if empty:
        elements.append(Notice(t("export.canvas_empty_blocks", lang, blocks=", ".join(empty))))
    elements.append(Notice(bmc.CREDIT.get(lang), "credit"))
    return elements


def journey_map(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The journey map of l03.journey ({stage id: {row id: value}})."""
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        return None
    cells: dict[tuple[JourneyStage, MapRow], Any] = {}
    for stage_key, column in value.items():
        stage = JourneyStage.from_any(stage_key)
        for row_key, cell in column.items():
            row = MapRow.from_any(row_key)
            if stage is not None and row is not None and not is_blank(cell):
                cells[stage, row] = cell
    if not cells:
        return [] if all(is_blank(v) for v in value.values()) else None
    stages = list(JourneyStage)
    rows = []
    for row in MapRow:
        if any((stage, row) in cells for stage in stages):
            shown = [_journey_cell(row, cells.get((stage, row)), lang) for stage in stages]
            rows.append((row.label(lang), *shown))
    header = (t("export.col.row", lang), *(s.label(lang) for s in stages))
    return [
        Picture("journey_figure", dict(value), t("export.alt.journey", lang)),
        Table(header, tuple(rows)),
    ]


def _journey_cell(row: MapRow, cell: Any, lang: str) -> str:
    if row is MapRow.EMOTIONS and (number := number_of(cell)) is not None:
        return f"{number:+g}".replace(".", "," if lang == "it" else ".")
    return _cell(cell)


def swot(value: Any, lang: str, brand: str) -> list[Element] | None:
    """One SWOT (or a list of them) of l03.swot ({quadrant id: text, "touchpoint": name})."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, Mapping) for item in items):
        return None
    elements: list[Element] = []
    for item in items:
        quadrants = {SwotQuadrant.from_any(k): text_of(v) for k, v in item.items()}
        quadrants.pop(None, None)
        if not any(quadrants.values()):
            continue
        touchpoint = text_of(item.get("touchpoint"))
        title = (
            t("export.swot_title", lang, touchpoint=touchpoint)
            if touchpoint
            else t("export.swot_title_generic", lang)
        )
        grid = {(q.internal, q.positive): quadrants.get(q) or DASH for q in SwotQuadrant}
        header = ("", t("export.col.positive", lang), t("export.col.negative", lang))
        rows = tuple(
            (
                t(f"export.col.{'internal' if internal else 'external'}", lang),
                f"{_quadrant_label(internal, True, lang)}: {grid[internal, True]}",
                f"{_quadrant_label(internal, False, lang)}: {grid[internal, False]}",
            )
            for internal in (True, False)
        )
        elements += [Subheading(title), Table(header, rows)]
    return elements


def _quadrant_label(internal: bool, positive: bool, lang: str) -> str:
    quadrant = next(q for q in SwotQuadrant if (q.internal, q.positive) == (internal, positive))
    return quadrant.label(lang)


def channel_matrix(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The channel matrix of l06.matrice ({channel: {"type": ..., "phases": [...]}} or rows)."""
    if isinstance(value, list):  # the learner's own channels, one row each
        value = {
            text_of(r.get("name")): r
            for r in value
            if isinstance(r, Mapping) and not is_blank(r.get("name"))
        }
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        return None
    names = [example.name for example in channels.EXAMPLES] + _case_names("channels")
    rows, heat, counts = [], {}, dict.fromkeys(channels.ChannelType, 0)
    for key, entry in value.items():
        raw_phases = entry.get("phases") or []
        if not isinstance(raw_phases, list):
            raw_phases = [raw_phases]
        phases = [p for p in (channels.ChannelPhase.from_any(x) for x in raw_phases) if p]
        kind = channels.ChannelType.from_any(entry.get("type"))
        if kind is None and not phases:
            continue
        name = item_name(key, names, lang)
        if kind is not None:
            counts[kind] += 1
        rows.append(
            (
                name,
                kind.label(lang) if kind else DASH,
                ", ".join(p.label(lang) for p in channels.ChannelPhase if p in phases) or DASH,
            )
        )
        heat[name] = {
            **{p.id: float(p in phases) for p in channels.ChannelPhase},
            **({"type": kind.id} if kind else {}),
        }
    if not rows:
        return []
    header = tuple(t(f"export.col.{c}", lang) for c in ("channel", "type", "phases"))
    direct, indirect = counts[channels.ChannelType.DIRECT], counts[channels.ChannelType.INDIRECT]
    return [
        Subheading(t("export.matrix_title", lang)),
        Picture("channel_heatmap_figure", heat, t("export.alt.channels", lang)),
        Table(header, tuple(rows)),
        Paragraph(t("export.channel_counts", lang, direct=direct, indirect=indirect)),
    ]


def generic(value: Any, lang: str, brand: str) -> list[Element] | None:
    """Any other answer: text as paragraphs, lists as bullets, mappings as tables."""
    if isinstance(value, str):
        return [Paragraph(value.strip())] if value.strip() else []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [Paragraph(format_number(float(value), lang))]
    if isinstance(value, list):
        if all(isinstance(v, Mapping) for v in value):
            keys: list[str] = []
            for record in value:
                keys += [str(k) for k in record if str(k) not in keys]
            rows = tuple(tuple(_cell(r.get(k)) for k in keys) for r in value if not is_blank(r))
            return [Table(tuple(key_label(k, lang) for k in keys), rows)] if rows else []
        items = tuple(text_of(v) for v in value if not is_blank(v))
        return [BulletList(items)] if items else []
    if isinstance(value, Mapping):
        rows = tuple(
            (key_label(k, lang), _cell(_labelled(v, lang)))
            for k, v in value.items()
            if not is_blank(v)
        )
        header = (t("export.col.item", lang), t("export.col.content", lang))
        return [Table(header, rows)] if rows else []
    return None


def _labelled(value: Any, lang: str) -> Any:
    if isinstance(value, Mapping):
        return "; ".join(
            f"{key_label(k, lang)}: {text_of(_labelled(v, lang))}"
            for k, v in value.items()
            if not is_blank(v)
        )
    if isinstance(value, list):
        return ", ".join(text_of(_labelled(v, lang)) for v in value if not is_blank(v))
    return value


def channel_plan(value: Any, lang: str, brand: str) -> list[Element] | None:
    """Lesson 07's channel plan (a list of rows): a table whose budget column says its unit."""
    rows = value if isinstance(value, list) else []
    if any(isinstance(r, Mapping) and "responsabile" in r for r in rows):
        return plan.channel_plan_rows(value, lang)
    elements = generic(value, lang, brand)
    if not elements or not isinstance(elements[0], Table):
        return elements
    table = elements[0]
    header = tuple(
        t("export.col.budget", lang) if cell.strip().casefold() == "budget" else cell
        for cell in table.header
    )
    return [Table(header, table.rows), *elements[1:]]


BUILDERS: Mapping[str, Builder] = MappingProxyType(
    {
        "l07.sintesi": summary,
        "l01.sorter": touchpoint_map,
        "l02.canvas": canvas,
        "l03.journey": journey_map,
        "l03.swot": swot,
        "l05.sostac": plan.sostac_plan,
        "l05.race": plan.race_numbers,
        "l06.matrice": channel_matrix,
        "l07.canali": channel_plan,
        "l08.misura": measurement_plan,
    }
)
