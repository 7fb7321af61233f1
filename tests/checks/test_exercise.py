"""Exercise: check with placeholder detection, progressive hints, solution."""

from __future__ import annotations

import pytest

from smm_course.checks import Exercise, check_classification
from smm_course.frameworks.concepts import Text
from smm_course.frameworks.touchpoints import Phase

KEY = {"Newsletter": {Phase.PRE_PURCHASE, Phase.POST_PURCHASE}, "E-commerce": Phase.PURCHASE}
TEMPLATE = {"Newsletter": "...", "E-commerce": "..."}


def make() -> Exercise:
    return Exercise(
        id="l01.quiz_fasi",
        checker=lambda a: check_classification(a, KEY, Phase, lang="it"),
        hints=[Text("Pensa al momento.", "Think of the moment."), "Secondo indizio.", "Terzo."],
        solution={"Newsletter": "pre_purchase", "E-commerce": "purchase"},
        placeholder=TEMPLATE,
        explanation=Text("La newsletter vive in due fasi.", "The newsletter lives in two phases."),
    )


@pytest.mark.parametrize("answer", [..., None, "", "   ", TEMPLATE, {"Newsletter": ""}])
def test_untouched_placeholder_is_named_as_such(answer: object) -> None:
    fb = make().check(answer, lang="it")
    assert fb.score == 0 and not fb.passed
    assert fb.messages[0].startswith("Non hai ancora risposto")


def test_right_answer_passes_and_adds_the_explanation() -> None:
    fb = make().check({"newsletter": "post-acquisto", "e-commerce": "acquisto"}, lang="it")
    assert fb.passed and fb.score == 2
    assert "La newsletter vive in due fasi." in fb.messages


def test_wrong_answer_suggests_a_hint() -> None:
    fb = make().check({"Newsletter": "acquisto", "E-commerce": "acquisto"}, lang="en")
    assert not fb.passed and any(".hint()" in h for h in fb.hints)


def test_hints_are_progressive_and_say_when_finished() -> None:
    ex = make()
    assert ex.hint(lang="it").startswith("Suggerimento 1/3: Pensa al momento.")
    assert "Secondo indizio." in ex.hint(lang="it")
    assert "Terzo." in ex.hint(lang="it")
    last = ex.hint(lang="it")
    assert "Non ci sono altri suggerimenti" in last
    assert "Think of the moment." in ex.hint(1, lang="en")
    assert "does not exist" in ex.hint(9, lang="en")


def test_explicit_hint_number_moves_the_cursor() -> None:
    ex = make()
    ex.hint(2)
    assert "Terzo." in ex.hint()


def test_solution_and_no_hints() -> None:
    ex = make()
    assert ex.solution() == {"Newsletter": "pre_purchase", "E-commerce": "purchase"}
    bare = Exercise("l00.x", checker=lambda a: None, solution=Text("sì", "yes"))  # type: ignore[arg-type,return-value]
    assert bare.solution(lang="en") == "yes"
    assert "no hints" in bare.hint(lang="en")
    # a checker that misbehaves still gives a Feedback
    assert not bare.check("qualcosa").passed


def test_checker_exception_becomes_feedback() -> None:
    def broken(answer: object):
        raise RuntimeError("boom")

    fb = Exercise("l00.y", checker=broken).check("x", lang="it")
    assert not fb.passed and "boom" not in fb.to_text()


def test_solution_is_withheld_when_the_instructor_turns_solutions_off(monkeypatch):
    from smm_course.checks import Exercise, check_number

    exercise = Exercise("l05.kpi", lambda a: check_number(a, 0.94), solution=0.94)
    assert exercise.solution() == 0.94
    monkeypatch.setenv("SMM_COURSE_SOLUTIONS", "off")
    withheld = str(exercise.solution())
    assert "0.94" not in withheld and "disattivate" in withheld
