"""check_journey (customer journey map) and check_swot (SWOT of a touchpoint)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
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
from smm_course.checks._words import roots, word_set
from smm_course.checks.feedback import Feedback
from smm_course.i18n import t

_INTEGER = re.compile(r"[+-]?\d{1,3}(?:[.,]0+)?")

# Word roots that point outside the company (market) or inside it (resources, people).
EXTERNAL_ROOTS = word_set(
    """
    conco merca marke trend tende norma legge crisi infla econo stagi gover rival clima fisca
    dazi regul laws seaso
    """
)
INTERNAL_ROOTS = word_set(
    """
    staff team dipen ricet labor know skill emplo recip ours
    """
)


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
    for row, detail, key in (
        (MapRow.TOUCHPOINTS, "missing_touchpoints", "missing_touchpoint"),
        (MapRow.ACTIONS, "missing_actions", "missing_actions"),
    ):
        if join_text(cells.get(row)).strip():
            score += 1
        else:
            details[detail].append(stage.id)
            messages.append(t(f"checks.journey.{key}", lang, stage=name))
    limits = {"min": EMOTION_MIN, "max": f"+{EMOTION_MAX}"}
    raw = cells.get(MapRow.EMOTIONS)
    value, problem = _parse_emotion(raw)
    if problem is None:
        score += 1
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


@never_raises
def check_journey(rows: Any, lang: str | None = None) -> Feedback:
    """Every stage has touchpoint, actions and an emotion from -2 to +2 (3 points a stage)."""
    from smm_course.frameworks.journey import JourneyStage, MapRow

    code = resolve_lang(lang)
    max_score = float(3 * len(JourneyStage))
    given = to_plain_mapping(rows)
    if not given:
        key = "checks.journey.not_mapping" if given is None else "checks.placeholder.empty"
        return Feedback(
            0.0, max_score, False, (t(key, code),), details={"unanswered": True}, lang=code
        )
    stages, unknown = _stage_rows(given)
    messages: list[str] = []
    details: dict[str, list[str]] = {
        key: []
        for key in (
            "missing_stages",
            "missing_touchpoints",
            "missing_actions",
            "missing_emotions",
            "bad_emotions",
            "no_pain_points",
            "no_opportunities",
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
    labels = {s.id: s.label(code) for s in JourneyStage}
    hints: list[str] = []
    if unknown:
        messages.append(t("checks.journey.unknown_stages", code, names=listing(unknown[:10])))
        hints.append(t("checks.journey.valid_stages", code, names=listing(labels.values())))
    for key in ("no_pain_points", "no_opportunities"):
        present = [s for s in details[key] if s not in details["missing_stages"]]
        if present:
            hints.append(
                t(f"checks.journey.{key}", code, stages=listing(labels[s] for s in present))
            )
    passed = score == max_score
    if passed:
        messages.insert(0, t("checks.journey.all_good", code))
    return Feedback(
        float(score), max_score, passed, tuple(messages), tuple(hints), details, lang=code
    )


def _split_touchpoint(given: dict) -> tuple[str, dict]:
    """The optional "touchpoint" entry of a SWOT, and the other entries."""
    touchpoint = ""
    rest = {}
    for key, value in list(given.items())[:200]:
        if isinstance(key, str) and key.strip().lower() == "touchpoint":
            touchpoint = join_text(value)
        else:
            rest[key] = value
    return touchpoint, rest


@never_raises
def check_swot(swot: Mapping[str, Any], lang: str | None = None) -> Feedback:
    """Four SWOT quadrants filled in (1 point each), with a hint on internal vs external."""
    from smm_course.frameworks.journey import SwotQuadrant

    code = resolve_lang(lang)
    given = to_plain_mapping(swot)
    if given is None:
        return Feedback(
            0.0,
            4.0,
            False,
            (t("checks.swot.not_mapping", code),),
            details={"missing": []},
            lang=code,
        )
    touchpoint, rest = _split_touchpoint(given)
    quadrants, unknown = _resolve(rest, SwotQuadrant)
    texts = {q: join_text(quadrants.get(q)).strip() for q in SwotQuadrant}
    missing = [q for q in SwotQuadrant if not texts[q]]
    messages = [t("checks.swot.missing", code, quadrant=q.label(code)) for q in missing]
    if unknown:
        messages.append(t("checks.swot.unknown", code, names=listing(unknown[:10])))
    hints: list[str] = []
    misplaced = [
        q.label(code)
        for q in SwotQuadrant
        if roots(texts[q]) & (EXTERNAL_ROOTS if q.internal else INTERNAL_ROOTS)
    ]
    if misplaced:
        hints.append(t("checks.swot.misplaced", code, quadrants=listing(misplaced)))
    filled = [texts[q].casefold() for q in SwotQuadrant if texts[q]]
    if len(set(filled)) < len(filled):
        messages.append(t("checks.swot.duplicate", code))
    if missing or misplaced:
        hints.append(t("checks.swot.internal_external", code))
    score = len(SwotQuadrant) - len(missing)
    passed = not missing
    if passed:
        messages.insert(0, t("checks.swot.all_good", code))
    if not touchpoint.strip():
        hints.append(t("checks.swot.name_touchpoint", code))
    return Feedback(
        float(score),
        float(len(SwotQuadrant)),
        passed,
        tuple(messages),
        tuple(hints),
        details={"missing": [q.id for q in missing], "misplaced": misplaced},
        lang=code,
    )
