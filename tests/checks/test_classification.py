"""Classification checkers: partial credit, named errors, the right answer never revealed."""

from __future__ import annotations

from smm_course.checks import (
    check_bmc_block,
    check_channel_phase,
    check_channel_type,
    check_classification,
    check_race_stage,
    check_sostac_stage,
    check_touchpoint_control,
    check_touchpoint_nature,
    check_touchpoint_phase,
    check_zmot_moment,
)
from smm_course.frameworks.bmc import Block
from smm_course.frameworks.channels import ChannelPhase, ChannelType
from smm_course.frameworks.race import RaceStage
from smm_course.frameworks.sostac import SostacStage
from smm_course.frameworks.touchpoints import Control, Nature, Phase
from smm_course.frameworks.zmot import Moment

KEY = {
    "Volantino in vetrina": Phase.PRE_PURCHASE,
    "Cassa del negozio": Phase.PURCHASE,
    "Questionario": Phase.POST_PURCHASE,
    "Newsletter": {Phase.PRE_PURCHASE, Phase.POST_PURCHASE},
}


def test_partial_credit_and_named_wrong_items() -> None:
    fb = check_classification(
        {
            "Volantino in vetrina": "pre-acquisto",
            "Cassa del negozio": "post-acquisto",
            "Questionario": "acquisto",
            "Newsletter": "post_purchase",
        },
        KEY,
        Phase,
        lang="it",
    )
    assert (fb.score, fb.max_score, fb.passed) == (2, 4, False)
    text = "\n".join(fb.messages)
    assert "«Cassa del negozio»: non è la categoria giusta." in text
    assert "«Questionario»: non è la categoria giusta." in text
    assert sorted(fb.details["wrong"]) == ["Cassa del negozio", "Questionario"]


def test_wrong_answer_messages_never_reveal_the_expected_label() -> None:
    for lang in ("it", "en"):
        fb = check_classification(
            {"Cassa del negozio": Phase.PRE_PURCHASE, "Questionario": "pre"}, KEY, Phase, lang=lang
        )
        shown = fb.to_text(lang) + fb.to_html(lang)
        for expected in (Phase.PURCHASE, Phase.POST_PURCHASE):
            for label in (expected.label("it"), expected.label("en"), expected.id):
                assert f"«{label}»" not in shown and f" {label}" not in shown.replace("pre-", "")


def test_unknown_category_lists_the_choices() -> None:
    fb = check_classification({"Questionario": "boh"}, KEY, Phase, lang="it")
    assert any(
        "non riconosco la categoria «boh»" in m and "«post-acquisto»" in m for m in fb.messages
    )
    assert fb.details["unknown"] == ["Questionario"]


def test_missing_items_are_named() -> None:
    fb = check_classification({"Newsletter": "pre-acquisto"}, KEY, Phase, lang="en")
    assert fb.score == 1 and fb.max_score == 4
    assert "«Questionario»: the answer is missing." in fb.messages
    assert set(fb.details["missing"]) == {
        "Volantino in vetrina",
        "Cassa del negozio",
        "Questionario",
    }


def test_set_key_accepts_any_listed_category_and_lists_of_answers() -> None:
    for answer in ("pre-acquisto", "post-acquisto", ["pre", "post"]):
        fb = check_classification({"Newsletter": answer}, {"Newsletter": KEY["Newsletter"]}, Phase)
        assert fb.passed, answer
    fb = check_classification(
        {"Newsletter": ["pre", "acquisto"]}, {"Newsletter": KEY["Newsletter"]}, Phase
    )
    assert not fb.passed


def test_item_names_match_without_case_or_accents() -> None:
    fb = check_classification(
        {"  questionàrio ": "POST-ACQUISTO"}, {"Questionario": Phase.POST_PURCHASE}, Phase
    )
    assert fb.passed


def test_extra_items_are_reported_not_counted() -> None:
    fb = check_classification(
        {"Questionario": "post", "Blog": "pre"},
        {"Questionario": Phase.POST_PURCHASE},
        Phase,
        lang="it",
    )
    assert fb.passed and fb.details["extra"] == ["Blog"]


def test_not_a_mapping_explains_the_format() -> None:
    fb = check_classification("pre-acquisto", KEY, Phase, lang="it")
    assert not fb.passed and "dizionario" in fb.messages[0]


def test_default_keys_come_from_the_framework_examples() -> None:
    assert check_touchpoint_phase({"Newsletter": "post-acquisto", "E-commerce": "acquisto"}).passed
    assert check_touchpoint_nature({"Negozio fisico": Nature.PHYSICAL}).passed
    assert not check_touchpoint_control({"Passaparola": Control.MANAGED}).passed
    fb = check_channel_type({"Marketplace": "diretto", "Sito web": "diretto"}, lang="it")
    assert (fb.score, fb.max_score) == (1, 2)
    assert "indiretto" not in "\n".join(fb.messages)


def test_wrappers_with_explicit_keys() -> None:
    cases = [
        (check_bmc_block, Block.KEY_RESOURCES, Block.CHANNELS),
        (check_zmot_moment, Moment.ZMOT, Moment.FMOT),
        (check_sostac_stage, SostacStage.CONTROL, SostacStage.TACTICS),
        (check_race_stage, RaceStage.ENGAGE, RaceStage.REACH),
        (check_channel_type, ChannelType.DIRECT, ChannelType.INDIRECT),
        (check_channel_phase, ChannelPhase.DELIVERY, ChannelPhase.AWARENESS),
    ]
    for checker, right, wrong in cases:
        key = {"voce": right}
        assert checker({"voce": right.label("it")}, key).passed, checker.__name__
        assert checker({"voce": right.label("en")}, key).passed, checker.__name__
        fb = checker({"voce": wrong.id}, key, lang="en")
        assert fb.score == 0 and f"«{right.label('en')}»" not in fb.to_text()


def test_wrapper_without_key_and_without_examples_says_so() -> None:
    fb = check_race_stage({"x": "reach"}, lang="en")
    assert not fb.passed and "answer key" in fb.messages[0]
