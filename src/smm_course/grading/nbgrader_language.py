"""nbgrader run by the course: its words in the course's language, its feedback without secrets."""

from __future__ import annotations

from typing import Any

from smm_course.grading.feedback_template import configure_feedback
from smm_course.grading.kernel_messages import KERNEL_ARGUMENT
from smm_course.i18n import t

__all__ = ["FEEDBACK_PREPROCESSORS", "VALIDATOR_MESSAGES", "use_course_language"]

# nbgrader's own feedback command (the Formgrader's button): hidden tests hidden, as ours does
FEEDBACK_PREPROCESSORS = [
    "nbgrader.preprocessors.GetGrades",
    "smm_course.grading.feedback_hidden.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# Validator trait -> key of grading.nbgrader_validator (placeholders as nbgrader fills them)
VALIDATOR_MESSAGES = {
    "type_changed_warning": "type_changed",
    "changed_warning": "changed",
    "failed_warning": "failed",
    "passed_warning": "passed",
}


def use_course_language(c: Any) -> Any:
    """nbgrader's messages, kernel errors and feedback page in the learner's language.

    Also makes nbgrader's own feedback command hide the hidden tests, as the course's does.
    """
    for trait, key in VALIDATOR_MESSAGES.items():
        setattr(c.Validator, trait, t(f"grading.nbgrader_validator.{key}") + "\n")
    arguments = list(c.Execute.extra_arguments) if "extra_arguments" in c.Execute else []
    if KERNEL_ARGUMENT not in arguments:
        c.Execute.extra_arguments = [*arguments, KERNEL_ARGUMENT]
    c.GenerateFeedback.preprocessors = list(FEEDBACK_PREPROCESSORS)
    return configure_feedback(c)
