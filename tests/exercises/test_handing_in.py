"""Every exercise tells the student, at the top, how to hand it in: validate, then Moodle."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RELEASED = sorted((ROOT / "exercises").glob("*/*.ipynb"))


@pytest.mark.parametrize("notebook", RELEASED, ids=lambda p: p.stem)
def test_the_header_explains_handing_in(notebook: Path):
    header = "".join(json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"])
    assert "**Come si consegna**" in header
    commands = re.findall(r"`smm-course validate ([^`]+)`", header)
    assert commands, "the header does not say how to validate"
    # the path is the one the terminal of the course folder sees
    assert (ROOT / commands[0]) == notebook
    assert f"`{notebook.name}`" in header and "Moodle" in header
    assert "Riavvia Kernel e Esegui Tutte le Celle" in header  # the menu's Italian label
    assert "Restart Kernel" not in header


def test_every_exercise_is_covered():
    assert len(RELEASED) >= 7
