"""Builders of the plan section: the SOSTAC plan (with a SMART reading) and the RACE numbers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smm_course.export._read import (
    DASH,
    format_money,
    format_number,
    format_rate,
    is_blank,
    number_of,
    text_of,
)
from smm_course.export.model import Element, Notice, Paragraph, Picture, Subheading, Table
from smm_course.frameworks import campaign, race, sostac
from smm_course.i18n import t


def sostac_plan(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The SOSTAC plan of l05.sostac ({stage id: text}), with a SMART reading of the objectives."""
    if not isinstance(value, Mapping):
        return None
    texts = {}
    for key, text in value.items():
        stage = sostac.SostacStage.from_any(key)
        if stage is not None:
            texts[stage] = text_of(text)
    if not texts and value:
        return None
    if not any(texts.values()):
        return []
    header = tuple(t(f"export.col.{c}", lang) for c in ("stage", "question", "plan"))
    rows = tuple(
        (s.label(lang), s.question(lang), texts.get(s) or DASH) for s in sostac.SostacStage
    )
    elements: list[Element] = [Subheading(t("export.sostac_title", lang)), Table(header, rows)]
    objectives = texts.get(sostac.SostacStage.OBJECTIVES)
    if objectives:
        elements += _smart(objectives, lang)
    elements.append(Notice(sostac.CREDIT.get(lang), "credit"))
    return elements


def _smart(text: str, lang: str) -> list[Element]:
    try:
        from smm_course.checks.smart import check_smart

        details = check_smart(text, lang=lang).details
    except Exception:  # the SMART reading is a bonus: the plan is shown without it
        return []
    yes, no = t("export.smart_yes", lang), t("export.smart_no", lang)
    rows = tuple(
        (t(f"export.smart.{k}", lang), yes if details.get(k) else no)
        for k in ("specific", "measurable", "time_bound")
    )
    header = (t("export.col.criterion", lang), t("export.col.met", lang))
    return [
        Subheading(t("export.smart_title", lang)),
        Table(header, rows),
        Paragraph(t("export.smart_human", lang)),
    ]


RACE_FIELDS = tuple(campaign.CAMPAIGN_FIELDS)
MONEY_FIELDS = campaign.MONEY_FIELDS
FUNNEL_FIELDS = ("reach", "visitors", "conversions", "repeat_customers")
RATE_KPIS = frozenset(
    {race.Kpi.ENGAGEMENT_RATE, race.Kpi.CONVERSION_RATE, race.Kpi.REPEAT_PURCHASE_RATE}
)
MONEY_KPIS = frozenset({race.Kpi.CAC, race.Kpi.AOV})


def _kpi_rows(numbers: Mapping[str, float], lang: str) -> list[tuple[str, str, str]]:
    """(KPI, formula, value) for every KPI whose two inputs are there."""
    rows = []
    inputs = campaign.campaign_inputs(dict(numbers))
    for kpi, (top, bottom) in campaign.CAMPAIGN_KPIS.items():
        if top not in inputs or bottom not in inputs:
            continue
        result = campaign.campaign_kpi(kpi, dict(numbers))
        if result is None:
            text = t("export.not_computable", lang)
        elif kpi in RATE_KPIS:
            text = format_rate(result, lang)
        elif kpi in MONEY_KPIS:
            text = format_money(result, lang)
        else:
            text = format_number(result, lang, 2)
        formula = f"{t(f'export.race.{top}', lang)} / {t(f'export.race.{bottom}', lang)}"
        rows.append((kpi.label(lang), formula, text))
    return rows


def race_numbers(value: Any, lang: str, brand: str) -> list[Element] | None:
    """The RACE campaign numbers of l05.race and the KPIs they give."""
    if not isinstance(value, Mapping):
        return None
    numbers = {k: number_of(value.get(k)) for k in RACE_FIELDS if k in value}
    unreadable = [k for k, n in numbers.items() if n is None and not is_blank(value.get(k))]
    numbers = {k: n for k, n in numbers.items() if n is not None}
    if (value and not numbers and not unreadable) or (unreadable and not any(numbers.values())):
        return None
    if not any(numbers.values()):
        return []

    def shown(key: str, number: float) -> str:
        return format_money(number, lang) if key in MONEY_FIELDS else format_number(number, lang)

    inputs = tuple((t(f"export.race.{k}", lang), shown(k, n)) for k, n in numbers.items())
    kpi_rows = _kpi_rows(numbers, lang)
    elements: list[Element] = [Subheading(t("export.race_title", lang))]
    funnel = {t(f"export.race.{k}", lang): numbers[k] for k in FUNNEL_FIELDS if k in numbers}
    if len(funnel) >= 2 and all(v >= 0 for v in funnel.values()):
        elements.append(Picture("funnel_figure", funnel, t("export.alt.funnel", lang)))
    elements.append(Table((t("export.col.indicator", lang), t("export.col.value", lang)), inputs))
    if kpi_rows:
        header = tuple(t(f"export.col.{c}", lang) for c in ("kpi", "formula", "value"))
        elements.append(Table(header, tuple(kpi_rows)))
    if unreadable:
        fields = ", ".join(t(f"export.race.{k}", lang) for k in unreadable)
        elements.append(Notice(t("export.unreadable_numbers", lang, fields=fields)))
    elements.append(Notice(race.CREDIT.get(lang), "credit"))
    return elements


PLAN_COLUMNS = ("canale", "fase", "obiettivo", "kpi", "budget", "responsabile")
PLAN_HEADERS = ("channel", "stage", "objective", "kpi", "budget", "owner")


def channel_plan_rows(value: list[Any], lang: str) -> list[Element]:
    """The channel plan form's rows: channel, RACE stage, objective, KPI, €/month, owner."""
    rows = []
    for raw in value:
        if not isinstance(raw, Mapping) or all(is_blank(raw.get(c)) for c in PLAN_COLUMNS):
            continue
        stage = race.RaceStage.from_any(text_of(raw.get("fase")))
        kpi = race.Kpi.from_any(text_of(raw.get("kpi")))
        budget = number_of(raw.get("budget"))
        rows.append(
            (
                text_of(raw.get("canale")) or DASH,
                stage.label(lang) if stage else text_of(raw.get("fase")) or DASH,
                text_of(raw.get("obiettivo")) or DASH,
                kpi.label(lang) if kpi else text_of(raw.get("kpi")) or DASH,
                format_number(budget, lang) if budget is not None else text_of(raw.get("budget")),
                text_of(raw.get("responsabile")) or DASH,
            )
        )
    if not rows:
        return []
    header = tuple(t(f"business.plan.col.{c}", lang) for c in PLAN_HEADERS)
    return [Table(header, tuple(rows))]
