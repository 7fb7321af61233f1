"""Names, labels and ids of the items a sorting form lists (touchpoints, channels, text)."""

from __future__ import annotations

from typing import Any

from smm_course.frameworks.concepts import Text
from smm_course.widgets.settings import slug


def item_name(item: Any) -> Text | str:
    """The item's bilingual name (a framework Touchpoint or Channel), or the item itself."""
    name = getattr(item, "name", None)
    return name if isinstance(name, Text) else item


def item_label(item: Any, lang: str) -> str:
    """The item's name as the learner reads it."""
    name = item_name(item)
    return name.get(lang) if isinstance(name, Text) else str(name)


def item_slug(item: Any) -> str:
    """A stable id for the item, from its Italian name."""
    name = item_name(item)
    return slug(name.it if isinstance(name, Text) else name)
