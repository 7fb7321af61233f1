"""check_journey: the customer journey map (stages, touchpoints, actions, an emotion curve)."""

from __future__ import annotations

import math
import re
from typing import Any

from smm_course.checks._util import (
    as_text,
    is_blank,
    join_text,
    listing,
    never_raises,
    resolve_lang,
    shorten,
    to_plain_mapping,
)
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_message, placeholder_reason
from smm_course.i18n import t

_INTEGER = re.compile(r"[+-]?\d{1,3}(?:[.,]0+)?")


def _parse_emotion(value: object) -> tuple[int | None, str | None]:
    """(score, None) for an integer-like value, else (None, problem) with problem in
    {"missing", "not_number", "out_of_range"}."""
    from smm_course.frameworks.journey import EMOTION_MAX, EMOTION_MIN

    if is_blank(value):
        return None, "missing"
    number: float | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)) or type(value).__module__.startswith("numpy"):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError, OverflowError):
            number = None
    elif isinstance(value, str):
        text = value.strip().replace("−", "-").replace(" ", "")
        if _INTEGER.fullmatch(text):
            number = float(text.replace(",", "."))
    if number is None or not math.isfinite(number) or not number.is_integer():
        return None, "not_number"
    score = int(number)
    if not EMOTION_MIN <= score <= EMOTION_MAX:
        return score, "out_of_range"
    return score, None


def _resolve(given: dict, concept: Any) -> tuple[dict, list[str]]:
    out: dict = {}
    unknown: list[str] = []
    for key, value in list(given.items())[:200]:
        member = concept.from_any(key)
        if member is None:
            if not is_blank(key):
                unknown.append(shorten(as_text(key)))
        else:
            out.setdefault(member, value)
    return out, unknown


def _stage_rows(given: dict) -> tuple[dict, list[str]]:
    """Stages -> their cells; a map with rows as keys (a transposed table) is turned round."""
    from smm_course.frameworks.journey import JourneyStage, MapRow

    stages, unknown = _resolve(given, JourneyStage)
    if not stages and any(MapRow.from_any(k) for k in given):
        flipped: dict = {}
        for row_key, by_stage in given.items():
            for stage_key, value in (to_plain_mapping(by_stage) or {}).items():
                flipped.setdefault(stage_key, {})[row_key] = value
        stages, unknown = _resolve(flipped, JourneyStage)
    return stages, unknown


def _check_stage(stage: Any, cells: dict, lang: str, details: dict, messages: list) -> int:
    """Points (0-3) for one stage; problems go to `details` and `messages`."""
    from smm_course.frameworks.journey import EMOTION_MAX, EMOTION_MIN, MapRow

    name = stage.label(lang)
    score = 0
    for row, detail, key, min_words in (
        (MapRow.TOUCHPOINTS, "missing_touchpoints", "missing_touchpoint", 1),
        (MapRow.ACTIONS, "missing_actions", "missing_actions", 2),
    ):
        text = join_text(cells.get(row)).strip()
        questions = (row.definition("it"), row.definition("en"))
        reason = placeholder_reason(text, min_words=min_words, questions=questions)
        if reason is None:
            score += 1
        elif reason == "blank":
            details[detail].append(stage.id)
            messages.append(t(f"checks.journey.{key}", lang, stage=name))
        else:
            details["placeholders"].append(f"{stage.id}.{row.id}")
            where = t("checks.journey.cell", lang, stage=name, row=row.label(lang).lower())
            messages.append(placeholder_message(reason, lang, field=where))
    limits = {"min": EMOTION_MIN, "max": f"+{EMOTION_MAX}"}
    raw = cells.get(MapRow.EMOTIONS)
    value, problem = _parse_emotion(raw)
    if problem is None:
        score += 1
        details["emotion_values"].append(value)
    elif problem == "missing":
        details["missing_emotions"].append(stage.id)
        messages.append(t("checks.journey.missing_emotion", lang, stage=name, **limits))
    else:
        details["bad_emotions"].append(stage.id)
        shown = str(value) if problem == "out_of_range" else shorten(as_text(raw))
        messages.append(
            t(f"checks.journey.emotion_{problem}", lang, stage=name, value=shown, **limits)
        )
    for row, detail in (
        (MapRow.PAIN_POINTS, "no_pain_points"),
        (MapRow.OPPORTUNITIES, "no_opportunities"),
    ):
        if not join_text(cells.get(row)).strip():
            details[detail].append(stage.id)
    return score


def _curve_problem(values: list[int], stages: int, lang: str) -> str | None:
    """A message when every stage has an emotion and the curve is flat or all at the extremes."""
    from smm_course.frameworks.journey import EMOTION_MAX

    if len(values) < stages or stages < 2:
        return None
    shown = listing(f"{v:+d}" if v else "0" for v in values)
    if len(set(values)) == 1:
        return t("checks.journey.flat_curve", lang, value=shown)
    if all(abs(v) == EMOTION_MAX for v in values):
        return t("checks.journey.extreme_curve", lang, values=shown)
    return None


@never_raises
def check_journey(rows: Any, lang: str | None = None, business: str | None = None) -> Feedback:
    """Every stage has a touchpoint, real actions and an emotion (3 points a stage); a flat or
    all-extreme emotion curve earns no emotion points.

    `business`: the business the map is about, named in the hints (default: the case study).
    """
    from smm_course.checks.smart import business_name
    from smm_course.frameworks.journey import JourneyStage, MapRow

    code = resolve_lang(lang)
    name = business_name(business, code)
    max_score = float(3 * len(JourneyStage))
    given = to_plain_mapping(rows)
    if not given:
        key = "checks.journey.not_mapping" if given is None else "checks.placeholder.empty"
        return Feedback(
            0.0, max_score, False, (t(key, code),), details={"unanswered": True}, lang=code
        )
    stages, unknown = _stage_rows(given)
    messages: list[str] = []
    details: dict[str, Any] = {
        key: []
        for key in (
            "missing_stages",
            "missing_touchpoints",
            "missing_actions",
            "missing_emotions",
            "bad_emotions",
            "no_pain_points",
            "no_opportunities",
            "placeholders",
            "emotion_values",
        )
    }
    details["unknown"] = unknown
    score = 0
    for stage in JourneyStage:
        cells_raw = None if is_blank(stages.get(stage)) else to_plain_mapping(stages[stage])
        if cells_raw is None:
            details["missing_stages"].append(stage.id)
            key = "missing_stage" if is_blank(stages.get(stage)) else "stage_not_mapping"
            messages.append(t(f"checks.journey.{key}", code, stage=stage.label(code)))
            continue
        score += _check_stage(stage, _resolve(cells_raw, MapRow)[0], code, details, messages)
    curve = _curve_problem(details["emotion_values"], len(JourneyStage), code)
    details["curve_problem"] = curve is not None
    if curve is not None:
        score -= len(details["emotion_values"])
        messages.append(curve)
    labels = {s.id: s.label(code) for s in JourneyStage}
    hints: list[str] = []
    if unknown:
        messages.append(t("checks.journey.unknown_stages", code, names=listing(unknown[:10])))
        hints.append(t("checks.journey.valid_stages", code, names=listing(labels.values())))
    for key in ("no_pain_points", "no_opportunities"):
        present = [s for s in details[key] if s not in details["missing_stages"]]
        if present:
            names = listing(labels[s] for s in present)
            hints.append(t(f"checks.journey.{key}", code, stages=names, business=name))
    passed = score == max_score
    if passed:
        messages.insert(0, t("checks.journey.all_good", code))
    return Feedback(
        float(score), max_score, passed, tuple(messages), tuple(hints), details, lang=code
    )
