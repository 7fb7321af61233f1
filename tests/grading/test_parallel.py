"""Parallel grading loses nothing and agrees with sequential grading."""

from __future__ import annotations

import shutil

import pytest

from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from smm_course.grading.gradebook import open_gradebook
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

N_SUBMISSIONS = 40
# (variant, deleted test cell?) -> expected auto score
PLAN = [
    ("good", False, h.MAX_AUTO),
    ("wrong", False, 0.0),
    ("visible_only", False, 1.0),
    ("syntax", False, 0.0),
    ("good", True, h.MAX_AUTO),
]


def _fill(root):
    expected = {}
    for i in range(N_SUBMISSIONS):
        variant, delete, score = PLAN[i % len(PLAN)]
        nb = h.submission(root, variant)
        if delete:
            h.delete_cell(nb, "test_visibile")
        student = f"s{i:02d}"
        h.write_submission(root, student, nb)
        expected[student] = score
    return expected


def _gradebook_scores(root):
    course = open_course(root)
    with open_gradebook(course) as gb:
        return {s.student.id: float(s.score) for s in gb.find_assignment(h.ASSIGNMENT).submissions}


def test_jobs_4_matches_jobs_1_and_loses_nothing(course_root, tmp_path):
    expected = _fill(course_root)
    twin = tmp_path / "twin"
    shutil.copytree(course_root.parent, twin)
    twin_root = twin / "course"

    parallel = grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=4, progress=False)
    serial = grade_assignment(open_course(twin_root), h.ASSIGNMENT, jobs=1, progress=False)

    assert len(parallel.records) == N_SUBMISSIONS
    assert {r.student: r.score for r in parallel.records} == expected
    assert {r.student: r.score for r in serial.records} == expected
    assert _gradebook_scores(course_root) == expected
    assert _gradebook_scores(twin_root) == expected
    assert not [r for r in parallel.records if r.status.value == "failed"]
