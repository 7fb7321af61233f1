"""A late resubmission is graded alone; hand-given scores of unchanged written answers stay."""

from __future__ import annotations

import pytest

from smm_course.cli import main
from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from smm_course.grading.gradebook import open_gradebook
from smm_course.grading.status import Status
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]
WRITTEN = "Misura quante persone reagiscono davvero ai post del negozio."


def _grade_by_hand(course, student: str, points: float) -> None:
    with open_gradebook(course) as gb:
        grade = gb.find_grade("spiegazione", h.NOTEBOOK, h.ASSIGNMENT, student)
        grade.manual_score = points
        grade.needs_manual_grade = False
        gb.db.commit()


def _written(course, student: str) -> tuple[float | None, bool]:
    with open_gradebook(course) as gb:
        grade = gb.find_grade("spiegazione", h.NOTEBOOK, h.ASSIGNMENT, student)
        return grade.manual_score, bool(grade.needs_manual_grade)


def test_only_new_or_changed_submissions_are_graded_again(course_root, capsys):
    for student in ("mrossi", "gbianchi", "lverdi"):
        h.write_submission(course_root, student, h.submission(course_root, "good", WRITTEN))
    course = open_course(course_root)
    first = grade_assignment(course, h.ASSIGNMENT, jobs=2, progress=False)
    assert {r.student for r in first.records} == {"mrossi", "gbianchi", "lverdi"}
    for student in ("mrossi", "gbianchi"):
        _grade_by_hand(course, student, 2.0)

    again = grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=2, progress=False)
    assert again.records == () and again.skipped == 3

    # mrossi resubmits a different function, same written answer; gbianchi rewrites the text
    nb = h.submission(course_root, "wrong", WRITTEN)
    h.write_submission(course_root, "mrossi", nb)
    h.write_submission(course_root, "gbianchi", h.submission(course_root, "good", "Un'altra."))
    late = grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=2, progress=False)
    assert {r.student for r in late.records} == {"mrossi", "gbianchi"} and late.skipped == 1
    by = {r.student: r for r in late.records}
    assert by["mrossi"].score == 2.0  # the new code scores 0, the hand-given 2 stays
    assert by["mrossi"].status == Status.GRADED
    assert _written(course, "mrossi") == (2.0, False)
    assert _written(course, "gbianchi")[1] is True  # a new text waits for the instructor
    assert by["gbianchi"].status == Status.NEEDS_MANUAL

    assert main(["course", "--course", str(course_root), "grade", h.ASSIGNMENT]) == 0
    assert "3 consegne invariate" in capsys.readouterr().out
    assert main(["course", "--course", str(course_root), "grade", h.ASSIGNMENT, "--force"]) == 0
    assert "3 consegne corrette" in capsys.readouterr().out
    assert _written(course, "mrossi") == (2.0, False)  # --force keeps it too: same text


def test_changed_tests_regrade_everyone(course_root):
    h.write_submission(course_root, "mrossi", h.submission(course_root, "good"))
    grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=1, progress=False)
    hidden = course_root.parent / "solutions" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    text = hidden.read_text(encoding="utf-8").replace("0.3333", "0.33333")
    hidden.write_text(text, encoding="utf-8")
    assert main(["course", "--course", str(course_root), "release", h.ASSIGNMENT]) == 0
    report = grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=1, progress=False)
    assert [r.student for r in report.records] == ["mrossi"] and report.skipped == 0
