"""Late submissions lose what nbgrader's late-penalty plugin says, in the record and the CSV."""

from __future__ import annotations

import csv

import pytest

from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from smm_course.grading.export import ExportFormat, build_table
from smm_course.grading.status import Status
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]


def test_a_late_submission_scores_zero_when_the_course_says_so(course_root):
    config = course_root / "nbgrader_config.py"
    config.write_text(
        config.read_text(encoding="utf-8") + '\nc.LateSubmissionPlugin.penalty_method = "zero"\n',
        encoding="utf-8",
    )
    for student, stamp in (("mrossi", "2027-03-06 10:00:00"), ("gbianchi", "2027-03-01 10:00:00")):
        path = h.write_submission(course_root, student, h.submission(course_root, "good"))
        (path.parent / "timestamp.txt").write_text(stamp, encoding="utf-8")
    course = open_course(course_root)
    records = {
        r.student: r for r in grade_assignment(course, h.ASSIGNMENT, jobs=1, progress=False).records
    }
    assert records["gbianchi"].score == h.MAX_AUTO  # on time
    assert records["mrossi"].score == 0  # a day after the due date
    assert records["mrossi"].status == Status.GRADED
    table = build_table(course, ExportFormat.CSV, "it")
    rows = list(csv.reader(table.to_csv().splitlines()))
    total = rows[0].index(f"{h.ASSIGNMENT} (totale)")
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["mrossi"][total] == "0"
    assert by_id["gbianchi"][total] == f"{h.MAX_AUTO:g}"
