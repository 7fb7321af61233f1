"""The guides walk the instructor through the single-machine day, each step with its time."""

from __future__ import annotations

import re

import pytest

from tests.instructor.test_guide import GUIDE_EN, GUIDE_IT

STEPS = (
    "course init --students",
    "course release",
    "course collect consegne.zip",
    "course collect --assign",
    "course grade",
    "course feedback m01_touchpoint --zip",
    "course export",
    "course export --format excel",
    "course report",
)
HEADINGS = {"it": "### La giornata su una sola macchina", "en": "### The single-machine day"}


@pytest.mark.parametrize("lang", ["it", "en"])
def test_every_step_of_the_day_has_its_measured_time(lang):
    guide = GUIDE_IT if lang == "it" else GUIDE_EN
    name = guide.name
    text = guide.read_text(encoding="utf-8")
    assert HEADINGS[lang] in text
    section = text[text.index(HEADINGS[lang]) :].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "`" in line]
    for step in STEPS:
        row = next((r for r in rows if step in r), None)
        assert row is not None, f"{name}: no row for {step}"
        assert re.search(r"\d+ s", row.rsplit("|", 2)[-2]), f"{name}: no time for {step}"
    for needle in ("--zip", "Voto massimo" if lang == "it" else "Maximum grade", "--below"):
        assert needle in text
