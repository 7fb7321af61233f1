"""Checkers of the capstone lesson: the multichannel plan and the executive summary."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from smm_course.checks._util import as_text, is_blank, never_raises, resolve_lang, words
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_reason
from smm_course.checks.smart import check_smart
from smm_course.i18n import t

PLAN_POINTS = 6
MIN_CHANNELS = 4
MIN_STAGES = 3
SUMMARY_MIN_WORDS, SUMMARY_MAX_WORDS = 120, 400
MAX_ROWS = 100  # rows of a plan read at most
# field of a plan row -> key prefixes accepted (Italian and English)
FIELDS = {
    "channel": ("canal", "channel"),
    "stage": ("fase", "stage", "race"),
    "kpi": ("kpi",),
    "budget": ("budget",),
    "objective": ("obiettiv", "objective", "goal"),
}
# summary theme -> word roots (Italian and English) that show it is covered
SUMMARY_THEMES = {
    "situation": ("situazion", "fatturat", "ricav", "vendit", "recension", "situation",
                  "revenue", "sales", "review"),
    "customers": ("client", "segment", "pubblic", "target", "customer", "audience"),
    "objectives": ("obiettiv", "traguard", "objective", "goal"),
    "strategy": ("strategi", "canal", "newsletter", "instagram", "social", "channel"),
    "kpis": ("kpi", "misur", "roas", "tasso", "controll", "report", "measur", "rate"),
    "resources": ("budget", "€", "euro", "persone", "risors", "people", "resource", "staff"),
}  # fmt: skip


def field_of(row: Mapping[Any, Any], name: str) -> Any:
    """The value of the first key of `row` that starts like field `name` ("fase RACE")."""
    prefixes = FIELDS[name]
    for key, value in row.items():
        if as_text(key).strip().lower().startswith(prefixes):
            return value
    return None


def euros(value: object) -> float | None:
    """An amount in euro from a number or a text such as "1.500 €"; None if unreadable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str) and len(value) < 40:
        text = value.replace("€", "").replace(".", "").replace(",", ".").strip()
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _measurable(objective: object, lang: str) -> bool:
    if not isinstance(objective, str) or not objective.strip():
        return False
    details = check_smart(objective[:10000], lang=lang).details
    return bool(details.get("measurable") and details.get("time_bound"))


def _name(value: object) -> str:
    """A channel or brand name, or "" for a blank or a placeholder ("x", "...", "asdf")."""
    name = " ".join(as_text(value).split())[:80]
    return "" if placeholder_reason(name, min_words=1) is not None else name


def _rows(plan: object) -> list[Mapping[Any, Any]] | None:
    if isinstance(plan, Mapping) and plan and all(isinstance(v, Mapping) for v in plan.values()):
        rows: list[Mapping[Any, Any]] = [{"channel": n, **dict(d)} for n, d in plan.items()]
        return rows[:MAX_ROWS]
    if isinstance(plan, (list, tuple)) and plan and all(isinstance(r, Mapping) for r in plan):
        return list(plan)[:MAX_ROWS]
    return None


@never_raises
def check_channel_plan(plan: object, lang: str | None = None) -> Feedback:
    """One point each: 4+ named channels, stages, KPIs of the stage, budgets, SMART, 3+ stages."""
    from smm_course.frameworks.race import Kpi, RaceStage

    code = resolve_lang(lang)
    rows = _rows(plan)
    if rows is None:
        message = t("checks.capstone.plan.shape", code)
        if is_blank(plan):
            return Feedback.empty(message, float(PLAN_POINTS), lang=code)
        return Feedback(0.0, float(PLAN_POINTS), False, (message,), lang=code)
    names = [_name(field_of(row, "channel")) for row in rows]
    labels = [name or t("checks.capstone.plan.row", code, n=n) for n, name in enumerate(names, 1)]
    stages = [RaceStage.from_any(as_text(field_of(row, "stage"))[:80]) for row in rows]
    messages: list[str] = []
    passed: dict[str, bool] = {}

    def point(key: str, ok: bool, good: str, bad: str) -> None:
        passed[key] = ok
        messages.append(good if ok else bad)

    point(
        "channels",
        len(rows) >= MIN_CHANNELS and all(names),
        t("checks.capstone.plan.channels_ok", code, n=len(rows)),
        t("checks.capstone.plan.channels_missing", code, n=MIN_CHANNELS),
    )
    no_stage = [lab for lab, s in zip(labels, stages, strict=True) if s in (None, RaceStage.PLAN)]
    point(
        "stages",
        not no_stage,
        t("checks.capstone.plan.stages_ok", code),
        t("checks.capstone.plan.stages_missing", code, channels=", ".join(no_stage)),
    )
    problems = []
    for label, stage, row in zip(labels, stages, rows, strict=True):
        kpi = Kpi.from_any(as_text(field_of(row, "kpi"))[:80])
        if kpi is None:
            problems.append(t("checks.capstone.plan.kpi_unknown", code, channel=label))
        elif stage is not None and stage.kpis and kpi not in stage.kpis:
            problems.append(
                t(
                    "checks.capstone.plan.kpi_wrong_stage",
                    code,
                    channel=label,
                    kpi=kpi.label(code),
                    stage=stage.label(code),
                )
            )
    point(
        "kpis",
        not problems,
        t("checks.capstone.plan.kpis_ok", code),
        t("checks.capstone.plan.kpis_bad", code, problems="; ".join(problems)),
    )
    budgets = [euros(field_of(row, "budget")) for row in rows]
    valid = [b for b in budgets if b is not None and b >= 0]
    total = f"{sum(valid):,.0f}".replace(",", "." if code == "it" else ",")
    point(
        "budget",
        len(valid) == len(budgets),
        t("checks.capstone.plan.budget_ok", code, total=total),
        t("checks.capstone.plan.budget_missing", code),
    )
    objectives = [field_of(row, "objective") for row in rows]
    weak = [lab for lab, obj in zip(labels, objectives, strict=True) if not _measurable(obj, code)]
    point(
        "objectives",
        not weak,
        t("checks.capstone.plan.objectives_ok", code),
        t("checks.capstone.plan.objectives_weak", code, channels=", ".join(weak)),
    )
    covered = [s for s in RaceStage if s in stages and s is not RaceStage.PLAN]
    covered_names = ", ".join(s.label(code) for s in covered)
    point(
        "coverage",
        len(covered) >= MIN_STAGES,
        t("checks.capstone.plan.coverage_ok", code, stages=covered_names),
        t("checks.capstone.plan.coverage_low", code, n=MIN_STAGES),
    )
    score = sum(passed.values())
    return Feedback(
        float(score),
        float(PLAN_POINTS),
        score == PLAN_POINTS,
        tuple(messages),
        details=passed,
        lang=code,
    )


def _summary_parts(answer: object) -> tuple[str, str]:
    if isinstance(answer, Mapping):
        brand = answer.get("brand")
        text = answer.get("executive_summary")
        return (as_text(brand) if not is_blank(brand) else ""), (
            as_text(text) if not is_blank(text) else ""
        )
    return "", ("" if is_blank(answer) else as_text(answer))


@never_raises
def check_summary(answer: object, lang: str | None = None) -> Feedback:
    """One point each: a brand, 120-400 words, a measurable dated objective, all six themes."""
    code = resolve_lang(lang)
    brand, text = _summary_parts(answer)
    brand, text = _name(brand), text.strip()
    if placeholder_reason(text, min_words=1) is not None:
        text = ""
    count = len(words(text))
    messages: list[str] = []
    passed: dict[str, bool] = {"brand": bool(brand)}
    messages.append(
        t("checks.capstone.summary.brand_ok", code, brand=brand)
        if brand
        else t("checks.capstone.summary.brand_missing", code)
    )
    passed["length"] = SUMMARY_MIN_WORDS <= count <= SUMMARY_MAX_WORDS
    if passed["length"]:
        messages.append(t("checks.capstone.summary.length_ok", code, n=count))
    elif count < SUMMARY_MIN_WORDS:
        key, limit = "too_short", {"min": SUMMARY_MIN_WORDS}
        messages.append(t(f"checks.capstone.summary.{key}", code, n=count, **limit))
    else:
        key, limit = "too_long", {"max": SUMMARY_MAX_WORDS}
        messages.append(t(f"checks.capstone.summary.{key}", code, n=count, **limit))
    passed["smart"] = bool(text) and _measurable(text, code)
    messages.append(
        t("checks.capstone.summary.smart_ok", code)
        if passed["smart"]
        else t("checks.capstone.summary.smart_missing", code)
    )
    lower = text.lower()
    absent = [
        t(f"checks.capstone.summary.themes.{theme}", code)
        for theme, roots in SUMMARY_THEMES.items()
        if not any(root in lower for root in roots)
    ]
    passed["themes"] = not absent
    messages.append(
        t("checks.capstone.summary.themes_ok", code)
        if not absent
        else t("checks.capstone.summary.themes_missing", code, themes=", ".join(absent))
    )
    score = sum(passed.values())
    return Feedback(
        float(score),
        4.0,
        score == 4,
        tuple(messages),
        details={**passed, "words": count},
        lang=code,
    )
