"""Round trip: the solution scores every point, the untouched exercise almost none, and nbgrader
itself grades a real submission the same way (typical mistakes: test_partial_credit.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exercises import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]


@pytest.mark.parametrize("assignment", h.ASSIGNMENTS)
def test_the_solution_runs_clean_and_scores_every_autograded_point(assignment, runs):
    executed = runs[assignment, "solution"]
    errors = [
        (h.grading(c).get("grade_id"), o.get("evalue"))
        for c in executed.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]
    assert errors == []
    result = h.score(executed)
    assert result.total == result.maximum == h.points(h.read(h.solution_path(assignment)))[0]


@pytest.mark.parametrize("assignment", h.AUTOGRADED)
def test_the_untouched_exercise_scores_at_most_a_quarter(assignment, runs):
    result = h.score(runs[assignment, "blank"])
    assert result.maximum >= 12
    assert result.total <= result.maximum / 4, result.earned


def _filled(release, solution):
    """The student notebook with the instructor's answers typed into the answer cells."""
    answers = {h.grading(c).get("grade_id"): c.source for c in solution.cells if h.grading(c)}
    for cell in release.cells:
        meta = h.grading(cell)
        if meta.get("solution"):
            cell.source = answers[meta["grade_id"]]
    return release


def test_nbgrader_autograde_round_trip(tmp_path: Path):
    import nbformat
    from nbgrader.api import Gradebook

    assignment = "m04_zmot"
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(h.COURSE / "nbgrader_config.py", course)
    shutil.copytree(h.SOLUTIONS / assignment, tmp_path / "solutions" / assignment)
    tools = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    env = {**os.environ, "PATH": tools}  # nbgrader runs alembic from the venv

    def nbgrader(*args: str) -> None:
        command = [str(Path(sys.executable).parent / "nbgrader"), *args]
        done = subprocess.run(
            command, cwd=course, env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-3000:]

    nbgrader("generate_assignment", assignment, "--force")
    release = tmp_path / "exercises" / assignment / f"{assignment}.ipynb"
    solution = h.read(h.solution_path(assignment))
    for student, nb in {
        "corretto": _filled(h.read(release), solution),
        "vuoto": h.read(release),
    }.items():
        target = course / "submitted" / student / assignment / f"{assignment}.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)
    nbgrader("autograde", assignment)

    auto, manual = h.points(solution)
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        right = gradebook.find_submission(assignment, "corretto")
        blank = gradebook.find_submission(assignment, "vuoto")
        assert right.max_score == auto + manual
        assert right.score == auto
        assert right.needs_manual_grade  # the written answer waits for the instructor
        assert blank.score <= auto / 4
