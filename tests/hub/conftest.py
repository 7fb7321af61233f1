"""A real classroom (JupyterHub, unix users, nbgrader exchange) shared by the hub tests."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.hub.assignment import Assignment
from tests.hub.classroom import Classroom, missing_requirements
from tests.hub.flow import ClassResult, prepare_course, prepare_exercise, run_class
from tests.hub.userenv import Unavailable

N_STUDENTS = 3


def _unavailable(reason: str) -> None:
    # CI sets SMM_COURSE_REQUIRE_HUB=1: there a missing requirement is a failure.
    if os.environ.get("SMM_COURSE_REQUIRE_HUB"):
        pytest.fail(f"classroom test required but cannot run: {reason}")
    pytest.skip(reason)


def pytest_collection_modifyitems(config, items):
    """Skip the classroom tests with the reason where the machine cannot host them."""
    reason = missing_requirements()
    if reason is None or os.environ.get("SMM_COURSE_REQUIRE_HUB"):
        return
    for item in items:
        if "hub" in item.keywords and "needs_classroom" in item.fixturenames:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="module")
def needs_classroom() -> None:
    """Fail or skip (see _unavailable) when this machine cannot host a classroom."""
    reason = missing_requirements()
    if reason:
        _unavailable(reason)


@pytest.fixture(scope="module")
def assignment() -> Assignment:
    """The course's m01 when it exists, else the tiny self-made assignment."""
    return Assignment.choose()


@pytest.fixture(scope="module")
def classroom(needs_classroom, assignment: Assignment) -> Iterator[Classroom]:
    """An instructor and three students, each logged in with their server running."""
    room = Classroom(
        N_STUDENTS,
        prepare_course=prepare_course(assignment),
        meanwhile=prepare_exercise(assignment),
    )
    try:
        room.__enter__()
    except Unavailable as exc:
        _unavailable(str(exc))
    try:
        yield room
    finally:
        room.__exit__(None, None, None)
    assert not room.leftovers(), f"the classroom left behind: {room.leftovers()}"


@pytest.fixture(scope="module")
def day_of_class(classroom: Classroom, assignment: Assignment) -> ClassResult:
    """The whole day run once: release, work, submit, grade, export, feedback."""
    return run_class(classroom, assignment)
