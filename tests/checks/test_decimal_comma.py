"""`risposta = 0,35` is a tuple in Python: the checkers recognise it and show both right forms."""

from __future__ import annotations

import re

import pytest

from smm_course.checks import check_number
from smm_course.checks.exercise import Exercise
from smm_course.checks.numeric import decimal_comma, parse_number


def test_the_decimal_comma_tuple_is_explained_in_italian() -> None:
    feedback = check_number((0, 35), 0.35, lang="it")
    assert not feedback.passed
    assert feedback.messages == (
        'Nel codice il decimale si scrive con il punto: 0.35, oppure tra virgolette: "0,35".',
    )
    assert "(0, 35)" not in feedback.to_text()


def test_the_decimal_comma_tuple_is_explained_in_english() -> None:
    feedback = check_number((12, 5), 12.5, lang="en")
    assert feedback.messages == (
        'In code, decimals are written with a point: 12.5, or in quotes: "12,5".',
    )


@pytest.mark.parametrize("lang", ["it", "en"])
def test_both_suggested_forms_are_accepted(lang: str) -> None:
    dot, comma = decimal_comma((0, 35))
    assert check_number(eval(dot), 0.35, lang=lang).passed
    assert check_number(f'"{comma}"', 0.35, lang=lang).passed  # the quotes typed in a box
    assert check_number(comma, 0.35, lang=lang).passed


@pytest.mark.parametrize("value", [(1, 2, 3), (0.5, 3), (True, 1), (1, -2), [0, 35], "0,35"])
def test_other_values_are_not_taken_for_a_decimal_comma(value: object) -> None:
    assert decimal_comma(value) is None


def test_a_self_check_exercise_passes_the_message_on() -> None:
    exercise = Exercise("l00.tasso", lambda answer: check_number(answer, 0.042, lang="it"))
    feedback = exercise.check((0, 42), lang="it")
    assert "0.42" in feedback.to_text() and '"0,42"' in feedback.to_text()


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_format_hint_suggests_only_forms_that_work_in_code(lang: str) -> None:
    (hint,) = check_number("non so", 0.042, lang=lang).hints
    quoted = hint.split('"')[1::2]
    bare = re.findall(r"(?<![\w\"])\d[\d.,]*\d", re.sub(r'"[^"]*"', "", hint))
    assert quoted and bare
    for form in bare:  # outside quotes: a Python number, never a tuple
        assert isinstance(eval(form), float | int), form
    for form in quoted:  # inside quotes: text the checker reads
        assert parse_number(form) is not None, form


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_fraction_hint_suggests_a_form_that_passes(lang: str) -> None:
    feedback = check_number(4.2, 0.042, lang=lang)
    (hint,) = feedback.hints
    assert "0.042" in hint
    (quoted,) = hint.split('"')[1::2]
    assert check_number(quoted, 0.042, lang=lang).passed
