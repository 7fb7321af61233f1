"""Every lesson quiz explains each option, and its answer key is not in the lesson's code."""

from __future__ import annotations

import ast
from pathlib import Path

import smm_course.widgets.quizzes as quiz_bank
from tests.lessons.helpers import read

QUESTION_TYPES = {"SingleChoice": 4, "MultipleChoice": 4, "Matching": 3}
BANK = Path(quiz_bank.__file__).parent


def _sources(path: Path) -> list[str]:
    """The lesson's code cells, and its quizzes kept in the package."""
    cells = [cell.source for cell in read(path).cells if cell.cell_type == "code"]
    bank = BANK / f"l{path.name[:2]}.py"
    return cells + ([bank.read_text(encoding="utf-8")] if bank.exists() else [])


def _questions(path: Path) -> list[tuple[int, str, ast.Call]]:
    found = []
    for number, source in enumerate(_sources(path)):
        if not any(name in source for name in QUESTION_TYPES):
            continue
        code = "\n".join(
            "" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()
        )  # IPython magics are not Python
        for node in ast.walk(ast.parse(code)):
            name = getattr(node, "func", None)
            if isinstance(node, ast.Call) and getattr(name, "id", None) in QUESTION_TYPES:
                found.append((number, name.id, node))
    return found


def _explanations(kind: str, call: ast.Call) -> ast.expr | None:
    given = [k.value for k in call.keywords if k.arg == "explanations"]
    if len(call.args) > QUESTION_TYPES[kind]:
        given.append(call.args[QUESTION_TYPES[kind]])
    return given[0] if given else None


def test_every_option_of_every_quiz_is_explained(path: Path) -> None:
    missing = []
    for number, kind, call in _questions(path):
        explanations = _explanations(kind, call)
        options = call.args[2] if len(call.args) > 2 else None
        if explanations is None:
            missing.append(f"cell {number}: {ast.unparse(call.args[0])} has no explanations")
        elif isinstance(explanations, ast.Tuple) and isinstance(options, ast.Tuple):
            # literal on both sides: count them here (computed ones are checked on construction)
            if len(explanations.elts) != len(options.elts):
                missing.append(f"cell {number}: {ast.unparse(call.args[0])} count differs")
            empty = [e for e in explanations.elts if isinstance(e, ast.Constant) and not e.value]
            if empty:
                missing.append(f"cell {number}: {ast.unparse(call.args[0])} empty explanation")
    assert not missing, missing


def test_quiz_answer_keys_are_not_in_the_lesson_code(path: Path) -> None:
    """A quiz cell names its quiz by id; the questions and their answers live in the package."""
    shown = []
    for number, cell in enumerate(read(path).cells):
        if cell.cell_type != "code":
            continue
        calls = [name for name in QUESTION_TYPES if f"{name}(" in cell.source]
        if calls or "frozenset(" in cell.source:
            shown.append(f"cell {number}: {calls or 'frozenset'}")
    assert not shown, shown


def test_every_lesson_quiz_is_in_the_bank() -> None:
    """Each quiz a lesson opens by id exists in the package, with questions and explanations."""
    import re

    from tests.lessons.helpers import LESSON_PATHS

    opened = {
        quiz_id
        for lesson in LESSON_PATHS
        for cell in read(lesson).cells
        for quiz_id in re.findall(r'Quiz\(\s*"(l\d\d\.\w+)"', cell.source)
    }
    assert opened, "no lesson opens a quiz by id"
    for quiz_id in sorted(opened):
        questions = quiz_bank.questions_of(quiz_id)
        assert questions and all(q.explanations for q in questions), quiz_id
