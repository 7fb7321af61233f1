"""Instructor side of the nbgrader course: set-up, release, collect, grading, feedback, export.

Modules are light at import; nbgrader, nbclient and friends load inside the functions that use them.
"""

from smm_course.grading.course import Course, open_course
from smm_course.grading.status import GradingRecord, Issue, IssueKind, Status

__all__ = ["Course", "GradingRecord", "Issue", "IssueKind", "Status", "open_course"]
