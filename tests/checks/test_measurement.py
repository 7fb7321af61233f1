"""Lesson 08's checkers: which channel a model change favours, and the measurement plan."""

from __future__ import annotations

import pandas as pd
import pytest

from smm_course.checks.measurement import (
    check_attribution_shift,
    check_hand_credit,
    check_measurement_plan,
)

CREDIT = pd.DataFrame(
    {"last": [10.0, 20.0, 30.0], "first": [25.0, 22.0, 13.0]},
    index=pd.Index(["Instagram", "Google Ads", "E-commerce"], name="channel"),
)
PLAN = {
    "model": "position",
    "why": "I percorsi sono lunghi: li aprono Instagram e Google e li chiude l'e-commerce.",
    "decision": "Sposto 150 € al mese dalla ricerca a Instagram, che guadagna 46 conversioni "
    "rispetto all'ultimo clic.",
    "test": "Spengo le inserzioni Instagram in Piemonte per 4 settimane e confronto le vendite "
    "con la Lombardia come zona di controllo.",
    "offline": "In cassa in Via Po chiediamo come ci hanno conosciuto e usiamo codici sconto "
    "diversi per stampa e passaparola.",
}


def test_the_right_channels_earn_both_points():
    answer = {"model": "first", "gains_most": " instagram ", "loses_most": "E-commerce"}
    feedback = check_attribution_shift(answer, CREDIT, lang="it")
    assert feedback.passed and feedback.score == 2


def test_one_wrong_channel_costs_one_point_and_names_the_model_not_the_answer():
    answer = {"model": "first", "gains_most": "Google Ads", "loses_most": "E-commerce"}
    feedback = check_attribution_shift(answer, CREDIT, lang="it")
    assert feedback.score == 1 and not feedback.passed
    text = " ".join(feedback.messages + feedback.hints)
    assert "Primo contatto" in text and "Instagram" not in text


def test_last_click_against_itself_asks_for_another_model():
    feedback = check_attribution_shift({"model": "last"}, CREDIT, lang="en")
    assert feedback.score == 0 and feedback.details["unanswered"]
    assert "other than last click" in feedback.messages[0]


@pytest.mark.parametrize("junk", [None, "Instagram", 42, {"model": object()}, ["first"]])
def test_a_shapeless_answer_never_raises(junk):
    assert check_attribution_shift(junk, CREDIT).score == 0
    assert check_measurement_plan(junk).score == 0


def test_a_complete_plan_earns_every_point():
    feedback = check_measurement_plan(PLAN, lang="it")
    assert feedback.passed and feedback.score == feedback.max_score == 4


def test_a_test_without_control_group_or_duration_costs_only_its_point():
    plan = PLAN | {
        "test": "Provo a spegnere le inserzioni Instagram e vedo se le vendite online scendono."
    }
    feedback = check_measurement_plan(plan, lang="it")
    assert feedback.score == 3
    text = " ".join(feedback.messages)
    assert "Test di incrementalità: da completare" in text
    assert "gruppo o la zona di controllo" in text and "quanto tempo" in text


def test_a_plan_without_model_or_numbers_says_what_is_missing_in_english():
    plan = PLAN | {
        "model": "",
        "decision": "Più budget a Instagram perché porta clienti nuovi ogni mese e li fa tornare.",
    }
    feedback = check_measurement_plan(plan, lang="en")
    assert feedback.score == 2
    text = " ".join(feedback.messages)
    assert "Choose the model from the list" in text and "Add a number" in text


def test_a_blank_plan_is_unanswered():
    feedback = check_measurement_plan(dict.fromkeys(PLAN, ""), lang="it")
    assert feedback.details["unanswered"] and feedback.score == 0


HAND = {"first": 1.0, "last": 1.0, "linear": 4 / 3, "position": 1.2}


def test_hand_credit_takes_labels_or_ids_and_text_numbers():
    answer = {"Primo contatto": 1, "ultimo contatto": "1", "lineare": 1.33, "posizione": "1,2"}
    feedback = check_hand_credit(answer, HAND, lang="it")
    assert feedback.passed and feedback.score == 4


def test_hand_credit_names_the_wrong_model_and_never_its_value():
    feedback = check_hand_credit({**HAND, "linear": 0.5}, HAND, lang="it")
    assert feedback.score == 3 and not feedback.passed
    wrong = [m for m in feedback.messages if m.startswith("Lineare")]
    assert wrong == ["Lineare: Non ancora: il valore è troppo basso."]
    assert "1,33" not in " ".join(feedback.messages + feedback.hints)
    assert any("1 diviso il numero dei contatti" in h for h in feedback.hints)


def test_hand_credit_without_models_explains_the_shape():
    for junk in (1.2, {"Google Ads": 1.2}, {"first": ...}):
        feedback = check_hand_credit(junk, HAND, lang="en")
        assert feedback.score == 0 and "dictionary" in feedback.messages[0]
