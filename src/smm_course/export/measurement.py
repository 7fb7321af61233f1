"""The measurement section of the strategy document, built only from the learner's own plan."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smm_course.export._read import is_blank, text_of
from smm_course.export.model import Element, Paragraph, Subheading
from smm_course.frameworks.attribution import AttributionModel
from smm_course.frameworks.measurement import PlanField

__all__ = ["measurement_plan"]


def measurement_plan(value: Any, lang: str, brand: str) -> list[Element] | None:
    """One subheading and paragraph per part the learner wrote; None for an unreadable shape."""
    if not isinstance(value, Mapping):
        return None
    elements: list[Element] = []
    model = AttributionModel.from_any(value.get("model"))
    why = text_of(value.get("why")) if not is_blank(value.get("why")) else ""
    if model is not None or why:
        elements.append(Subheading(PlanField.MODEL.label(lang)))
        head = model.label(lang) if model is not None else ""
        elements.append(Paragraph(f"{head}: {why}" if head and why else head or why))
    for part in (PlanField.DECISION, PlanField.TEST, PlanField.OFFLINE):
        text = value.get(part.id)
        if not is_blank(text):
            elements += [Subheading(part.label(lang)), Paragraph(text_of(text))]
    return elements
