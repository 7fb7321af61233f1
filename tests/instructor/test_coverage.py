"""The guide's coverage table points at lesson cells that still teach the concept."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDES = (ROOT / "docs" / "guida-docente.md", ROOT / "docs" / "instructor-guide.md")
ROW = re.compile(r"^\| (.+?) \| (00\d) \| (\d\d) \[(\d+)\] \| «(.+?)» \|$")
SOURCES = {"000", "001", "002", "003", "004"}


def _rows(guide: Path) -> list[tuple[str, str, int, str]]:
    rows = []
    for line in guide.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            _concept, source, lesson, cell, key = match.groups()
            rows.append((source, lesson, int(cell), key))
    return rows


def _lesson(number: str) -> nbformat.NotebookNode:
    (path,) = (ROOT / "lessons").glob(f"{number}_*.ipynb")
    return nbformat.read(path, as_version=4)


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_source_article_is_mapped_to_cells_that_teach_it(guide: Path) -> None:
    rows = _rows(guide)
    assert {source for source, *_ in rows} == SOURCES
    assert len(rows) >= 40
    wrong = []
    for source, lesson, cell, key in rows:
        cells = _lesson(lesson).cells
        text = " ".join(cells[cell].source.split()).lower() if cell < len(cells) else ""
        if key.lower() not in text:
            wrong.append(f"{source} -> {lesson} [{cell}]: «{key}» not in that cell")
    assert not wrong, wrong


def test_both_guides_have_the_same_coverage_rows() -> None:
    italian, english = (_rows(guide) for guide in GUIDES)
    assert italian == english
