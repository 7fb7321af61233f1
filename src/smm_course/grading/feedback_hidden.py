"""The hidden-test filter as a named nbgrader preprocessor, for nbgrader's own feedback command.

The Formgrader's "Generate feedback" runs nbgrader with course/nbgrader_config.py only; the
config lists this class among GenerateFeedback's preprocessors so that its pages hide the
hidden tests exactly as `smm-course course feedback` does.
"""

from __future__ import annotations

from typing import Any

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import List

from smm_course.grading.feedback import hide_hidden_tests

__all__ = ["HideHiddenTests"]


class HideHiddenTests(NbGraderPreprocessor):
    """Strip hidden tests (source and tracebacks) before the feedback is rendered."""

    # the feedback converter hands every preprocessor this option; accept it quietly
    display_data_priority: Any = List([]).tag(config=True)

    def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        """Remove the hidden tests of `nb`; resources pass through."""
        return hide_hidden_tests(nb), resources
