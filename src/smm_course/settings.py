"""Class and learner settings: whether model solutions may be shown to self-learners."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["class_config", "class_config_path", "solutions_allowed", "switch"]

SOLUTIONS_ENV = "SMM_COURSE_SOLUTIONS"
CLASS_FILE = "smm_course.json"
CLASS_FILE_PARENTS = 3  # the lessons folder sits at most a few levels below the class folder
SOLUTIONS_KEYS = ("solutions", "show_solutions")  # workbook setting names, in order
_OFF = frozenset({"off", "0", "no", "false", "never", "disabled"})
_ON = frozenset({"on", "1", "yes", "true", "always", "enabled"})


def switch(value: Any) -> bool | None:
    """True/False for an on/off value (bool, 'on'/'off', 1/0, 'yes'/'no'...), None if unclear."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _OFF:
            return False
        if word in _ON:
            return True
    return None


def class_config_path(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The class file `smm_course.json` in `start` (default: cwd) or up to 3 parents, if any."""
    try:
        folder = Path(start) if start is not None else Path.cwd()
        folder = folder.resolve()
    except OSError:
        return None
    for candidate in [folder, *folder.parents][: CLASS_FILE_PARENTS + 1]:
        path = candidate / CLASS_FILE
        if path.is_file():
            return path
    return None


def class_config(start: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The instructor's class settings (empty when there is no readable class file)."""
    path = class_config_path(start)
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def solutions_allowed(workbook: Any = None, *, start: str | os.PathLike[str] | None = None) -> bool:
    """May model solutions be shown? Env var, then class file, then workbook; default yes."""
    decided = switch(os.environ.get(SOLUTIONS_ENV))
    if decided is not None:
        return decided
    decided = switch(class_config(start).get("solutions"))
    if decided is not None:
        return decided
    if workbook is not None:
        for key in SOLUTIONS_KEYS:
            try:
                decided = switch(workbook.setting(key))
            except Exception:  # an unreadable workbook must not decide for the class
                decided = None
            if decided is not None:
                return decided
    return True
