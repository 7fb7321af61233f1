"""Checkers: answers in, Feedback out (never an exception, never the expected answer)."""

from smm_course.checks.canvas import check_canvas
from smm_course.checks.capstone import check_channel_plan, check_summary
from smm_course.checks.classification import (
    check_bmc_block,
    check_channel_phase,
    check_channel_type,
    check_classification,
    check_race_stage,
    check_sostac_stage,
    check_touchpoint_control,
    check_touchpoint_nature,
    check_touchpoint_phase,
    check_zmot_moment,
)
from smm_course.checks.exercise import Exercise
from smm_course.checks.feedback import Feedback
from smm_course.checks.journey import check_journey
from smm_course.checks.numeric import check_number
from smm_course.checks.reviews import check_review_conclusion
from smm_course.checks.smart import check_smart
from smm_course.checks.sostac import check_sostac
from smm_course.checks.swot import check_swot, swot_axis

__all__ = [
    "Exercise",
    "Feedback",
    "check_bmc_block",
    "check_canvas",
    "check_channel_phase",
    "check_channel_plan",
    "check_channel_type",
    "check_classification",
    "check_journey",
    "check_number",
    "check_race_stage",
    "check_review_conclusion",
    "check_smart",
    "check_sostac",
    "check_sostac_stage",
    "check_summary",
    "check_swot",
    "check_touchpoint_control",
    "check_touchpoint_nature",
    "check_touchpoint_phase",
    "check_zmot_moment",
    "swot_axis",
]
