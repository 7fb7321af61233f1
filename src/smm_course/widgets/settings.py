"""Form-wide settings: the learner's language for widgets and whether solutions may be shown."""

from __future__ import annotations

import re

from smm_course.i18n import get_language, normalize_language, t
from smm_course.settings import solutions_allowed

__all__ = ["form_lang", "numbered", "slug", "solutions_allowed", "wt"]


def form_lang(lang: str | None) -> str:
    """The language a form speaks: `lang` if given, else the learner's language."""
    return normalize_language(lang) if lang else get_language()


def wt(key: str, lang: str, /, **values: object) -> str:
    """A widgets string (`widgets.<key>`) in `lang`."""
    return t(f"widgets.{key}", lang, **values)


def numbered(prefix: str, lang: str) -> tuple[str, ...]:
    """The strings `widgets.<prefix>.1`, `.2`, ... that exist, in order."""
    found: list[str] = []
    for number in range(1, 21):
        key = f"{prefix}.{number}"
        text = wt(key, lang)
        if text == f"widgets.{key}":
            break
        found.append(text)
    return tuple(found)


def slug(text: object) -> str:
    """A CSS- and id-safe lower-case name for `text` ('Sito web' -> 'sito_web')."""
    from smm_course.frameworks.concepts import fold

    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_") or "item"
