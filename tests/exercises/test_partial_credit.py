"""Grades that are right: each typical mistake costs exactly its answer's points, a blank answer
costs nothing outside its part, a chart is checked bar by bar, and the feedback of a failed
hidden test names the item without giving the answer away."""

from __future__ import annotations

import copy
import io
import re
import tokenize
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.exercises import helpers as h
from tests.exercises.conftest import apply_mistakes, batches, touched_parts
from tests.exercises.mutations import HAND_CHECKED, MISTAKES, Mistake

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

DIGEST = re.compile(r"\b[0-9a-f]{64}\b")
CASES = [(a, m) for a in h.AUTOGRADED for m in MISTAKES[a]]
BATCHES = [(a, str(i)) for a in h.AUTOGRADED for i, _ in enumerate(batches(a))]


def _parts(assignment: str) -> dict[str, list[str]]:
    return h.parts(h.read(h.solution_path(assignment)))


def _batch_of(assignment: str, mistake: Mistake) -> str:
    return next(str(i) for i, group in enumerate(batches(assignment)) if mistake in group)


def _points(assignment: str) -> dict[str, float]:
    nb = h.read(h.solution_path(assignment))
    return {
        h.grading(c)["grade_id"]: float(h.grading(c)["points"]) for c in nb.cells if h.is_test(c)
    }


@pytest.mark.parametrize(("assignment", "mistake"), CASES, ids=lambda v: getattr(v, "name", v))
def test_a_typical_mistake_costs_exactly_its_answer(assignment: str, mistake: Mistake, runs):
    result = h.score(runs[assignment, "batch", _batch_of(assignment, mistake)])
    cells = touched_parts(assignment, mistake)
    own = {t for cell in cells for t in _parts(assignment)[cell]}
    assert result.failed & own == mistake.failing, result.errors
    first = set(_parts(assignment)[cells[0]])
    assert mistake.failing <= first, "the points lost belong to the answer that is wrong"
    lost = sum(_points(assignment)[t] for t in mistake.failing)
    assert 0 < lost < result.maximum


@pytest.mark.parametrize(("assignment", "batch"), BATCHES)
def test_independent_mistakes_together_fail_nothing_else(assignment: str, batch: str, runs):
    group = batches(assignment)[int(batch)]
    expected = set().union(*(m.failing for m in group))
    result = h.score(runs[assignment, "batch", batch])
    assert result.failed == expected, result.errors
    assert result.total == result.maximum - sum(_points(assignment)[t] for t in expected)


@pytest.mark.parametrize(("assignment", "mistake"), CASES, ids=lambda v: getattr(v, "name", v))
def test_feedback_names_the_item_in_italian_and_never_the_answer(
    assignment: str, mistake: Mistake, runs
):
    result = h.score(runs[assignment, "batch", _batch_of(assignment, mistake)])
    errors = {t: result.errors[t] for t in mistake.failing}
    for grade_id, error in errors.items():
        assert error.startswith("AssertionError"), (grade_id, error)
        assert h.looks_italian(error), (grade_id, error)
        assert not DIGEST.search(error) and "_chiave" not in error, (grade_id, error)
        for secret in mistake.forbidden:
            assert secret not in error, (grade_id, secret, error)
    messages = "\n".join(errors.values())
    for phrase in mistake.phrases:
        assert phrase in messages, (phrase, errors)


def test_feedback_from_the_checks_follows_the_course_language(runs):
    result = h.score(runs["m01_touchpoint", "english"])
    assert result.failed == {"test_classificazione_tutte"}, result.errors
    message = result.errors["test_classificazione_tutte"]
    assert "Right answers: 23 of 24" in message and "To review: no. " in message, message


def _feedback_texts(executed, grade_ids: set[str]) -> dict[str, str]:
    """What the student's feedback shows of each test cell: source, printed text, error."""
    from smm_course.grading.feedback_hidden import hide_hidden_tests

    shown = hide_hidden_tests(copy.deepcopy(executed))
    out = {}
    for cell in shown.cells:
        grade_id = h.grading(cell).get("grade_id")
        if grade_id in grade_ids:
            parts = [cell.source]
            for o in cell.get("outputs", []):
                parts += [str(o.get("text", "")), str(o.get("evalue", "")), *o.get("traceback", [])]
            out[grade_id] = "\n".join(parts)
    return out


@pytest.mark.parametrize(("assignment", "mistake"), CASES, ids=lambda v: getattr(v, "name", v))
def test_the_students_feedback_shows_the_message_without_hidden_code(
    assignment: str, mistake: Mistake, runs
):
    executed = runs[assignment, "batch", _batch_of(assignment, mistake)]
    texts = _feedback_texts(executed, set(mistake.failing))
    solution = h.read(h.solution_path(assignment))
    hidden = h.secret_lines(solution)
    for grade_id, text in texts.items():
        assert "### BEGIN HIDDEN TESTS" not in text and not DIGEST.search(text), grade_id
        assert not [line for line in hidden if line in text], grade_id
        for secret in mistake.forbidden:
            assert secret not in text, (grade_id, secret)
    shown = "\n".join(texts.values())
    for phrase in mistake.phrases:
        assert phrase in shown, (phrase, texts)


@pytest.mark.parametrize(
    ("assignment", "answer"), [(a, g) for a in h.AUTOGRADED for g in _parts(a)], ids=str
)
def test_a_blank_answer_loses_no_point_outside_its_part(assignment: str, answer: str, runs):
    result = h.score(runs[assignment, "blank", answer])
    own = set(_parts(assignment)[answer])
    assert result.failed, "a blank answer earns nothing"
    assert result.failed <= own, result.errors


@pytest.mark.parametrize("assignment", h.AUTOGRADED)
def test_every_exercise_checks_its_chart_bar_by_bar(assignment: str):
    permuted = [m for m in MISTAKES[assignment] if m.permuted_chart]
    assert permuted, "a chart with its values under the wrong labels is one of the mistakes"
    for mistake in permuted:
        assert all("valori" in t for t in mistake.failing), mistake.failing


def _names(source: str) -> set[str]:
    """The Python names a cell's code uses (not the words inside its strings)."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {tok.string for tok in tokens if tok.type == tokenize.NAME}


def test_hidden_tests_never_read_what_another_test_cell_defines():
    for assignment in h.AUTOGRADED:
        nb = h.read(h.solution_path(assignment))
        defined: dict[str, str] = {}
        for cell in (c for c in nb.cells if h.is_test(c)):
            grade_id = h.grading(cell)["grade_id"]
            assigned = {
                name.strip()
                for targets in re.findall(r"^\s*([\w\s,]+?)\s*=(?!=)", cell.source, re.M)
                for name in targets.split(",")
            }
            assigned |= set(re.findall(r"\b(?:def|lambda)\s+(\w+)", cell.source))
            for targets in re.findall(r"\bfor\s+\(?([\w\s,]+?)\)?\s+in\b", cell.source):
                assigned |= {t.strip() for t in targets.split(",")}
            borrowed = {n for n in _names(cell.source) if defined.get(n, grade_id) != grade_id}
            assert not borrowed - assigned, (assignment, grade_id, borrowed - assigned)
            for name in assigned:
                defined.setdefault(name, grade_id)


@pytest.fixture(scope="module")
def hand_checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, h.Score]:
    """The trial's hand-checked submissions, rebuilt from their mistakes and graded."""
    jobs = {}
    released = {a: h.read(h.release_path(a)) for a in h.AUTOGRADED}
    for name, case in HAND_CHECKED.items():
        mistakes = [m for m in MISTAKES[case.assignment] if m.name in case.mistakes]
        assert len(mistakes) == len(case.mistakes), name
        nb = apply_mistakes(case.assignment, mistakes)
        sources = {h.grading(c).get("grade_id"): c.source for c in nb.cells}
        for grade_id, old, new in case.extra:
            assert old in sources[grade_id], (name, old)
            sources[grade_id] = sources[grade_id].replace(old, new, 1)
        for grade_id in case.blank:
            sources[grade_id] = next(
                c.source
                for c in released[case.assignment].cells
                if h.grading(c).get("grade_id") == grade_id
            )
        touched = {g for g, _, _ in case.extra} | set(case.blank)
        jobs[name] = h.replace_cells(nb, {g: sources[g] for g in touched})
    workdir = tmp_path_factory.mktemp("hand_checked")
    with ThreadPoolExecutor(max_workers=2) as pool:
        done = {n: pool.submit(h.execute, nb, workdir) for n, nb in jobs.items()}
        return {n: h.score(f.result()) for n, f in done.items()}


@pytest.mark.parametrize("name", list(HAND_CHECKED))
def test_the_hand_checked_cases_grade_as_the_instructor_expected(name: str, hand_checked):
    result = hand_checked[name]
    assert result.maximum == 14
    assert result.total == HAND_CHECKED[name].auto, result.errors
