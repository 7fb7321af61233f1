"""Fixtures: a released synthetic course, copied fresh for each test that changes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smm_course.grading.course import ensure_tools_on_path, open_course
from smm_course.grading.gradebook import init_gradebook, read_students
from smm_course.grading.release import release_assignment
from tests.grading import helpers


@pytest.fixture(autouse=True)
def _italian(monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "it")
    ensure_tools_on_path()


@pytest.fixture(scope="session")
def released_template(tmp_path_factory) -> Path:
    """A course with three students and the synthetic assignment released (built once)."""
    ensure_tools_on_path()
    root = helpers.make_course(tmp_path_factory.mktemp("template"))
    course = open_course(root)
    init_gradebook(course, read_students(root / "students.csv"))
    checks = release_assignment(course, helpers.ASSIGNMENT)
    assert all(c.ok for c in checks), checks
    return root


@pytest.fixture
def course_root(released_template, tmp_path) -> Path:
    """A private copy of the released course (gradebook included)."""
    dest = tmp_path / "copy"
    shutil.copytree(released_template.parent, dest)
    return dest / "course"
