"""The committed student notebooks are exactly what nbgrader makes from solutions/, show the
rubric of each written answer, and keep no solution or hidden test, neither in exercises/ nor
in the wheel."""

from __future__ import annotations

import re
import shutil

import nbformat
import pytest

from smm_course.curriculum import LESSONS
from tests.exercises import helpers as h

pytestmark = pytest.mark.nbgrader


def test_every_lesson_assignment_has_a_graded_notebook():
    expected = {lesson.assignment for lesson in LESSONS if lesson.assignment}
    assert expected == set(h.ASSIGNMENTS)
    for assignment in h.ASSIGNMENTS:
        assert h.solution_path(assignment).is_file(), assignment
        assert h.release_path(assignment).is_file(), assignment


@pytest.mark.parametrize("assignment", h.ASSIGNMENTS)
def test_exercises_equal_what_generate_assignment_makes_now(assignment, generated_release):
    committed = h.read(h.release_path(assignment))
    fresh = h.read(h.release_path(assignment, generated_release))
    assert h.comparable(committed) == h.comparable(fresh), (
        f"exercises/{assignment} is out of date: run "
        f"`cd course && nbgrader generate_assignment {assignment} --force`"
    )
    for cell in committed.cells:
        assert cell.get("outputs", []) == [] and cell.get("execution_count") is None


@pytest.mark.parametrize("assignment", h.ASSIGNMENTS)
def test_points_add_up_to_the_total_announced_at_the_top(assignment):
    nb = h.read(h.solution_path(assignment))
    auto, manual = h.points(nb)
    announced = re.search(r"\*\*Punteggio: (\d+) punti\*\*", nb.cells[0].source)
    assert announced, "the first cell states the total"
    assert auto + manual == float(announced.group(1))
    headings = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    parts = [int(p) for p in re.findall(r"^## .*\((\d+) punti", headings, re.MULTILINE)]
    assert sum(parts) == auto + manual, "the parts' points add up to the total"
    if assignment in h.AUTOGRADED:
        assert auto >= 12 and manual >= 4, (auto, manual)
        tests = {h.grading(c)["grade_id"]: c.source for c in nb.cells if h.is_test(c)}
        assert sum("### BEGIN HIDDEN TESTS" in s for s in tests.values()) >= 4
        for answer, ids in h.parts(nb).items():  # every answer gets a check the student sees
            visible = [s.split("### BEGIN HIDDEN TESTS")[0] for s in (tests[i] for i in ids)]
            assert any("assert " in v for v in visible), (assignment, answer)
    else:
        assert auto == 0 and manual == 40


@pytest.mark.parametrize("assignment", h.ASSIGNMENTS)
def test_students_see_the_rubric_of_each_written_answer_but_never_the_model_answer(assignment):
    solution = h.read(h.solution_path(assignment))
    released = h.read(h.release_path(assignment)).cells
    ids = [h.grading(c).get("grade_id") for c in released]
    manual = [c for c in solution.cells if h.is_manual(c)]
    assert manual
    for cell in manual:
        assert cell.cell_type == "markdown"
        assert "Griglia di valutazione" in cell.source and "Risposta modello" in cell.source
        index = ids.index(h.grading(cell)["grade_id"])
        answer, task = released[index].source, released[index - 1].source
        assert "Risposta modello" not in answer and "SCRIVI QUI LA TUA RISPOSTA" in answer
        points = int(h.grading(cell)["points"])
        assert f"**Come viene valutata ({points} punti)**" in task
        rubric = cell.source.split("**Griglia di valutazione", 1)[1].split("### END SOLUTION")[0]
        bullets = [ln for ln in rubric.splitlines() if ln.startswith("- ")]
        assert bullets and all(b in task for b in bullets)


def test_no_secret_line_is_in_the_exercises():
    texts: list[str] = []
    for path in sorted(p for p in h.EXERCISES.rglob("*") if p.is_file()):
        texts += h.notebook_texts(path) if path.suffix == ".ipynb" else [path.read_text("utf-8")]
    public = h.public_text(h.read(h.solution_path(a)) for a in h.ASSIGNMENTS)
    for assignment in h.ASSIGNMENTS:
        secrets = h.secret_lines(h.read(h.solution_path(assignment)), public)
        assert len(secrets) >= 5, assignment
        assert h.leaked(secrets, texts) == [], assignment


@pytest.mark.slow
def test_no_secret_line_and_no_solution_is_in_the_wheel(wheel_texts):
    names = list(wheel_texts)
    assert not [n for n in names if "solutions/" in n]
    for assignment in h.ASSIGNMENTS:
        released = f"exercises/{assignment}/{assignment}.ipynb"
        assert any(n.endswith(released) for n in names), assignment
    texts = [t for chunks in wheel_texts.values() for t in chunks]
    # the package's code and the lessons are public: a line such as ax.set_ylabel("") is no leak
    library = "\n".join(p.read_text("utf-8") for p in (h.REPO / "src").rglob("*.py"))
    lessons = sorted((h.REPO / "lessons").glob("*.ipynb"))
    library += "\n".join(t for p in lessons for t in h.notebook_texts(p))
    public = h.public_text(h.read(h.solution_path(a)) for a in h.ASSIGNMENTS) + library
    for assignment in h.ASSIGNMENTS:
        secrets = h.secret_lines(h.read(h.solution_path(assignment)), public)
        assert h.leaked(secrets, texts) == [], assignment


@pytest.mark.slow
@pytest.mark.parametrize(
    ("grade_id", "old", "new", "failing"),
    [
        ("kpi", 'totali_canale["new_customers"])', 'totali_canale["orders"])', "test_kpi_cac"),
        ("sostac", 'premium": "strategy"', 'premium": "tactics"', "test_sostac_tutte"),
    ],
)
def test_release_refuses_an_exercise_whose_solution_does_not_score_full(
    tmp_path, capsys, grade_id, old, new, failing
):
    from smm_course.cli import main

    assignment = "m05_sostac_race"
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(h.COURSE / "nbgrader_config.py", course)
    target = tmp_path / "solutions" / assignment / f"{assignment}.ipynb"
    target.parent.mkdir(parents=True)
    solution = h.read(h.solution_path(assignment))
    source = next(c.source for c in solution.cells if h.grading(c).get("grade_id") == grade_id)
    assert old in source
    nbformat.write(h.replace_cells(solution, {grade_id: source.replace(old, new, 1)}), target)
    code = main(["course", "--course", str(course), "release", assignment])
    out = capsys.readouterr().out
    assert code == 1, out
    assert "NON generata" in out and failing in out, out
    assert not (tmp_path / "exercises" / assignment).exists()
