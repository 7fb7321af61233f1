"""check_number: Italian and English number formats, tolerance, direction, no leak."""

from __future__ import annotations

import pytest

from smm_course.checks import check_number
from smm_course.checks.numeric import parse_number


@pytest.mark.parametrize(
    "answer",
    [0.042, "0,042", "0.042", "4,2%", "4.2 %", "4,2 per cento", "4.2 percent", " 0,0420 "],
)
def test_accepted_forms_of_a_rate(answer: object) -> None:
    assert check_number(answer, 0.042).passed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.250,50 €", 1250.5),
        ("€ 1,250.50", 1250.5),
        ("5.000", 5000.0),
        ("5k", 5000.0),
        ("−3,5", -3.5),
        ("12", 12.0),
        ("1 250", 1250.0),
        ("2e3", 2000.0),
    ],
)
def test_parse_number_readings(text: str, value: float) -> None:
    readings, _ = parse_number(text)
    assert value in readings


@pytest.mark.parametrize(
    "text", ["abc", "1,2,3,4", "", "1..2", "12,", True, None, [1], float("inf")]
)
def test_unreadable_numbers(text: object) -> None:
    assert parse_number(text) is None


def test_too_high_too_low_without_revealing() -> None:
    high = check_number("0,05", 0.0425, lang="it")
    low = check_number(3, 4.75, lang="it")
    assert "troppo alto" in high.messages[0] and "troppo basso" in low.messages[0]
    for fb, expected in ((high, 0.0425), (low, 4.75)):
        shown = fb.to_text() + fb.to_html() + repr(dict(fb.details))
        for form in (str(expected), str(expected).replace(".", ","), "4,25", "4.25"):
            assert form not in shown


def test_tolerance() -> None:
    assert check_number(101, 100).passed
    assert not check_number(102, 100).passed
    assert check_number(102, 100, abs_tol=2).passed
    assert check_number(0.0001, 0, abs_tol=0.001).passed


def test_kpi_formula_hint() -> None:
    fb = check_number("0,5", 0.04, lang="it", kpi="ctr")
    assert any("CTR" in h and "impression" in h for h in fb.hints)


def test_percentage_written_as_a_bare_number_gets_a_unit_hint() -> None:
    fb = check_number(4.2, 0.042, lang="en")
    assert not fb.passed and any("fraction" in h for h in fb.hints)


def test_not_a_number_message_quotes_the_answer() -> None:
    fb = check_number("circa quattro", 4, lang="it")
    assert "«circa quattro»" in fb.messages[0] and not fb.passed
    assert check_number(None, 4).details.get("unanswered")


def test_bad_expected_value_does_not_raise() -> None:
    fb = check_number(1, None)  # type: ignore[arg-type]
    assert not fb.passed
