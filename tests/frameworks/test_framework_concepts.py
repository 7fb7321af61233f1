"""Every framework concept has complete bilingual content and is found from free answers."""

from __future__ import annotations

import re
import unicodedata

import pytest

from smm_course.frameworks import bmc, channels, concepts, journey, race, sostac, touchpoints, zmot
from smm_course.frameworks.concepts import fold

CONCEPTS = (
    touchpoints.Phase,
    touchpoints.Nature,
    touchpoints.Control,
    bmc.Block,
    journey.JourneyStage,
    journey.MapRow,
    journey.SwotQuadrant,
    journey.ChannelApproach,
    zmot.Moment,
    zmot.SocialGoal,
    sostac.SostacStage,
    sostac.FiveS,
    race.Kpi,
    race.RaceStage,
    channels.ChannelType,
    channels.ChannelPhase,
    channels.EcosystemTool,
    channels.AutomationUse,
)


MEMBERS = [member for concept in CONCEPTS for member in concept]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_member_has_labels_and_definitions_in_both_languages(member):
    for lang in ("it", "en"):
        assert member.label(lang).strip()
        definition = member.definition(lang)
        assert len(definition) > 20, definition
        assert definition.rstrip()[-1] in ".?!»'", definition
    assert member.definition("it") != member.definition("en")


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.__name__)
def test_ids_are_snake_case_and_unique(concept):
    ids = concept.ids()
    assert len(set(ids)) == len(ids) == len(concept)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda c: c.__name__)
def test_no_spelling_points_at_two_members(concept):
    owner: dict[str, str] = {}
    for member in concept:
        names = (member.id, member.name, member.labels.it, member.labels.en, *member.aliases)
        for name in {fold(n) for n in names}:
            assert owner.setdefault(name, member.name) == member.name, name


def _shout(text: str) -> str:
    """An upper-case, accent-stripped, hyphenated spelling of `text`."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.upper().replace(" ", "-")


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_from_any_accepts_every_spelling(member):
    concept = type(member)
    for spelling in (
        member,
        member.id,
        member.name,
        member.label("it"),
        member.label("en"),
        f"  {member.label('it').upper()} ",
        _shout(member.label("it")),
        _shout(member.label("en")),
        member.id.replace("_", " "),
    ):
        assert concept.from_any(spelling) is member, spelling


def test_from_any_rejects_unknown_and_non_text():
    from smm_course.frameworks.bmc import Block

    for value in ("", "   ", "prezzo", None, 3, ["channels"]):
        assert Block.from_any(value) is None


def test_from_any_reads_italian_answers_with_accents_case_and_hyphens():
    from smm_course.frameworks.journey import JourneyStage, MapRow
    from smm_course.frameworks.touchpoints import Phase

    assert Phase.from_any("Post Acquisto") is Phase.POST_PURCHASE
    assert Phase.from_any("PRE_ACQUISTO") is Phase.PRE_PURCHASE
    assert JourneyStage.from_any("Fidelizzazione") is JourneyStage.RETENTION
    assert JourneyStage.from_any("passaparola") is JourneyStage.ADVOCACY
    assert MapRow.from_any("opportunita") is MapRow.OPPORTUNITIES
    assert MapRow.from_any("punti di contatto") is MapRow.TOUCHPOINTS


def test_text_follows_the_learner_language(lang):
    from smm_course.frameworks.bmc import Block

    expected = {"it": "Proposta di valore", "en": "Value Propositions"}[lang]
    assert Block.VALUE_PROPOSITIONS.label() == expected
    assert str(Block.VALUE_PROPOSITIONS) == expected


def test_framework_modules_stay_light():
    """Importing the frameworks must not pull in widget or plotting libraries."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from smm_course.frameworks import bmc, channels, journey, race\n"
        "from smm_course.frameworks import sostac, touchpoints, zmot\n"
        "heavy = [m for m in ('ipywidgets', 'matplotlib', 'pandas') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert concepts.Concept.__doc__


def test_from_any_tolerates_dashes_and_typographic_apostrophes():
    from smm_course.frameworks.race import Kpi
    from smm_course.frameworks.zmot import Moment

    assert Moment.from_any("ZMOT - momento zero della verità") is Moment.ZMOT
    assert Moment.from_any("fmot — first moment of truth") is Moment.FMOT
    assert Kpi.from_any("Valore medio dell’ordine (AOV)") is Kpi.AOV
