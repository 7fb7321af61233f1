"""The bold-term scan used on lessons accepts framework labels and rejects anything else."""

from __future__ import annotations

from smm_course.frameworks.bmc import Block
from smm_course.frameworks.journey import JourneyStage
from smm_course.frameworks.touchpoints import Control, Phase
from tests.lessons.helpers import unknown_bold_terms


def test_labels_ids_and_italian_endings_pass() -> None:
    text = (
        f"**{Phase.PRE_PURCHASE.label('it')}**, **{Block.KEY_RESOURCES.label('it')}**, "
        f"**{JourneyStage.ADVOCACY.label('en')}**, **Post-acquisto**, **gestiti**, "
        f"**{Control.SPONTANEOUS.id}**, **Relazioni con i\n   clienti**"
    )
    assert unknown_bold_terms(text) == []


def test_misspelled_label_fails() -> None:
    assert unknown_bold_terms("Il touchpoint **pre-aquisto** arriva prima.") == ["pre-aquisto"]
    assert unknown_bold_terms("**Segmenti di clentela** e **Risorse chaive**") == [
        "Segmenti di clentela",
        "Risorse chaive",
    ]


def test_plain_emphasis_in_bold_fails() -> None:
    assert unknown_bold_terms("**Attenzione**: leggi bene.") == ["Attenzione"]
