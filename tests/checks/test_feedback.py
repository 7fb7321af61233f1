"""Feedback: text and HTML forms, escaping of student text, score display."""

from __future__ import annotations

import pytest

from smm_course.checks import Feedback, check_canvas, check_classification, check_smart
from smm_course.frameworks.touchpoints import Phase

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_html_has_header_score_messages_and_collapsed_hints() -> None:
    fb = Feedback(3, 5, False, ("primo", "secondo"), ("aiuto",), lang="it")
    page = fb.to_html()
    assert 'class="smm-feedback smm-feedback--fail"' in page
    assert "✘" in page and "Punteggio: 3/5" in page
    assert page.count("<li>") == 3
    assert "<details" in page and "aiuto" in page.split("<details")[1]


def test_passed_feedback_uses_the_pass_class_and_tick() -> None:
    page = Feedback(2, 2, True, ("ok",), lang="en").to_html()
    assert "smm-feedback--pass" in page and "✔" in page and "Score: 2/2" in page


def test_every_piece_of_text_is_escaped() -> None:
    fb = Feedback(0, 1, False, (HOSTILE,), (HOSTILE,), lang="it")
    page = fb.to_html()
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page


def test_feedback_from_hostile_student_answers_has_no_live_markup() -> None:
    results = [
        check_smart(HOSTILE),
        check_classification({HOSTILE: HOSTILE}, {"Newsletter": Phase.PRE_PURCHASE}, Phase),
        check_classification({"Newsletter": HOSTILE}, {"Newsletter": Phase.PRE_PURCHASE}, Phase),
        check_canvas({HOSTILE: HOSTILE, "customer_segments": HOSTILE}),
    ]
    for fb in results:
        page = fb.to_html() + fb._repr_html_()
        assert "<script" not in page.lower() and "<img" not in page.lower()


def test_text_form_and_pretty_repr() -> None:
    fb = Feedback(2.5, 4, False, ("uno",), ("due",), lang="it")
    text = str(fb)
    assert text.splitlines()[0] == "✘ Non ancora. Punteggio: 2,5/4"
    assert "  - uno" in text and "  * due" in text

    class Printer:
        def __init__(self) -> None:
            self.out = ""

        def text(self, value: str) -> None:
            self.out += value

    printer = Printer()
    fb._repr_pretty_(printer, False)
    assert printer.out == text


def test_fraction_and_empty_and_combine() -> None:
    assert Feedback(1, 4, False, ()).fraction == 0.25
    assert Feedback(0, 0, False, ()).fraction == 0.0
    empty = Feedback.empty(lang="en")
    assert empty.score == 0 and not empty.passed and "not answered" in empty.messages[0]
    both = Feedback.combine([Feedback(1, 1, True, ("a",)), Feedback(0, 2, False, ("b",))])
    assert (both.score, both.max_score, both.passed, both.messages) == (1, 3, False, ("a", "b"))


def test_feedback_is_immutable_and_hashable() -> None:
    fb = Feedback(1, 1, True, ["a"], details={"k": 1})
    assert fb.messages == ("a",)
    assert hash(fb) == hash(Feedback(1, 1, True, ("a",)))
    with pytest.raises(TypeError):
        fb.details["k"] = 2  # type: ignore[index]
    assert fb.details["k"] == 1
