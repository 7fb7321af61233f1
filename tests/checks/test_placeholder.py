"""The shared placeholder detector, and that no text checker scores a placeholder."""

from __future__ import annotations

import pytest

from smm_course.checks import (
    check_canvas,
    check_channel_plan,
    check_journey,
    check_review_conclusion,
    check_smart,
    check_sostac,
    check_summary,
    check_swot,
)
from smm_course.checks.placeholder import placeholder_message, placeholder_reason


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "blank"),
        ("   ", "blank"),
        (None, "blank"),
        ("x", "filler"),
        ("...", "filler"),
        ("???", "filler"),
        ("asdf", "filler"),
        ("qwerty", "filler"),
        ("aaaa", "filler"),
        ("x y z prova", "filler"),
        ("TODO", "filler"),
        ("lorem ipsum", "filler"),
        ("Instagram", "one_word"),
        ("Vendere", "one_word"),
    ],
)
def test_reasons(text: object, reason: str) -> None:
    assert placeholder_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "Vendere 200 ciotole online",
        "Prezzi alti",
        "Our staff speaks three languages",
        "Il B&B è a 5 minuti dal centro",
    ],
)
def test_real_answers_are_not_placeholders(text: str) -> None:
    assert placeholder_reason(text) is None


def test_one_word_is_enough_for_a_name() -> None:
    assert placeholder_reason("Instagram", min_words=1) is None
    assert placeholder_reason("x", min_words=1) == "filler"


def test_a_question_copied_back() -> None:
    question = "Che cosa fa concretamente il cliente in quella fase?"
    assert placeholder_reason(question, questions=[question]) == "copied"
    assert placeholder_reason("Il cliente cerca su Google", questions=[question]) is None


@pytest.mark.parametrize("lang", ["it", "en"])
def test_messages_in_both_languages(lang: str) -> None:
    for reason in ("blank", "filler", "one_word", "copied"):
        message = placeholder_message(reason, lang)
        assert message and message[0].isupper()
        assert placeholder_message(reason, lang, field="«Strategia»").startswith("«Strategia»: ")


STAGES = ("awareness", "consideration", "purchase", "retention", "advocacy")


@pytest.mark.parametrize("filler", ["x", "...", "asdf", "boh"])
def test_no_text_checker_scores_a_placeholder(filler: str) -> None:
    from smm_course.frameworks.bmc import Block

    results = [
        check_smart(filler),
        check_swot(dict.fromkeys(("strengths", "weaknesses", "opportunities", "threats"), filler)),
        check_sostac(
            dict.fromkeys(
                ("situation", "objectives", "strategy", "tactics", "action", "control"), filler
            )
        ),
        check_review_conclusion(filler),
        check_summary({"brand": filler, "executive_summary": filler}),
        check_channel_plan(
            [{"canale": filler, "fase": filler, "KPI": filler, "obiettivo": filler}] * 4
        ),
        check_canvas({b.id: filler for b in Block}),
    ]
    assert all(fb.score == 0 for fb in results), [fb.score for fb in results]
    journey = check_journey(
        {s: {"actions": filler, "touchpoints": filler, "emotions": None} for s in STAGES}
    )
    assert journey.score == 0
