"""Every lesson runs top to bottom headless, and its code-answer solutions pass and are saved."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from smm_course.workbook import Workbook
from tests.kernels import IPCKernelManager
from tests.lessons.helpers import code_answers, read

CELL_TIMEOUT_S = 60

# Appended after the lesson: answers every `risposta = ...` exercise with its own solution
# (a Python expression evaluated in the lesson, or else the model text itself).
SOLUTIONS_CELL = """
import json as _json


def _model_answer(_exercise):
    _solution = str(_exercise.solution())
    try:
        compile(_solution, "<solution>", "eval")
    except SyntaxError:
        return _solution
    return eval(_solution)


_passed = []
for _name in {names!r}:
    _exercise = globals()[_name]
    _feedback = verifica(_exercise, _model_answer(_exercise))
    assert _feedback.passed, (_name, _feedback.to_text())
    _passed.append(_exercise.id)
print(_json.dumps(_passed))
"""


FIGURE_AS_TEXT = re.compile(r"<\w*Figure size \d+x\d+")


def figures_shown_as_text(nb: nbformat.NotebookNode) -> list[str]:
    """Cells whose output is a figure's text repr with no picture beside it."""
    return [
        f"cell {index}: {output['data']['text/plain']}"
        for index, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "image/png" not in output.get("data", {})
        and FIGURE_AS_TEXT.search(output.get("data", {}).get("text/plain", ""))
    ]


def _errors(nb: nbformat.NotebookNode) -> list[str]:
    return [
        f"{output.ename}: {output.evalue}"
        for cell in nb.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if output.output_type == "error"
    ]


@pytest.mark.slow
def test_lesson_runs_and_solutions_pass(
    path: Path, tmp_path: Path, _isolated_learner: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No Agg: the kernel uses ipykernel's inline backend, as in JupyterLab.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    nb = read(path)
    names = code_answers(nb)
    nb.cells.append(nbformat.v4.new_code_cell(SOLUTIONS_CELL.format(names=names)))
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        kernel_manager_class=IPCKernelManager,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    assert _errors(nb) == []
    assert figures_shown_as_text(nb) == []
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    passed_ids = json.loads(printed.strip().splitlines()[-1])
    assert len(passed_ids) == len(names)

    book = Workbook.open(_isolated_learner / "workbook.json")
    for exercise_id in passed_ids:
        assert book.answer(exercise_id) is not None
        assert any(attempt["passed"] for attempt in book.attempts(exercise_id))
