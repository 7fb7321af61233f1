"""Every lesson notebook is clean, complete, presentable and consistent with the curriculum."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from tests.lessons.helpers import (
    LESSON_PATHS,
    PLACEHOLDER,
    SLIDE_TYPES,
    code_answers,
    exercise_ids,
    lesson_for,
    read,
    tagged,
    tags,
    unknown_bold_terms,
)


def test_lessons_exist() -> None:
    assert len(LESSON_PATHS) >= 4


def test_valid_nbformat_4_with_python3_kernel(path: Path) -> None:
    nb = read(path)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_committed_without_outputs(path: Path) -> None:
    for number, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            assert cell.outputs == [], f"cell {number} has outputs"
            assert cell.execution_count is None, f"cell {number} has an execution count"


def test_every_cell_has_a_slide_type(path: Path) -> None:
    nb = read(path)
    for number, cell in enumerate(nb.cells):
        kind = cell.metadata.get("slideshow", {}).get("slide_type")
        assert kind in SLIDE_TYPES, f"cell {number}: slide_type {kind!r}"
    assert nb.cells[0].metadata["slideshow"]["slide_type"] == "slide"
    for cell in tagged(nb, "setup"):
        assert cell.metadata["slideshow"]["slide_type"] == "skip"


def test_required_sections(path: Path) -> None:
    nb = read(path)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    for tag in ("obiettivi", "analisi", "riepilogo"):
        assert tagged(nb, tag), f"no cell tagged {tag!r}"
    assert len(tagged(nb, "autoverifica")) >= 3
    assert tags(nb.cells[-1]) == ["riepilogo"], "the lesson must end with its recap"
    analyses = tagged(nb, "analisi")
    assert any("plt." in c.source for c in analyses if c.cell_type == "code"), "no chart"


def test_objectives_give_time_and_three_to_five_goals(path: Path) -> None:
    lesson = lesson_for(path)
    assert lesson is not None, f"{path.name} is not listed in curriculum.LESSONS"
    text = "\n".join(c.source for c in tagged(read(path), "obiettivi"))
    goals = re.findall(r"^\d+\. ", text, flags=re.MULTILINE)
    assert 3 <= len(goals) <= 5
    assert f"{lesson.minutes} minuti" in text


def test_self_checks_match_the_curriculum(path: Path) -> None:
    lesson = lesson_for(path)
    assert lesson is not None, f"{path.name} is not listed in curriculum.LESSONS"
    found = exercise_ids(read(path))
    assert len(found) >= 3
    assert found == set(lesson.self_checks)


def test_recap_previews_the_graded_exercise(path: Path) -> None:
    lesson = lesson_for(path)
    assert lesson is not None
    recap = "\n".join(c.source for c in tagged(read(path), "riepilogo"))
    if lesson.assignment:
        assert f"exercises/{lesson.assignment}" in recap


def test_no_placeholder_text(path: Path) -> None:
    for number, cell in enumerate(read(path).cells):
        assert not PLACEHOLDER.search(cell.source), f"cell {number}: placeholder text"


def test_bold_terms_are_framework_labels(path: Path) -> None:
    bad = {
        number: unknown_bold_terms(cell.source)
        for number, cell in enumerate(read(path).cells)
        if cell.cell_type == "markdown" and unknown_bold_terms(cell.source)
    }
    assert not bad, f"bold text that is no framework label (use *italics*): {bad}"


def test_code_answers_start_as_placeholders(path: Path) -> None:
    nb = read(path)
    names = code_answers(nb)
    for name in names:
        assert any(f"{name} = Exercise(" in c.source for c in tagged(nb, "autoverifica"))


def test_answers_stay_out_of_sight(path: Path) -> None:
    """Cells that define a quiz or a self-check (and so hold its answer) start collapsed."""
    open_cells = [
        number
        for number, cell in enumerate(read(path).cells)
        if cell.cell_type == "code"
        and ("Quiz(" in cell.source or "Exercise(" in cell.source)
        and not cell.metadata.get("jupyter", {}).get("source_hidden")
    ]
    assert not open_cells, f"cells showing their answers: {open_cells}"


def test_setup_turns_on_inline_figures(path: Path) -> None:
    """Figures built without pyplot (canvas, journey, heatmap) show on the first run too."""
    setup = tagged(read(path), "setup")[0]
    assert "%matplotlib inline" in setup.source.splitlines()[:3]


def test_a_reopened_lesson_says_to_run_its_cells_again(path: Path) -> None:
    """Reopened, the forms show only after the cells run again: the lesson says so on top."""
    title = read(path).cells[0].source
    assert "Esegui tutte le celle" in title and "risposte salvate restano" in title
