"""The checks namespace has the same keys and placeholders in Italian and English."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from smm_course.i18n import placeholders


def _flat(data: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _load(lang: str) -> dict[str, str]:
    path = resources.files("smm_course") / "locales" / lang / "checks.json"
    return _flat(json.loads(path.read_text(encoding="utf-8")))


def test_same_keys_and_placeholders() -> None:
    it, en = _load("it"), _load("en")
    assert set(it) == set(en)
    assert {k: placeholders(v) for k, v in it.items()} == {
        k: placeholders(v) for k, v in en.items()
    }


def test_every_literal_key_used_in_the_code_exists() -> None:
    source = Path(resources.files("smm_course") / "checks")  # type: ignore[arg-type]
    used = set()
    for file in source.glob("*.py"):
        used |= set(re.findall(r'"checks\.([a-z_.]+[a-z_])"', file.read_text(encoding="utf-8")))
    assert used, "no keys found"
    assert used - set(_load("it")) == set()
