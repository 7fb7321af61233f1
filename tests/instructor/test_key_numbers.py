"""Every number of docs/numeri-chiave.md is what its pandas expression gives on the course data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from smm_course import data

SHEET = Path(__file__).resolve().parents[2] / "docs" / "numeri-chiave.md"
ROW = re.compile(r"^\| ([^|]+) \| ([^|]+) \| `(.+)` \|$")


def _rows() -> list[tuple[str, str, str]]:
    lines = SHEET.read_text(encoding="utf-8").splitlines()
    return [m.groups() for m in map(ROW.match, lines) if m]


def _shown(value: str) -> tuple[float, int, bool]:
    """(number, decimals shown, is a percentage) of an Italian-formatted value."""
    text = value.strip().removesuffix("€").strip()
    percent = text.endswith("%")
    text = text.removesuffix("%").replace(".", "").replace(",", ".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return float(text), decimals, percent


def test_the_sheet_has_the_numbers_the_review_checked() -> None:
    assert len(_rows()) >= 15


@pytest.mark.parametrize("fact, value, expression", _rows(), ids=[r[0] for r in _rows()])
def test_each_key_number_matches_the_data(fact: str, value: str, expression: str) -> None:
    names = {n: getattr(data, n) for n in ("funnel", "reviews", "channels", "touchpoints")}
    computed = float(eval(expression, {"__builtins__": {"len": len}}, names))
    number, decimals, percent = _shown(value)
    if percent:
        computed *= 100
    assert abs(computed - number) <= 0.5 * 10**-decimals + 1e-9, f"{fact}: {computed}"
