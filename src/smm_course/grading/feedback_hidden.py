"""Hidden tests kept out of feedback pages: a filter, and the nbgrader preprocessor that runs it.

The Formgrader's "Generate feedback" runs nbgrader with course/nbgrader_config.py only; the
config lists this class among GenerateFeedback's preprocessors so that its pages hide the
hidden tests exactly as `smm-course course feedback` does.
"""

from __future__ import annotations

import re
from typing import Any

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import List

from smm_course.i18n import t

__all__ = ["HideHiddenTests", "hide_hidden_tests", "split_hidden"]

BEGIN_HIDDEN = "BEGIN HIDDEN TESTS"
END_HIDDEN = "END HIDDEN TESTS"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def split_hidden(source: str) -> tuple[str, list[str]]:
    """The source without its hidden-test regions, and the hidden lines that were removed."""
    kept: list[str] = []
    hidden: list[str] = []
    inside = False
    for line in source.split("\n"):
        if BEGIN_HIDDEN in line:
            inside = True
            indent = line[: len(line) - len(line.lstrip())]
            kept.append(indent + t("grading.feedback.hidden_marker"))
        elif END_HIDDEN in line:
            inside = False
        elif inside:
            if line.strip():
                hidden.append(line.strip())
        else:
            kept.append(line)
    return "\n".join(kept), hidden


def _scrub_traceback(output: Any, hidden: list[str]) -> None:
    """Drop every traceback line quoting hidden code; if any did, say a hidden test failed."""
    leaked = False
    cleaned: list[str] = []
    for entry in output.get("traceback", []):
        lines = []
        for line in str(entry).split("\n"):
            plain = _ANSI.sub("", line)
            if any(h in plain for h in hidden):
                leaked = True
                continue
            lines.append(line)
        cleaned.append("\n".join(lines))
    if leaked:  # the failure is inside hidden code: its message could quote it, so name only
        output["evalue"] = ""
        output["traceback"] = [t("grading.feedback.hidden_failed"), str(output.get("ename", ""))]
    else:
        output["traceback"] = cleaned


def hide_hidden_tests(nb: Any) -> Any:
    """Remove hidden tests from every cell source and every traceback of `nb` (in place)."""
    for cell in nb.cells:
        source = cell.get("source", "")
        if BEGIN_HIDDEN not in source:
            continue
        cell.source, hidden = split_hidden(source)
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error" and hidden:
                _scrub_traceback(output, hidden)
    return nb


class HideHiddenTests(NbGraderPreprocessor):
    """Strip hidden tests (source and tracebacks) before the feedback is rendered."""

    # the feedback converter hands every preprocessor this option; accept it quietly
    display_data_priority: Any = List([]).tag(config=True)

    def preprocess(self, nb: Any, resources: Any) -> tuple[Any, Any]:
        """Remove the hidden tests of `nb`; resources pass through."""
        return hide_hidden_tests(nb), resources
