"""Every lesson can be presented as slides: RISE metadata on every cell, sections on slides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "lessons").glob("*.ipynb"))
SLIDE_TYPES = {"slide", "subslide", "fragment", "-", "skip", "notes"}
ON_A_NEW_SLIDE = {"titolo", "obiettivi", "riepilogo"}


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _slide_type(cell: dict) -> object:
    return cell.get("metadata", {}).get("slideshow", {}).get("slide_type")


def _where(path: Path, index: int, cell: dict) -> str:
    first = "".join(cell.get("source", "")).strip().splitlines()[:1]
    return f"{path.name} cella {index}: {first[0][:60] if first else '(vuota)'}"


def test_there_are_lessons_to_present():
    assert LESSONS, "nessuna lezione in lessons/"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_every_cell_has_a_slide_type_rise_understands(path: Path):
    wrong = [
        f"{_where(path, i, c)} -> {_slide_type(c)!r}"
        for i, c in enumerate(_cells(path))
        if _slide_type(c) not in SLIDE_TYPES
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_title_goals_sections_and_recap_open_a_slide(path: Path):
    cells = _cells(path)
    assert _slide_type(cells[0]) == "slide", "la presentazione deve cominciare con il titolo"
    wrong = []
    for i, cell in enumerate(cells):
        tags = set(cell.get("metadata", {}).get("tags", []))
        text = "".join(cell.get("source", "")).lstrip()
        section = cell["cell_type"] == "markdown" and text.startswith("## ")
        if (section or tags & ON_A_NEW_SLIDE) and _slide_type(cell) != "slide":
            wrong.append(_where(path, i, cell))
    assert not wrong, "dovrebbero aprire una slide:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_only_code_is_hidden_from_the_slides(path: Path):
    cells = _cells(path)
    hidden_text = [
        _where(path, i, c)
        for i, c in enumerate(cells)
        if c["cell_type"] != "code" and _slide_type(c) == "skip"
    ]
    assert not hidden_text, "testo nascosto nelle slide:\n" + "\n".join(hidden_text)
    setup_shown = [
        _where(path, i, c)
        for i, c in enumerate(cells)
        if "setup" in c.get("metadata", {}).get("tags", []) and _slide_type(c) != "skip"
    ]
    assert not setup_shown, "celle di preparazione visibili nelle slide:\n" + "\n".join(setup_shown)
