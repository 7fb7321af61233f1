"""No checker raises, whatever it is given; the safety net is not what saves it."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smm_course import checks
from smm_course.checks import Exercise, Feedback
from smm_course.frameworks.touchpoints import Phase

SCALARS = (
    st.none()
    | st.just(...)
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=300)
    | st.sampled_from(
        [
            "<script>alert(1)</script>",
            "😀🍫" * 50,
            "entro il 31/12/2027 +15% follower Instagram",
            "1" * 5000,
            "1." * 3000,
            " " * 5000,
            "{0} {missing} %s",
            "pre-acquisto",
            Phase.PURCHASE,
        ]
    )
    | st.binary(max_size=20)
    | st.complex_numbers()
)
JUNK = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.sets(st.integers() | st.text(max_size=5), max_size=4)
        | st.dictionaries(st.text(max_size=20) | st.integers() | st.none(), inner, max_size=6)
    ),
    max_leaves=25,
)
ANYTHING = JUNK | st.from_type(type).flatmap(st.from_type)

CHECKERS = [
    checks.check_smart,
    checks.check_canvas,
    checks.check_journey,
    checks.check_swot,
    lambda x: checks.check_number(x, 0.042, kpi=x),
    lambda x: checks.check_number(1.0, x),
    lambda x: checks.check_classification(x, {"Newsletter": Phase.PURCHASE}, Phase),
    lambda x: checks.check_classification({"Newsletter": "acquisto"}, x, Phase),
    checks.check_touchpoint_phase,
    checks.check_touchpoint_nature,
    checks.check_touchpoint_control,
    checks.check_channel_type,
    lambda x: checks.check_bmc_block(x, {"Piattaforma tecnologica": "key_resources"}),
    lambda x: checks.check_zmot_moment(x, {"Recensioni": "zmot"}),
    lambda x: checks.check_sostac_stage(x, {"KPI mensili": "control"}),
    lambda x: checks.check_race_stage(x, {"Newsletter fedeltà": "engage"}),
    lambda x: checks.check_channel_phase(x, {"Consegna a domicilio": "delivery"}),
]


def _assert_graceful(fb: object) -> None:
    assert isinstance(fb, Feedback)
    assert not fb.details.get("error"), fb.messages
    assert isinstance(fb.to_text(), str)
    page = fb.to_html()
    assert "<script" not in page and "<img" not in page


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=ANYTHING)
def test_no_checker_raises(value: object) -> None:
    for checker in CHECKERS:
        _assert_graceful(checker(value))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=JUNK, lang=st.none() | st.text(max_size=5) | st.sampled_from(["it", "en", "EN_us"]))
def test_mappings_of_junk_in_every_slot(value: object, lang: object) -> None:
    canvas = {"customer_segments": value, "value_propositions": [value, value], "channels": value}
    journey = {"awareness": {"emotions": value, "touchpoints": value}, "purchase": value}
    _assert_graceful(checks.check_canvas(canvas, lang=lang))
    _assert_graceful(checks.check_journey(journey, lang=lang))
    _assert_graceful(checks.check_swot({"strengths": value, "touchpoint": value}, lang=lang))
    _assert_graceful(checks.check_smart(str(value)[:500], lang=lang))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(value=ANYTHING, n=st.none() | st.integers() | st.floats() | st.text(max_size=3))
def test_exercise_never_raises(value: object, n: object) -> None:
    ex = Exercise("l00.demo", checks.check_smart, hints=["uno", "due"], solution="x")
    _assert_graceful(ex.check(value))
    assert isinstance(ex.hint(n), str)  # type: ignore[arg-type]


def test_huge_and_hostile_inputs() -> None:
    big = "<img src=x>" + "Instagram +15% entro giugno 😀 " * 4000
    for checker in CHECKERS:
        _assert_graceful(checker(big))
        _assert_graceful(checker({big: big}))
    nested: object = "x"
    for _ in range(200):
        nested = [nested, {"k": nested}]
    for checker in CHECKERS:
        _assert_graceful(checker(nested))


def test_importing_checks_loads_no_heavy_library() -> None:
    code = (
        "import sys, smm_course.checks\n"
        "heavy = [m for m in ('ipywidgets', 'matplotlib', 'pandas') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
