"""Quiz (shuffle per learner, partial credit) and ChannelMatrix."""

from __future__ import annotations

import pytest

from smm_course.frameworks.channels import EXAMPLES, ChannelPhase
from smm_course.widgets import ChannelMatrix, MultipleChoice, Quiz, SingleChoice
from smm_course.widgets.questions import shuffled
from smm_course.workbook import Workbook
from tests.widgets.conftest import QUESTIONS, by_class, make_quiz


def option_order(form: Quiz, qid: str) -> list:
    return [value for _label, value in by_class(form, f"smm-quiz-{qid}").options]


def test_order_is_stable_for_a_learner_across_sessions():
    first = option_order(make_quiz(), "fasi")
    assert option_order(make_quiz(), "fasi") == first
    assert sorted(first) == [0, 1, 2]


def test_order_depends_on_the_learner():
    orders = {tuple(shuffled(6, f"learner-{n}|l01.quiz|q")) for n in range(8)}
    assert len(orders) > 1
    workbook = Workbook.open()
    workbook.set_learner("Giulia Rossi", "s001")
    quiz = make_quiz(workbook=workbook)
    assert quiz.model.seed_text().startswith("s001|")


def test_all_right_passes():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-fasi").value = 1
    for i in (0, 2, 4):
        by_class(quiz, f"smm-quiz-spontanei-{i}").value = True
    for i in range(3):
        by_class(quiz, f"smm-quiz-moments-{i}").value = i
    feedback = quiz.check()
    assert feedback.passed and feedback.score == feedback.max_score == 3


def test_partial_credit_for_multiple_choice_and_matching():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-fasi").value = 0
    by_class(quiz, "smm-quiz-spontanei-0").value = True  # 4 of 5 options right
    by_class(quiz, "smm-quiz-moments-0").value = 0  # 1 of 3 pairs
    feedback = quiz.check()
    assert not feedback.passed
    assert feedback.score == round(0 + 3 / 5 + 1 / 3, 2)
    assert "Domanda 1: non ancora corretta." in feedback.messages
    assert "Domanda 3: 1 parti su 3 corrette." in feedback.messages
    assert len(Workbook.open().attempts("l01.quiz_test")) == 1


def test_quiz_feedback_never_reveals_the_right_option():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-fasi").value = 0
    text = quiz.check().to_text()
    # the chosen option is explained, the right one ("acquisto") is never named
    assert "«acquisto»" not in text and "momento della verità" not in text
    assert "acquisto" not in text.replace("pre-acquisto", "")


def test_a_wrong_choice_is_explained_without_giving_the_answer_away():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-fasi").value = 0
    by_class(quiz, "smm-quiz-spontanei-0").value = True
    by_class(quiz, "smm-quiz-spontanei-1").value = True  # wrong: the newsletter is managed
    messages = quiz.check().messages
    assert "✘ «pre-acquisto» non è giusta: Il negozio non è il primo contatto: lì si compra." in (
        messages
    )
    assert "✘ «Newsletter» non è giusta: La scrive e la invia il brand." in messages
    text = "\n".join(messages)
    assert "momento della verità" not in text  # the right option's explanation stays hidden
    assert "Nasce tra conoscenti" not in text  # a right option not ticked yet stays hidden


def test_a_right_answer_explains_every_option():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-fasi").value = 1
    for i in (0, 2, 4):
        by_class(quiz, f"smm-quiz-spontanei-{i}").value = True
    for i in range(3):
        by_class(quiz, f"smm-quiz-moments-{i}").value = i
    messages = quiz.check().messages
    assert "✔ «acquisto» è giusta: Alla cassa il cliente compra: è il momento della verità." in (
        messages
    )
    assert "✘ «post-acquisto» non è giusta: Il post-acquisto viene dopo la cassa." in messages
    assert "✘ «Sito web» non è giusta: Il brand decide che cosa c'è." in messages
    zmot = "✔ «ZMOT → ricerca online prima dell'acquisto» è giusta: Z come zero: prima dello"
    assert f"{zmot} scaffale." in messages


def test_matching_names_the_items_to_review_without_the_answer():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-moments-0").value = 0  # right
    by_class(quiz, "smm-quiz-moments-1").value = 2  # wrong
    messages = quiz.check().messages
    assert "«FMOT»: abbinamento da rivedere." in messages
    assert "«SMOT»: scegli un abbinamento." in messages
    assert not any(m.startswith("«ZMOT»:") for m in messages)
    assert not any("la scelta davanti allo scaffale" in m for m in messages)


def test_quiz_solution_box_is_the_solution_not_one_of_many():
    quiz = make_quiz(show_solutions=True)
    by_class(quiz, "smm-quiz-moments-0").value = 0
    quiz.check()
    quiz.toggle_solution()
    assert "La soluzione" in by_class(quiz, "smm-quiz-solution-text").value
    assert "non è l'unica giusta" not in by_class(quiz, "smm-quiz-solution-text").value


def test_explanations_must_match_the_options():
    with pytest.raises(ValueError, match="2 explanations for 3 options"):
        SingleChoice("x", "?", ("a", "b", "c"), 0, ("uno", "due"))
    assert SingleChoice("x", "?", ("a", "b"), 0).explanations == ()


def test_quiz_answers_are_restored():
    quiz = make_quiz()
    by_class(quiz, "smm-quiz-spontanei-2").value = True
    by_class(quiz, "smm-quiz-moments-1").value = 2
    again = make_quiz()
    assert by_class(again, "smm-quiz-spontanei-2").value is True
    assert by_class(again, "smm-quiz-moments-1").value == 2
    assert again.answer == quiz.answer


def test_single_question_quiz_in_english(monkeypatch):
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    quiz = Quiz([QUESTIONS[0]], "l01.quiz_en")
    assert "Question 1: no answer." in quiz.check().messages
    assert isinstance(QUESTIONS[1], MultipleChoice)


def test_channel_types_checked_against_the_examples():
    form = ChannelMatrix()
    for index, channel in enumerate(EXAMPLES):
        by_class(form, f"smm-channels-{index}-type").value = channel.type.id
        by_class(form, f"smm-channels-{index}-{ChannelPhase.PURCHASE.id}").value = True
    feedback = form.check()
    assert feedback.passed
    by_class(form, "smm-channels-0-type").value = "indirect"
    worse = form.check()
    assert worse.score == feedback.score - 1
    assert any(EXAMPLES[0].name.it in m for m in worse.messages)


def test_channels_without_phases_are_named():
    form = ChannelMatrix(channels=EXAMPLES[:2])
    by_class(form, "smm-channels-0-awareness").value = True
    feedback = form.check()
    assert any(EXAMPLES[1].name.it in m and "fase" in m for m in feedback.messages)


def test_phase_key_is_used_when_given():
    shop = EXAMPLES[0]
    form = ChannelMatrix(
        channels=[shop], phase_key={shop.name: {ChannelPhase.PURCHASE, ChannelPhase.DELIVERY}}
    )
    by_class(form, "smm-channels-0-type").value = "direct"
    by_class(form, "smm-channels-0-awareness").value = True
    assert not form.check().passed
    by_class(form, "smm-channels-0-awareness").value = False
    by_class(form, "smm-channels-0-purchase").value = True
    assert form.check().passed


def test_channel_matrix_is_restored():
    form = ChannelMatrix()
    by_class(form, "smm-channels-2-type").value = "direct"
    by_class(form, "smm-channels-2-delivery").value = True
    again = ChannelMatrix()
    assert by_class(again, "smm-channels-2-type").value == "direct"
    assert by_class(again, "smm-channels-2-delivery").value is True
    assert Workbook.open().answer("l06.channels")["sito_web"] == {
        "type": "direct",
        "phases": ["delivery"],
    }
