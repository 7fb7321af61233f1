"""Answers a good student would give to a graded exercise, taken from the instructor's copy."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKERS = ("### BEGIN SOLUTION", "### END SOLUTION")


def model_answers(assignment: str) -> dict[str, str]:
    """grade_id -> the solution without nbgrader markers."""
    path = ROOT / "solutions" / assignment / f"{assignment}.ipynb"
    answers = {}
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        meta = cell["metadata"].get("nbgrader", {})
        if meta.get("solution"):
            lines = "".join(cell["source"]).splitlines()
            answers[meta["grade_id"]] = "\n".join(
                line for line in lines if line.strip() not in MARKERS
            ).strip()
    return answers


def answered(assignment: str, answers: dict[str, str] | None = None) -> dict:
    """The released notebook of `assignment` with its answer cells filled in."""
    path = ROOT / "exercises" / assignment / f"{assignment}.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    given = model_answers(assignment) if answers is None else answers
    for cell in notebook["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in given:
            cell["source"] = given[grade_id]
    return notebook
