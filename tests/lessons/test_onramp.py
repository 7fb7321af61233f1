"""Lesson 00's pandas on-ramp: its self-checks accept the right answers in every usual form,
refuse wrong ones with a reason, never raise, and the lesson stays fast."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lessons.helpers import run_with_probe

PROBE = """
import json as _json
_cases = {
    "filtro_ok": esercizio_filtro.check(15).passed,
    "filtro_text": esercizio_filtro.check("15").passed,
    "filtro_wrong": esercizio_filtro.check(16).passed,
    "filtro_tuple": esercizio_filtro.check((0, 35)).passed,
    "gruppi_ok": esercizio_gruppi.check(" google ads ").passed,
    "gruppi_wrong": esercizio_gruppi.check("Instagram").passed,
    "gruppi_wrong_text": esercizio_gruppi.check("Instagram").messages[0],
    "gruppi_number": esercizio_gruppi.check(42).passed,
    "gruppi_none": esercizio_gruppi.check(None).passed,
    "quota_percent": esercizio_quota.check("3,8%").passed,
    "quota_fraction": esercizio_quota.check(0.0379).passed,
    "quota_wrong": esercizio_quota.check(0.38).passed,
}
print(_json.dumps(_cases))
"""


@pytest.mark.slow
def test_pandas_self_checks_judge_answers_and_the_lesson_is_fast(
    tmp_path: Path, _isolated_learner: Path
) -> None:
    cases, seconds = run_with_probe("00_benvenuto.ipynb", PROBE, tmp_path)
    assert seconds < 30, "the on-ramp lesson must run in under 30 s"
    assert cases["filtro_ok"] and cases["filtro_text"]
    assert not cases["filtro_wrong"] and not cases["filtro_tuple"]
    assert cases["gruppi_ok"] and not cases["gruppi_wrong"]
    assert "non è il canale con più visite" in cases["gruppi_wrong_text"]
    assert not cases["gruppi_number"] and not cases["gruppi_none"]
    assert cases["quota_percent"] and cases["quota_fraction"] and not cases["quota_wrong"]
