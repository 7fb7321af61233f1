"""Hashed answer keys: equal answers match whatever their spelling, wrong ones never do."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smm_course.checks.keys import (
    answer_hash,
    canonical,
    count_matches,
    is_fragile,
    make_key,
    make_keys,
    matches,
)
from smm_course.frameworks.touchpoints import Phase

SALT = "m00_prova"


def test_a_digest_hides_the_answer_and_depends_on_the_salt():
    digest = answer_hash(0.272, SALT)
    assert len(digest) == 64 and "272" not in digest
    assert digest != answer_hash(0.272, "altro_esercizio")


@pytest.mark.parametrize(
    ("key", "answer"),
    [
        (0.27204, np.float64(0.2720449)),  # rounded to 3 decimals
        (52, np.int64(52)),
        ("TikTok", "  tiktok "),
        ("Negozio di Via Po", "negozio di via po"),
        ("perché", "PERCHE"),
        ({"regalo", "ritardo"}, ["ritardo", "regalo"]),
        ({"a": 1, "b": 2.5}, pd.Series({"b": 2.5, "a": 1})),
        (Phase.PRE_PURCHASE, "pre_purchase"),
    ],
)
def test_equal_answers_match_whatever_their_form(key, answer):
    assert matches(answer, make_key(key, SALT), SALT)


@pytest.mark.parametrize(
    ("key", "answer"),
    [
        (0.272, 27.2),  # a percentage is not the fraction
        (0.272, 0.273),
        ("TikTok", "Facebook"),
        ({"regalo", "ritardo"}, ["regalo"]),
        ({"a": 1, "b": 2}, {"a": 1, "b": 3}),
        (52, "52"),
        (52, None),
    ],
)
def test_different_answers_do_not_match(key, answer):
    assert not matches(answer, make_key(key, SALT), SALT)


def test_decimals_set_how_close_a_number_must_be():
    digest = make_key(3.8412, SALT, decimals=2)
    assert matches(3.8388, digest, SALT, decimals=2)
    assert not matches(3.8388, make_key(3.8412, SALT, decimals=3), SALT, decimals=3)


def test_float_noise_at_a_rounding_boundary_still_matches():
    digest = answer_hash(0.1235, SALT)  # written by hand, not with make_key
    assert matches(0.12349999999999, digest, SALT) or matches(0.12350000000001, digest, SALT)
    assert matches(0.1 + 0.2, answer_hash(0.3, SALT), SALT)


def test_make_key_refuses_a_value_on_a_rounding_boundary():
    assert is_fragile(29.25, decimals=1)
    assert not is_fragile(29.25, decimals=2)
    assert is_fragile({"Newsletter": 29.25}, decimals=1)
    with pytest.raises(ValueError, match="arrotondamento"):
        make_key({"Newsletter": 29.25}, SALT, decimals=1)


def test_a_bad_answer_never_raises():
    digest = make_key(1, SALT)
    for strange in (object(), float("nan"), [object()], {"x": {1, 2}}, ...):
        assert matches(strange, digest, SALT) is False


def test_count_matches_scores_a_classification_item_by_item():
    key = make_keys({"Negozio": Phase.PURCHASE, "Newsletter": Phase.PRE_PURCHASE}, SALT)
    assert "purchase" not in str(key.values())
    answers = {
        "negozio": Phase.PURCHASE,
        "Newsletter": Phase.POST_PURCHASE,
        "Altro": Phase.PURCHASE,
    }
    assert count_matches(answers, key, SALT) == 1
    assert count_matches("non è un dizionario", key, SALT) == 0


def test_canonical_form_of_a_dataframe_is_by_column_and_row():
    frame = pd.DataFrame({"roi": [0.5, 1.25]}, index=["shop", "fairs"])
    assert canonical(frame) == canonical({"roi": {"fairs": 1.25, "shop": 0.5}})
