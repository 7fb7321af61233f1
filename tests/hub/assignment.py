"""The assignment the classroom works on: a tiny self-made one, or the course's m01.

The tiny course has the real course's shape (course/nbgrader_config.py reading
../solutions and writing ../exercises); answers are built from the solution notebook,
so the same code answers right, wrong or blank for either assignment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REAL_NAME = "m01_touchpoint"
KINDS = ("blank", "wrong", "right")

TINY_CONFIG = '''"""Tiny course for the classroom test (same layout as the real course)."""

from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import ClearHiddenTests, GetGrades

c = get_config()  # noqa: F821

ROOT = Path(__file__).resolve().parent
c.CourseDirectory.course_id = "{course_id}"
c.CourseDirectory.root = str(ROOT)
c.CourseDirectory.source_directory = "../solutions"
c.CourseDirectory.release_directory = "../exercises"
c.CourseDirectory.db_url = f"sqlite:///{{ROOT / 'gradebook.db'}}?timeout=120"
c.ExecutePreprocessor.timeout = 30
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]
'''

HIDDEN_ASSERT = "assert abs(tasso_engagement(7, 700) - 0.01) < 1e-9"


def _cell(kind: str, source: str, grade_id: str | None = None, **flags: Any) -> dict[str, Any]:
    cell: dict[str, Any] = {"cell_type": kind, "metadata": {}, "source": source}
    if kind == "code":
        cell.update(outputs=[], execution_count=None)
    if grade_id:
        meta = {"grade": False, "solution": False, "locked": False, "task": False}
        meta.update(flags, grade_id=grade_id, schema_version=3)
        cell["metadata"]["nbgrader"] = meta
    return cell


def tiny_notebook() -> dict[str, Any]:
    """m01.ipynb: engagement rate (2 points, one hidden test) and a touchpoint phase (1)."""
    cells = [
        _cell(
            "markdown",
            "# Esercizio m01\nCioccolateria Dolce Vetta: due domande brevi.",
            "intro",
            locked=True,
        ),
        _cell(
            "code",
            "def tasso_engagement(interazioni, copertura):\n"
            "    ### BEGIN SOLUTION\n    return interazioni / copertura\n    ### END SOLUTION",
            "tasso",
            solution=True,
        ),
        _cell(
            "code",
            "assert abs(tasso_engagement(30, 1000) - 0.03) < 1e-9\n"
            f"### BEGIN HIDDEN TESTS\n{HIDDEN_ASSERT}\n### END HIDDEN TESTS",
            "test_tasso",
            grade=True,
            locked=True,
            points=2,
        ),
        _cell(
            "code",
            "### BEGIN SOLUTION\nfase_newsletter = 'pre-acquisto'\n### END SOLUTION",
            "fase",
            solution=True,
        ),
        _cell(
            "code",
            "assert fase_newsletter == 'pre-acquisto'",
            "test_fase",
            grade=True,
            locked=True,
            points=1,
        ),
    ]
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


@dataclass(frozen=True)
class Assignment:
    """What the class works on and how the instructor grades it."""

    name: str
    notebook: str
    real: bool

    @classmethod
    def choose(cls) -> Assignment:
        """The course's m01 once it and `smm-course course` exist, else the tiny one.

        SMM_HUB_TEST_ASSIGNMENT=tiny forces the tiny one (to tell a hub problem from an
        exercise problem).
        """
        if (
            os.environ.get("SMM_HUB_TEST_ASSIGNMENT") != "tiny"
            and (ROOT / "src/smm_course/cli/course.py").is_file()
            and (ROOT / "solutions" / REAL_NAME).is_dir()
        ):
            notebooks = sorted((ROOT / "solutions" / REAL_NAME).glob("*.ipynb"))
            if notebooks:
                return cls(REAL_NAME, notebooks[0].name, real=True)
        return cls("m01", "m01.ipynb", real=False)

    def write_course(self, home: Path, owner: str, course_id: str) -> Path:
        """Put the course into the instructor's home (owned by them); return course/."""
        top = home / "smm-course"
        if self.real:
            ignore = shutil.ignore_patterns(
                "gradebook.db*", "submitted", "autograded", "feedback", ".smm_course", "*.csv"
            )
            shutil.copytree(ROOT / "course", top / "course", ignore=ignore)
            shutil.copytree(ROOT / "solutions" / self.name, top / "solutions" / self.name)
        else:
            (top / "course").mkdir(parents=True)
            (top / "course" / "nbgrader_config.py").write_text(
                TINY_CONFIG.format(course_id=course_id), encoding="utf-8"
            )
            folder = top / "solutions" / self.name
            folder.mkdir(parents=True)
            (folder / self.notebook).write_text(json.dumps(tiny_notebook()), encoding="utf-8")
        subprocess.run(["chown", "-R", f"{owner}:", str(top)], check=True)
        return top / "course"

    # -- the instructor's commands, run in course/ (the exchange steps are formgrader buttons)
    def enroll_command(self, class_list: Path) -> list[str] | None:
        """Put the class list into the gradebook (nbgrader adds students when grading)."""
        if self.real:
            return ["smm-course", "course", "init", "--students", str(class_list)]
        return None

    def generate_command(self) -> list[str]:
        """Make the student version from the solution."""
        if self.real:
            return ["smm-course", "course", "release", self.name]
        return ["nbgrader", "generate_assignment", self.name, "--force"]

    def grade_command(self) -> list[str]:
        """Grade the collected submissions."""
        if self.real:
            return ["smm-course", "course", "grade", self.name]
        return ["nbgrader", "autograde", self.name]

    def export_command(self) -> list[str]:
        """Write the grades file."""
        if self.real:
            return ["smm-course", "course", "export", "--format", "csv"]
        return ["nbgrader", "export"]

    def feedback_command(self) -> list[str]:
        """Write the students' feedback."""
        if self.real:
            return ["smm-course", "course", "feedback", self.name]
        return ["nbgrader", "generate_feedback", self.name]

    # -- what a right, wrong or blank answer is ---------------------------------------------
    def source_notebook(self, course_root: Path) -> dict[str, Any]:
        """The instructor's notebook (with solutions and hidden tests)."""
        path = course_root.parent / "solutions" / self.name / self.notebook
        return json.loads(path.read_text(encoding="utf-8"))

    def answer(self, released: dict[str, Any], kind: str, source: dict[str, Any]) -> None:
        """Fill `released` in place: right, wrong or blank."""
        if kind == "blank":
            return
        right = solutions(source)
        ids = [i for i in right if i in {_grade_id(c) for c in released["cells"]}]
        if kind == "right":
            chosen = {i: right[i] for i in ids}
        elif self.real:  # wrong: every other answer left as released
            chosen = {i: right[i] for i in ids[1::2]}
        else:
            chosen = {
                "tasso": "def tasso_engagement(interazioni, copertura):\n"
                "    return copertura / interazioni",
                "fase": right["fase"],
            }
        for cell in released["cells"]:
            grade_id = _grade_id(cell)
            if grade_id in chosen:
                cell["source"] = chosen[grade_id]

    def expected_scores(self) -> dict[str, float] | None:
        """Exact scores of the tiny assignment per kind (None for the real one)."""
        return None if self.real else {"blank": 0.0, "wrong": 1.0, "right": 3.0}


def _grade_id(cell: dict[str, Any]) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def _text(source: str | list[str]) -> str:
    return "".join(source) if isinstance(source, list) else source


def solutions(notebook: dict[str, Any]) -> dict[str, str]:
    """grade_id -> the solution code, without the BEGIN/END SOLUTION lines."""
    found = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and cell["cell_type"] == "code":
            lines = _text(cell["source"]).split("\n")
            found[meta["grade_id"]] = "\n".join(
                ln for ln in lines if "BEGIN SOLUTION" not in ln and "END SOLUTION" not in ln
            )
    return found


def auto_points(notebook: dict[str, Any]) -> float:
    """Points the autograder can give (code test cells; open answers wait for a human)."""
    return float(
        sum(
            cell["metadata"]["nbgrader"].get("points", 0)
            for cell in notebook["cells"]
            if cell["cell_type"] == "code"
            and cell.get("metadata", {}).get("nbgrader", {}).get("grade")
        )
    )


def hidden_tests(notebook: dict[str, Any]) -> list[str]:
    """Every non-empty line between BEGIN and END HIDDEN TESTS."""
    lines: list[str] = []
    for cell in notebook["cells"]:
        inside = False
        for line in _text(cell.get("source", "")).split("\n"):
            if "BEGIN HIDDEN TESTS" in line:
                inside = True
            elif "END HIDDEN TESTS" in line:
                inside = False
            elif inside and line.strip():
                lines.append(line.strip())
    return lines
