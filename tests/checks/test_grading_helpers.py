"""Helpers of the graded notebooks' hidden tests: item-by-item reports that name what to review
without the answer, value comparisons, charts read bar by bar, and "computed, not typed"."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from smm_course.checks.keys import (
    computed_from,
    item_report,
    make_keys,
    misses,
    parse_choices,
    parse_nested_choices,
    require,
)
from smm_course.checks.numeric import (
    bar_mismatches,
    bars_at_ticks,
    differing,
    series_by_colour,
)
from smm_course.frameworks.touchpoints import Control, Phase

SALT = "m00_prova"
KEY = make_keys(
    {
        "Negozio di Via Po": Phase.PURCHASE,
        "Newsletter": Phase.PRE_PURCHASE,
        "Recensione": Phase.POST_PURCHASE,
    },
    SALT,
)


def test_misses_lists_wrong_blank_and_absent_items_in_key_order():
    answers = parse_choices({"negozio di via po": "acquisto", "Newsletter": ...}, Phase)
    assert answers["Newsletter"] is None
    assert misses(answers, KEY, SALT) == ["Newsletter", "Recensione"]
    assert misses("not a mapping", KEY, SALT) == list(KEY)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("it", ("Risposte giuste: 1 su 3", "Da rivedere", "n. 2 «Newsletter»", "n. 3")),
        ("en", ("Right answers: 1 of 3", "To review", "no. 2 «Newsletter»", "no. 3")),
    ],
)
def test_item_report_names_the_items_but_never_the_answer(lang, words):
    answers = {"Negozio di Via Po": Phase.PURCHASE, "Newsletter": Phase.POST_PURCHASE}
    passed, message = item_report(answers, KEY, SALT, need=2, lang=lang)
    assert not passed
    assert all(w in message for w in words), message
    for answer in Phase:
        assert answer.label("it") not in message and answer.id not in message
    assert not any(digest in message for digest in KEY.values())


def test_item_report_passes_at_the_threshold_and_names_fields():
    nested = parse_nested_choices(
        {"Cassa": {"fase": "acquisto", "controllo": "boh"}}, {"fase": Phase, "controllo": Control}
    )
    assert nested == {"Cassa|fase": Phase.PURCHASE, "Cassa|controllo": None}
    key = make_keys({"Cassa|fase": Phase.PURCHASE, "Cassa|controllo": Control.MANAGED}, SALT)
    passed, message = item_report(nested, key, SALT, need=1, lang="it")
    assert passed and "n. 2 «Cassa» (controllo)" in message
    assert parse_nested_choices(None, {"fase": Phase}) == {}


def test_differing_compares_values_by_key_with_a_tolerance():
    expected = {"Instagram": 19.34, "TikTok": 54.0}
    assert differing(pd.Series({"Instagram": 19.340001, "TikTok": 54.0}), expected) == []
    assert differing({"Instagram": 19.34}, expected) == ["TikTok"]
    assert differing({"Instagram": float("nan"), "TikTok": "x"}, expected) == [
        "Instagram",
        "TikTok",
    ]
    assert differing(42, expected) == ["Instagram", "TikTok"]


def test_bars_are_read_under_their_tick_labels():
    table = pd.DataFrame(
        {"managed": [15, 10, 8], "spontaneous": [7, 0, 2]}, index=["pre", "acq", "post"]
    )
    fig, ax = plt.subplots()
    table.plot.bar(ax=ax, stacked=True)
    drawn = bars_at_ticks(ax)
    assert sorted(v for v, _ in drawn["pre"]) == [7.0, 15.0]
    assert bar_mismatches(ax, {"pre": [15, 7], "acq": [10, 0], "post": [8, 2]}) == []
    assert sorted(tuple(s.values()) for s in series_by_colour(ax)) == [
        (7.0, 0.0, 2.0),
        (15.0, 10.0, 8.0),
    ]
    permuted = {"pre": [8, 2], "acq": [15, 7], "post": [10, 0]}
    assert bar_mismatches(ax, permuted) == ["pre", "acq", "post"]
    plt.close(fig)


def test_horizontal_bars_and_unreadable_charts():
    fig, ax = plt.subplots()
    ax.barh(["Reach", "Act"], [1000, 70])
    assert bar_mismatches(ax, {"Reach": 1000, "Act": 70}, axis="y") == []
    assert bar_mismatches(ax, {"Reach": 70, "Act": 1000, "Convert": 5}, axis="y") == [
        "Reach",
        "Act",
        "Convert",
    ]
    assert bars_at_ticks("not an axes") == {}
    plt.close(fig)


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (["x = 1", 'da_rivedere = str(kpi["roas"].idxmin())'], True),
        (['t = kpi["roas"]\nda_rivedere = t.idxmin()'], True),
        (['da_rivedere = "TikTok"  # kpi["roas"].idxmin()'], False),
        (["da_rivedere = f\"{'TikTok'}\""], False),
        (['da_rivedere = str(kpi["roas"].idxmin())', 'da_rivedere = "TikTok"'], False),
        (['da_rivedere = "TikTok"', 'print(da_rivedere == "TikTok")'], False),
        (["da_rivedere = min(['TikTok'])"], False),
        (["%%time\nda_rivedere = kpi.roas.idxmin()"], False),
        ([], False),
    ],
)
def test_computed_from_reads_the_cell_that_assigns_the_answer(history, expected):
    assert computed_from("da_rivedere", ["kpi", "campagne"], history) is expected


@pytest.mark.parametrize(
    "strange", [None, ..., object(), 42, "testo", [1, 2], {"x": {1, 2}}, float("nan")]
)
def test_the_helpers_never_raise_on_strange_answers(strange):
    assert isinstance(parse_choices(strange, Phase), dict)
    passed, message = item_report(strange, KEY, SALT, need=1, lang="it")
    assert not passed and "Risposte giuste: 0 su 3" in message
    assert differing(strange, {"a": 1.0}) == ["a"]
    assert bar_mismatches(strange, {"a": 1.0}) == ["a"]
    assert series_by_colour(strange) == []
    assert computed_from("x", ["kpi"], [strange]) is False


def test_require_prints_its_message_before_failing(capsys):
    require(True, "mai")
    assert capsys.readouterr().out == ""
    with pytest.raises(AssertionError, match=r"Da rivedere: n\. 2"):
        require(False, "Da rivedere: n. 2")
    assert capsys.readouterr().out == "Da rivedere: n. 2\n"
