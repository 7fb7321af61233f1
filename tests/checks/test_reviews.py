"""check_review_conclusion on the learner's own reviews: when, why, and a proposal."""

from __future__ import annotations

import pytest

from smm_course.checks import check_review_conclusion

# Conclusions about other businesses' reviews (none of the case study's dips or names).
OWN = [
    (
        "it",
        "Le recensioni della mia bottega di ceramiche calano ad agosto e a novembre perché "
        "i pacchi spediti all'estero arrivano rotti e i clienti si lamentano dei tempi. "
        "Propongo un imballaggio doppio e di rispondere a ogni recensione negativa.",
    ),
    (
        "it",
        "Il B&B prende voti bassi nei fine settimana di primavera, a causa del rumore dei "
        "lavori nella via: gli ospiti lo scrivono quasi sempre. Dovremmo avvisarli prima della "
        "prenotazione e offrire uno sconto.",
    ),
    (
        "en",
        "The gym's ratings drop every January because the classes are overcrowded after New "
        "Year and members complain they cannot book a spot. We should add two evening classes "
        "and reply to every review that mentions waiting.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OWN)
def test_a_conclusion_on_own_reviews_passes(lang: str, text: str) -> None:
    feedback = check_review_conclusion(text, lang=lang, business="Forno Rossi")
    assert feedback.passed and feedback.score == 3, feedback.to_text()
    assert "Forno Rossi" in feedback.to_text()
    assert "Chiara" not in feedback.to_text() and "Dolce Vetta" not in feedback.to_text()


def test_each_missing_part_is_named() -> None:
    text = (
        "Le recensioni del salone sono in media buone e le clienti apprezzano le colorazioni "
        "e la cortesia delle ragazze che lavorano con noi da molti anni in centro."
    )
    feedback = check_review_conclusion(text, lang="it", business="Salone Bea")
    assert feedback.score == 0
    assert feedback.details == {
        "when": False,
        "why": False,
        "proposal": False,
        "missing_periods": [],
    }
    assert any("Salone Bea" in m for m in feedback.messages)


def test_the_learners_own_low_periods_must_be_named_when_given() -> None:
    text = OWN[0][1]
    found = check_review_conclusion(text, lang="it", periods=["agosto", ("novembre", "autunno")])
    assert found.details["when"]
    missing = check_review_conclusion(text, lang="it", periods=["marzo"])
    assert not missing.details["when"] and missing.details["missing_periods"] == ["marzo"]
    assert any("marzo" in m for m in missing.messages)


@pytest.mark.parametrize("filler", ["x", "...", "asdf asdf asdf", "bla " * 30])
def test_placeholders_never_score(filler: str) -> None:
    feedback = check_review_conclusion(filler, lang="it")
    assert feedback.score == 0 and not feedback.passed
