"""Every lesson reaches the glossary and a reading list, and describes each figure in words."""

from __future__ import annotations

import re
from pathlib import Path

from tests.lessons.helpers import LESSON_PATHS, ROOT, read, tagged

GLOSSARY = ROOT / "docs" / "glossario.md"
CHEAT_SHEET = ROOT / "docs" / "pandas-per-il-marketing.md"
GLOSSARY_ROW = re.compile(r"^\| ([^|]+) \| ([^|]+) \| ([0-9, ]+) \| ([^|]+) \|$")
DRAWS = re.compile(r"plt\.show\(\)|_figure\(")


def test_recap_links_the_glossary_and_lists_readings(path: Path) -> None:
    recap = tagged(read(path), "riepilogo")[-1].source
    assert "](../docs/glossario.md)" in recap
    assert (path.parent / "../docs/glossario.md").resolve() == GLOSSARY.resolve()
    readings = recap.split("*Per approfondire*:", 1)[1]
    assert len(re.findall(r"^- ", readings, flags=re.MULTILINE)) >= 2


def test_every_figure_is_described_in_one_sentence(path: Path) -> None:
    cells = read(path).cells
    undescribed = []
    for number, cell in enumerate(cells):
        if cell.cell_type != "code" or "setup" in cell.metadata.get("tags", []):
            continue
        if not DRAWS.search(cell.source):
            continue
        after = cells[number + 1] if number + 1 < len(cells) else None
        text = after.source if after is not None and after.cell_type == "markdown" else ""
        sentence = text.removeprefix("*Descrizione della figura*: ")
        if sentence == text or not sentence.endswith(".") or sentence.count(". ") > 0:
            undescribed.append(number)
    assert not undescribed, f"figures without a one-sentence description: {undescribed}"


def test_glossary_is_bilingual_and_points_at_real_lessons() -> None:
    lessons = {p.name[:2] for p in LESSON_PATHS}
    rows = [GLOSSARY_ROW.match(line) for line in GLOSSARY.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if row and row.group(1) != "italiano"]
    assert len(rows) >= 60
    for row in rows:
        italian, english, where, meaning = (part.strip() for part in row.groups())
        assert italian and english and meaning
        assert {n.strip() for n in where.split(",")} <= lessons, row.group(0)
    assert CHEAT_SHEET.exists()
