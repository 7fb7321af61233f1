"""The course's feedback page: nbgrader's layout with its labels in the learner's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smm_course.i18n import get_language, t

__all__ = ["TEMPLATE_NAME", "configure_feedback", "feedback_label", "html_lang"]

TEMPLATE_NAME = "smm_feedback"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def feedback_label(key: str) -> str:
    """A label of the feedback page ('score', 'test_cell'...) in the learner's language."""
    return t(f"grading.feedback_html.{key}")


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
    }
    return cfg
