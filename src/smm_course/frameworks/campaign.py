"""A campaign's numbers (lesson 05's funnel form, the strategy document) and their RACE KPIs.

Field ids, the RACE stage each belongs to, and each KPI as numerator and denominator fields:
the form, the export and their tests read these, so a formula lives in one place only.
"""

from __future__ import annotations

import contextlib
from typing import Any

from smm_course.frameworks.race import (
    Kpi,
    RaceStage,
    aov,
    cac,
    conversion_rate,
    ctr,
    engagement_rate,
    repeat_purchase_rate,
    roas,
)

__all__ = [
    "CAMPAIGN_FIELDS",
    "CAMPAIGN_KPIS",
    "CUSTOMERS",
    "KPI_FUNCTIONS",
    "MONEY_FIELDS",
    "campaign_inputs",
    "campaign_kpi",
]

CAMPAIGN_FIELDS: dict[str, RaceStage] = {
    "reach": RaceStage.REACH,
    "visitors": RaceStage.REACH,
    "interactions": RaceStage.ACT,
    "conversions": RaceStage.CONVERT,
    "new_customers": RaceStage.CONVERT,
    "spend": RaceStage.CONVERT,
    "revenue": RaceStage.CONVERT,
    "repeat_customers": RaceStage.ENGAGE,
}
MONEY_FIELDS = frozenset({"spend", "revenue"})
# Derived field: every customer who ordered in the period, new or returning.
CUSTOMERS = "customers"
# KPI -> (numerator field, denominator field); CAC on new customers (not orders: spend ÷
# orders is the cost per order), repeat-purchase rate on customers (not orders).
CAMPAIGN_KPIS: dict[Kpi, tuple[str, str]] = {
    Kpi.ENGAGEMENT_RATE: ("interactions", "reach"),
    Kpi.CONVERSION_RATE: ("conversions", "visitors"),
    Kpi.CAC: ("spend", "new_customers"),
    Kpi.ROAS: ("revenue", "spend"),
    Kpi.AOV: ("revenue", "conversions"),
    Kpi.REPEAT_PURCHASE_RATE: ("repeat_customers", CUSTOMERS),
}
KPI_FUNCTIONS: dict[Kpi, Any] = {
    Kpi.ENGAGEMENT_RATE: engagement_rate,
    Kpi.CTR: ctr,
    Kpi.CONVERSION_RATE: conversion_rate,
    Kpi.CAC: cac,
    Kpi.ROAS: roas,
    Kpi.AOV: aov,
    Kpi.REPEAT_PURCHASE_RATE: repeat_purchase_rate,
}


def campaign_inputs(numbers: dict[str, Any]) -> dict[str, Any]:
    """The campaign numbers plus `customers` (new + repeat), when both parts are given."""
    inputs = dict(numbers)
    new, repeat = numbers.get("new_customers"), numbers.get("repeat_customers")
    if new is not None and repeat is not None:
        with contextlib.suppress(TypeError):
            inputs[CUSTOMERS] = new + repeat
    return inputs


def campaign_kpi(kpi: Kpi, numbers: dict[str, Any]) -> float | None:
    """`kpi` of CAMPAIGN_KPIS computed from campaign numbers; None when it cannot be computed."""
    top, bottom = CAMPAIGN_KPIS[kpi]
    inputs = campaign_inputs(numbers)
    if top not in inputs or bottom not in inputs:
        return None
    try:
        return float(KPI_FUNCTIONS[kpi](inputs[top], inputs[bottom]))
    except (ValueError, ZeroDivisionError, TypeError, ArithmeticError):
        return None
