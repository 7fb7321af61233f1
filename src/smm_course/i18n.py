"""User-facing strings in Italian (default) and English, looked up by key."""

from __future__ import annotations

import json
import os
import string
from functools import cache
from importlib import resources

LANGUAGES: tuple[str, ...] = ("it", "en")
DEFAULT_LANGUAGE = "it"
ENV_VAR = "SMM_COURSE_LANG"


def normalize_language(lang: str | None) -> str:
    """Return a supported language code for `lang` ('it_IT.UTF-8' -> 'it'); default Italian."""
    if not lang:
        return DEFAULT_LANGUAGE
    code = str(lang).strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def get_language() -> str:
    """The language in force: SMM_COURSE_LANG if set to a supported code, else Italian."""
    return normalize_language(os.environ.get(ENV_VAR))


def resolve_lang(lang: object = None) -> str:
    """A supported language code: `lang` if given, else the learner's language."""
    try:
        return normalize_language(str(lang)) if lang else get_language()
    except Exception:
        return get_language()


def set_language(lang: str) -> str:
    """Switch every later message of this process (and its children) to `lang`."""
    code = str(lang).strip().lower()
    if code not in LANGUAGES:
        raise ValueError(
            f"Lingua non supportata: {lang!r} (scegli tra {', '.join(LANGUAGES)}) / "
            f"unsupported language: {lang!r}"
        )
    # The environment is the single place the choice lives, so subprocesses
    # (nbgrader, kernels, the CLI) inherit it without extra plumbing.
    os.environ[ENV_VAR] = code
    return code


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All strings of one language: the JSON files of locales/<lang>/ merged, keys flattened."""
    merged: dict[str, str] = {}
    folder = resources.files("smm_course") / "locales" / lang
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            data = json.loads(entry.read_text(encoding="utf-8"))
            _flatten(data, entry.name.removesuffix(".json"), merged)
    return merged


def _flatten(data: dict, prefix: str, out: dict[str, str]) -> None:
    for key, value in data.items():
        full = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(value, full, out)
        else:
            out[full] = str(value)


def placeholders(template: str) -> set[str]:
    """Names of the {placeholders} used in a catalogue string."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    """The string `key` in the learner's language, with {placeholders} filled from `values`."""
    code = normalize_language(lang) if lang else get_language()
    template = catalogue(code).get(key) or catalogue(DEFAULT_LANGUAGE).get(key)
    if template is None:
        return key  # a missing key shows itself instead of crashing a lesson
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template
