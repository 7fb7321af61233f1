"""Form-wide settings: the learner's language for widgets and whether solutions may be shown."""

from __future__ import annotations

import os
import re
from typing import Any

from smm_course.i18n import get_language, normalize_language, t

SOLUTIONS_ENV = "SMM_COURSE_SOLUTIONS"
SOLUTIONS_SETTING = "show_solutions"
_OFF = frozenset({"off", "0", "false", "no", "never", "none", "disabled"})


def _is_off(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return not value
    return str(value).strip().lower() in _OFF


def solutions_allowed(workbook: Any = None) -> bool:
    """False when the instructor turned solutions off (env var or workbook setting), else True."""
    if _is_off(os.environ.get(SOLUTIONS_ENV)):
        return False
    if workbook is not None:
        try:
            return not _is_off(workbook.setting(SOLUTIONS_SETTING))
        except Exception:  # an unreadable workbook must not hide the whole form
            return True
    return True


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
    from smm_course.frameworks._base import fold

    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_") or "item"
