"""check_number: a numeric answer (KPI) within a tolerance, read the Italian or English way."""

from __future__ import annotations

import itertools
import math
import numbers
import re
from collections.abc import Mapping
from typing import Any

from smm_course.checks._util import (
    as_text,
    is_array_scalar,
    is_blank,
    never_raises,
    resolve_lang,
    shorten,
)
from smm_course.checks.feedback import Feedback
from smm_course.i18n import t

__all__ = [
    "bar_mismatches",
    "bars_at_ticks",
    "check_number",
    "decimal_comma",
    "differing",
    "parse_number",
    "series_by_colour",
]

_PERCENT = re.compile(r"(%|\bper\s*cento\b|\bpercento\b|\bper\s*cent\b|\bpercent\b)")
_CURRENCY = re.compile(r"(€|\$|£|\beuro\b|\beur\b|\busd\b|\bdollari\b|\bdollars?\b)")
_NUMBER = re.compile(r"([+-]?)(\d[\d.,]*)(?:e([+-]?\d{1,3}))?(k?)")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']+")


def _decimal(digits: str, sep: str) -> float:
    whole, _, frac = digits.rpartition(sep)
    other = "," if sep == "." else "."
    return float(f"{whole.replace(other, '')}.{frac}")


def _real(value: object) -> float | None:
    """A finite float from a (non-bool) real number or a one-element array, else None."""
    if is_array_scalar(value):
        value = value.item()  # type: ignore[attr-defined]
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return None
    try:
        number = float(value)
    except (OverflowError, ValueError, TypeError):
        return None
    return number if math.isfinite(number) else None


def _digit_readings(digits: str) -> list[float] | None:
    """Readings of digits with separators: "1.234,5" -> [1234.5]; "1.234" -> [1.234, 1234.0]."""
    separators = digits.count(",") + digits.count(".")
    if "." in digits and "," in digits:
        return [_decimal(digits, digits[max(digits.rfind("."), digits.rfind(","))])]
    if separators > 1:
        return [float(re.sub(r"[.,]", "", digits))] if _GROUPED.fullmatch(digits) else None
    if separators == 0:
        return [float(digits)]
    sep = "," if "," in digits else "."
    if digits.endswith(sep):
        return None
    readings = [_decimal(digits, sep)]
    if _GROUPED.fullmatch(digits):
        readings.append(float(digits.replace(sep, "")))
    return readings


def decimal_comma(value: object) -> tuple[str, str] | None:
    """("0.35", "0,35") when `value` is the tuple `risposta = 0,35` makes in code, else None."""
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    whole, frac = value
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in value) or frac < 0:
        return None
    return f"{whole}.{frac}", f"{whole},{frac}"


def parse_number(value: object) -> tuple[tuple[float, ...], bool] | None:
    """Possible readings of a numeric answer (most likely first) and whether it was a percent.

    "4,2%" -> ((0.042, 4.2), True); "1.234" -> ((1.234, 1234.0), False); "abc" -> None.
    Percentages are read both as a fraction and as the bare number, so "4,2%" matches
    an expected 0.042 as well as an expected 4.2.
    """
    if not isinstance(value, str):
        number = _real(value)
        return None if number is None else ((number,), False)
    if len(value) > 100:
        return None
    text = value.strip().strip("\"'«»“”").strip().lower().replace("−", "-")
    percent = bool(_PERCENT.search(text))
    text = _SPACES.sub("", _CURRENCY.sub("", _PERCENT.sub("", text)))
    match = _NUMBER.fullmatch(text)
    readings = _digit_readings(match.group(2)) if match else None
    if not match or not readings:
        return None
    sign, _, exponent, thousand = match.groups()
    scale = (10.0 ** int(exponent) if exponent else 1.0) * (1000.0 if thousand else 1.0)
    signed = [(-r if sign == "-" else r) * scale for r in readings]
    if percent:
        signed = [r / 100 for r in signed] + signed
    finite = tuple(r for r in signed if math.isfinite(r))
    return (finite, percent) if finite else None


def _kpi_hint(kpi: object, lang: str) -> str | None:
    if kpi is None:
        return None
    try:
        from smm_course.frameworks.race import Kpi
    except ImportError:
        return None
    member = Kpi.from_any(kpi)
    if member is None:
        return None
    formula = getattr(member, "formula", None)
    text = formula(lang) if callable(formula) else ""
    return t(
        "checks.number.formula",
        lang,
        kpi=member.label(lang),
        formula=text or member.definition(lang),
    )


@never_raises
def check_number(
    answer: object,
    expected: float,
    rel_tol: float = 0.01,
    abs_tol: float = 0.0,
    lang: str | None = None,
    *,
    kpi: object = None,
) -> Feedback:
    """Right when the answer is within the tolerance of `expected`; never shows `expected`.

    Accepts numbers and text such as "4,2%", "0,042", "1.250 €", "5k"; a wrong answer is
    told whether it is too high or too low, and `kpi` (a race.Kpi or its id) adds its formula.
    """
    code = resolve_lang(lang)
    hints: list[str] = []
    formula = _kpi_hint(kpi, code)
    if formula:
        hints.append(formula)
    target = parse_number(expected)
    if target is None:
        return Feedback(0.0, 1.0, False, (t("checks.number.bad_expected", code),), lang=code)
    goal = target[0][0]
    try:
        rel, tol = max(float(rel_tol), 0.0), max(float(abs_tol), 0.0)
    except (TypeError, ValueError):
        rel, tol = 0.01, 0.0
    if is_blank(answer):
        return Feedback(
            0.0,
            1.0,
            False,
            (t("checks.placeholder.blank", code),),
            tuple(hints),
            {"unanswered": True},
            lang=code,
        )
    comma = decimal_comma(answer)
    if comma is not None:
        message = t("checks.number.decimal_comma", code, dot=comma[0], comma=comma[1])
        return Feedback(0.0, 1.0, False, (message,), tuple(hints), {"value": None}, lang=code)
    parsed = parse_number(answer)
    if parsed is None:
        message = t("checks.number.not_number", code, value=shorten(as_text(answer)))
        hints.append(t("checks.number.format_hint", code))
        return Feedback(0.0, 1.0, False, (message,), tuple(hints), {"value": None}, lang=code)
    readings, percent = parsed
    if any(math.isclose(r, goal, rel_tol=rel, abs_tol=tol) for r in readings):
        return Feedback(
            1.0, 1.0, True, (t("checks.number.right", code),), (), {"value": readings[0]}, lang=code
        )
    value = readings[0]
    direction = "high" if value > goal else "low"
    messages = (t(f"checks.number.too_{direction}", code),)
    if not percent and goal and math.isclose(value / 100, goal, rel_tol=rel, abs_tol=tol):
        hints.insert(0, t("checks.number.fraction_hint", code))
    return Feedback(
        0.0, 1.0, False, messages, tuple(hints), {"value": value, "direction": direction}, lang=code
    )


def _close(a: object, b: object, tolerance: float) -> bool:
    """Two numbers equal within a relative `tolerance` (never raises)."""
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    if math.isnan(x) or math.isnan(y):
        return False
    return abs(x - y) <= tolerance * max(1.0, abs(y))


def differing(answers: object, expected: Mapping, tolerance: float = 1e-6) -> list[str]:
    """The keys of `expected` whose value in `answers` (a mapping or Series) is missing or
    different (relative `tolerance`), in the order of `expected`; never raises."""
    try:
        given = {str(k): v for k, v in dict(answers).items()}  # type: ignore[call-overload]
    except Exception:
        return [str(k) for k in expected]
    return [
        str(k) for k, v in expected.items() if not _close(given.get(str(k), math.nan), v, tolerance)
    ]


def bars_at_ticks(ax: object, axis: str = "x") -> dict[str, list[tuple[float, tuple]]]:
    """The bars of a bar chart grouped by the tick label they stand at.

    `axis` is the axis with the categories ("x" for vertical bars, "y" for horizontal ones).
    Each label maps to the (value, facecolor) of its bars, in drawing order: the height of a
    vertical bar, the width of a horizontal one. A bar goes to the nearest tick; bars far
    from every tick are grouped under "". Never raises (an unreadable chart gives {}).
    """
    try:
        figure = getattr(ax, "figure", None)
        if figure is not None and getattr(figure, "canvas", None) is not None:
            figure.canvas.draw()
        ticks = ax.get_xticks() if axis == "x" else ax.get_yticks()  # type: ignore[attr-defined]
        texts = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()  # type: ignore[attr-defined]
        labels = [(float(p), lab.get_text()) for p, lab in zip(ticks, texts, strict=False)]
        bars = [p for p in ax.patches if type(p).__name__ == "Rectangle"]  # type: ignore[attr-defined]
    except Exception:
        return {}
    spacing = min(
        (abs(a[0] - b[0]) for a, b in itertools.pairwise(labels) if a[0] != b[0]),
        default=1.0,
    )
    out: dict[str, list[tuple[float, tuple]]] = {}
    for bar in bars:
        try:
            if axis == "x":
                centre, value = bar.get_x() + bar.get_width() / 2, bar.get_height()
            else:
                centre, value = bar.get_y() + bar.get_height() / 2, bar.get_width()
            colour = tuple(round(float(c), 3) for c in bar.get_facecolor())
        except Exception:
            continue
        near = min(labels, key=lambda lab: abs(lab[0] - centre), default=None)
        label = near[1] if near and abs(near[0] - centre) < spacing / 2 else ""
        out.setdefault(label, []).append((float(value), colour))
    return out


def bar_mismatches(
    ax: object,
    expected: Mapping[str, object],
    axis: str = "x",
    tolerance: float = 0.005,
) -> list[str]:
    """The labels of `expected` whose bars do not show the expected value(s); never raises.

    A label expects one number (one bar) or a sequence (several bars at the same tick, in
    any order, e.g. a stacked or grouped bar). A label missing from the chart is a mismatch.
    """
    drawn = bars_at_ticks(ax, axis)
    wrong = []
    for label, want in expected.items():
        values = sorted(v for v, _ in drawn.get(str(label), []))
        items: list[Any] = list(want) if isinstance(want, (list, tuple)) else [want]
        wanted = sorted(float(w) for w in items)
        same = len(values) == len(wanted) and all(
            _close(v, w, tolerance) for v, w in zip(values, wanted, strict=True)
        )
        if not same:
            wrong.append(str(label))
    return wrong


def series_by_colour(ax: object, axis: str = "x") -> list[dict[str, float]]:
    """The bars of a grouped or stacked chart as one {tick label: value} per bar colour."""
    groups: dict[tuple, dict[str, float]] = {}
    for label, bars in bars_at_ticks(ax, axis).items():
        for value, colour in bars:
            groups.setdefault(colour, {})[label] = value
    return list(groups.values())
