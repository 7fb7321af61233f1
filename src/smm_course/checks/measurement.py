"""Checkers of lesson 08: reading a change of attribution model, and the measurement plan."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from smm_course.checks._util import as_text, is_blank, never_raises, resolve_lang, words
from smm_course.checks.feedback import Feedback
from smm_course.checks.numeric import check_number
from smm_course.frameworks.attribution import AttributionModel
from smm_course.frameworks.concepts import fold
from smm_course.frameworks.measurement import BASELINE, PlanField
from smm_course.i18n import t

__all__ = [
    "PLAN_MIN_WORDS",
    "check_attribution_shift",
    "check_hand_credit",
    "check_measurement_plan",
]

PLAN_MIN_WORDS = {"why": 8, "decision": 12, "test": 12, "offline": 10}
CHANNEL_WORDS = (
    "instagram", "facebook", "tiktok", "linkedin", "google", "newsletter", "e commerce",
    "ecommerce", "negozio", "marketplace", "social",
)  # fmt: skip
CONTROL_WORDS = ("controllo", "gruppo", "zona", "citta", "control", "group", "area", "holdout")
NUMBER = re.compile(r"\d")


def _mapping(answer: object) -> dict[str, Any]:
    if not isinstance(answer, Mapping):
        return {}
    return {str(k): v for k, v in answer.items()}


def _channel(value: object, channels: list[str]) -> str | None:
    wanted = fold(as_text(value))
    return next((c for c in channels if fold(c) == wanted), None) if wanted else None


@never_raises
def check_hand_credit(
    answer: object, expected: Mapping[str, float], lang: str | None = None
) -> Feedback:
    """One channel's credit under several models, computed by hand: one point per model.

    `answer` maps a model (id, Italian or English label) to a number; `expected` maps model
    ids to the right credit. A wrong value is told too high or too low, never the value.
    """
    code = resolve_lang(lang)
    given: dict[str, object] = {}
    for key, value in _mapping(answer).items():
        model = AttributionModel.from_any(key)
        if model is not None:
            given[model.id] = value
    if not given or all(is_blank(v) for v in given.values()):
        return Feedback.empty(t("checks.measurement.hand.shape", code), float(len(expected)), code)
    score, messages, hints = 0.0, [], []
    for model_id, right in expected.items():
        label = AttributionModel.from_any(model_id).label(code)  # type: ignore[union-attr]
        if is_blank(given.get(model_id)):
            messages.append(t("checks.measurement.hand.missing", code, model=label))
            continue
        verdict = check_number(given[model_id], right, rel_tol=0.01, lang=code)
        score += verdict.score
        messages.append(f"{label}: {verdict.messages[0]}")
        if not verdict.passed:
            hints.append(t(f"checks.measurement.hand.hint_{model_id}", code))
    total = float(len(expected))
    return Feedback(score, total, score == total, tuple(messages), tuple(hints), lang=code)


@never_raises
def check_attribution_shift(
    answer: object, credit: Any, lang: str | None = None, baseline: str = BASELINE
) -> Feedback:
    """Which channel gains and which loses most credit going from `baseline` to the chosen model.

    `answer`: {"model": model id, "gains_most": channel, "loses_most": channel}; `credit`:
    `attribution.compare(...)`, channels as rows and model ids as columns. One point each.
    """
    code = resolve_lang(lang)
    given = _mapping(answer)
    model = AttributionModel.from_any(given.get("model"))
    if model is None or model.id == BASELINE or model.id not in credit:
        return Feedback.empty(t("checks.measurement.shift.pick_model", code), 2.0, code)
    if is_blank(given.get("gains_most")) and is_blank(given.get("loses_most")):
        return Feedback.empty(max_score=2.0, lang=code)
    change = credit[model.id].astype(float) - credit[baseline].astype(float)
    channels = [str(c) for c in change.index]
    expected = {"gains_most": str(change.idxmax()), "loses_most": str(change.idxmin())}
    label = model.label(code)
    score, messages, hints = 0.0, [], []
    for key, right in expected.items():
        chosen = _channel(given.get(key), channels)
        if chosen == right:
            score += 1
            messages.append(t(f"checks.measurement.shift.{key}_ok", code, channel=chosen))
        else:
            messages.append(t(f"checks.measurement.shift.{key}_wrong", code, model=label))
            hints.append(t("checks.measurement.shift.hint", code, model=label))
    return Feedback(
        score, 2.0, score == 2.0, tuple(messages), tuple(dict.fromkeys(hints)), lang=code
    )


def _has_any(text: str, roots: tuple[str, ...]) -> bool:
    folded = f" {fold(text)} "
    return any(root in folded for root in roots)


def _field_problems(name: str, text: str, code: str) -> list[str]:
    problems = []
    count = len(words(text))
    if count < PLAN_MIN_WORDS[name]:
        problems.append(t("checks.measurement.plan.short", code, n=count, min=PLAN_MIN_WORDS[name]))
    if name in ("decision", "test") and not _has_any(text, CHANNEL_WORDS):
        problems.append(t("checks.measurement.plan.no_channel", code))
    if name == "decision" and not NUMBER.search(text):
        problems.append(t("checks.measurement.plan.no_number", code))
    if name == "test":
        if not _has_any(text, CONTROL_WORDS):
            problems.append(t("checks.measurement.plan.no_control", code))
        if not NUMBER.search(text):
            problems.append(t("checks.measurement.plan.no_duration", code))
    return problems


@never_raises
def check_measurement_plan(answer: object, lang: str | None = None) -> Feedback:
    """The measurement plan: a model with its reason, a budget decision with numbers, an
    incrementality test (channel, control group, duration) and the offline touchpoints.

    `answer`: {"model", "why", "decision", "test", "offline"}; one point per part.
    """
    code = resolve_lang(lang)
    given = _mapping(answer)
    if is_blank(given):
        return Feedback.empty(max_score=4.0, lang=code)
    score, messages, hints = 0.0, [], []
    model = AttributionModel.from_any(given.get("model"))
    why = as_text(given.get("why"))
    parts = [
        (PlanField.MODEL, "why", why),
        (PlanField.DECISION, "decision", as_text(given.get("decision"))),
        (PlanField.TEST, "test", as_text(given.get("test"))),
        (PlanField.OFFLINE, "offline", as_text(given.get("offline"))),
    ]
    for part, key, text in parts:
        problems = _field_problems(key, text, code)
        if part is PlanField.MODEL and model is None:
            problems.insert(0, t("checks.measurement.plan.no_model", code))
        name = part.label(code)
        if problems:
            messages.append(
                t("checks.measurement.plan.part_bad", code, part=name) + " " + " ".join(problems)
            )
            hints.append(t(f"checks.measurement.plan.hint_{key}", code))
        else:
            score += 1
            messages.append(t("checks.measurement.plan.part_ok", code, part=name))
    return Feedback(score, 4.0, score == 4.0, tuple(messages), tuple(hints), lang=code)
