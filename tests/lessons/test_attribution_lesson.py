"""Lesson 08 runs headless in under 30 s and its self-checks judge the hand computation,
the model comparison and the measurement plan on the lesson's own data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lessons.helpers import run_with_probe

PROBE = """
import json as _json
_cases = {
    "a_mano_ok": esercizio_a_mano.check(
        {"primo contatto": 1, "Ultimo contatto": "1", "lineare": 1.33, "posizione": "1,2"}
    ).passed,
    "a_mano_instagram": esercizio_a_mano.check(
        {"first": 2, "last": 0, "linear": 1.08, "position": 1.0}
    ).score,
    "a_mano_one_wrong": list(esercizio_a_mano.check(
        {"first": 1, "last": 1, "linear": 1.33, "position": 1.0}
    ).messages),
    "a_mano_none": esercizio_a_mano.check(None).passed,
    "tiny_sums": [round(float(v), 6) for v in compare(piccolo).sum()],
    "year_sums": sorted({round(float(v), 6) for v in merito.sum()}),
    "conversions": int(convertiti.shape[0]),
    "solution": confronto.model.solution,
    "decisions": decisioni.loc["E-commerce"].tolist(),
}
confronto.answer = {"model": "first", "gains_most": "Google Ads", "loses_most": "E-commerce"}
_cases["first_right"] = confronto.check().passed
confronto.answer = {"model": "first", "gains_most": "Instagram", "loses_most": "E-commerce"}
_cases["first_one_wrong"] = confronto.check().score
piano_misura.answer = piano_misura.model.solution
_cases["plan_solution"] = piano_misura.check().passed
print(_json.dumps(_cases))
"""


@pytest.mark.slow
def test_lesson_08_is_fast_and_its_self_checks_judge_the_lesson_data(
    tmp_path: Path, _isolated_learner: Path
) -> None:
    cases, seconds = run_with_probe("08_misurare_attribuire.ipynb", PROBE, tmp_path)
    assert seconds < 30, "lesson 08 must run in under 30 s"
    assert cases["a_mano_ok"] and not cases["a_mano_none"]
    assert cases["a_mano_instagram"] == 0  # Instagram's numbers are not Google Ads'
    wrong = [m for m in cases["a_mano_one_wrong"] if "troppo basso" in m]
    assert len(wrong) == 1 and wrong[0].startswith("Basato sulla posizione")
    assert cases["tiny_sums"] == [4.0] * 6  # every model shares the 4 conversions
    assert cases["year_sums"] == [float(cases["conversions"])]
    assert cases["solution"] == {
        "model": "markov",
        "gains_most": "Instagram",
        "loses_most": "E-commerce",
    }
    assert set(cases["decisions"]) == {"Ridurre"}  # every model trims the direct visit
    assert cases["first_right"] and cases["first_one_wrong"] == 1
    assert cases["plan_solution"]
