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


def test_a_whole_class_of_assignments_shares_one_worker_pool(course_root, monkeypatch):
    from smm_course.grading import batch
    from smm_course.grading.release import release_assignment

    second = "m02_canvas"
    solutions = course_root.parent / "solutions"
    shutil.copytree(solutions / h.ASSIGNMENT, solutions / second)
    course = open_course(course_root)
    assert all(c.ok for c in release_assignment(course, second))
    for student, variant in [("s1", "good"), ("s2", "wrong")]:
        h.write_submission(course_root, student, h.submission(course_root, variant))
        folder = course_root / "submitted" / student / second
        shutil.copytree(course_root / "submitted" / student / h.ASSIGNMENT, folder)

    pools = []
    real_pool = batch.ProcessPoolExecutor
    monkeypatch.setattr(
        batch, "ProcessPoolExecutor", lambda **kw: pools.append(kw) or real_pool(**kw)
    )
    report = batch.grade_assignments(course, [h.ASSIGNMENT, second], jobs=2, progress=False)

    assert len(pools) == 1  # the second assignment does not wait for a new pool to start
    scores = {(r.assignment, r.student): r.score for r in report.records}
    assert scores == {
        (h.ASSIGNMENT, "s1"): h.MAX_AUTO,
        (h.ASSIGNMENT, "s2"): 0.0,
        (second, "s1"): h.MAX_AUTO,
        (second, "s2"): 0.0,
    }
    assert [r.assignment for r in report.records] == [h.ASSIGNMENT] * 2 + [second] * 2
    with open_gradebook(open_course(course_root)) as gb:
        graded = {a: len(gb.find_assignment(a).submissions) for a in (h.ASSIGNMENT, second)}
    assert graded == {h.ASSIGNMENT: 2, second: 2}
    status = h.status_of(course_root)["assignments"]
    assert set(status[second]) == {"s1", "s2"}
