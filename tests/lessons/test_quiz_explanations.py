"""Every quiz question in the lessons explains each of its options (why right, why wrong)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.lessons.helpers import read

QUESTION_TYPES = {"SingleChoice": 4, "MultipleChoice": 4, "Matching": 3}


def _questions(path: Path) -> list[tuple[int, str, ast.Call]]:
    found = []
    for number, cell in enumerate(read(path).cells):
        if cell.cell_type != "code" or not any(name in cell.source for name in QUESTION_TYPES):
            continue
        code = "\n".join(
            "" if line.lstrip().startswith(("%", "!")) else line
            for line in cell.source.splitlines()
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
