"""The course's feedback page: nbgrader's layout with its labels in the learner's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smm_course.i18n import get_language, t

__all__ = ["TEMPLATE_NAME", "configure_feedback", "feedback_label", "html_lang", "points"]

TEMPLATE_NAME = "smm_feedback"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def feedback_label(key: str) -> str:
    """A label of the feedback page ('score', 'test_cell'...) in the learner's language."""
    return t(f"grading.feedback_html.{key}")


def points(value: object) -> str:
    """A score as the learner writes it: 1.5 -> "1,5" in Italian, whole numbers without ".0"."""
    try:
        number = round(float(value or 0), 2)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = 0.0
    text = f"{number:g}"
    return text.replace(".", ",") if get_language() == "it" else text


def html_lang(_: object = None) -> str:
    """The language code of the page, for <html lang=...>."""
    return get_language()


def configure_feedback(cfg: Any) -> Any:
    """Point nbgrader's feedback exporter at the course's template and its label filter."""
    cfg.HTMLExporter.template_name = TEMPLATE_NAME
    cfg.HTMLExporter.extra_template_basedirs = [str(TEMPLATES)]
    cfg.HTMLExporter.filters = {
        "label": f"{__name__}.feedback_label",
        "html_lang": f"{__name__}.html_lang",
        "points": f"{__name__}.points",
    }
    return cfg
