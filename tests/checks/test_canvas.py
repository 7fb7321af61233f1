"""check_canvas: completeness of the nine blocks and the four consistency rules."""

from __future__ import annotations

from smm_course.checks import check_canvas
from smm_course.frameworks.bmc import Block

GOOD = {
    "customer_segments": "Famiglie torinesi, turisti in visita a Torino, aziende per i regali",
    "value_propositions": (
        "Cioccolato artigianale fatto a mano per famiglie e turisti; box su misura per aziende"
    ),
    "channels": "Negozio di via Po, e-commerce dolcevetta.example, Instagram",
    "customer_relationships": (
        "Assistenza personale in negozio, newsletter mensile, tessera fedeltà"
    ),
    "revenue_streams": (
        "Vendita di praline e tavolette in negozio e online; ordini delle aziende a Natale"
    ),
    "key_resources": "Laboratorio di produzione, maestri cioccolatieri, ricette di famiglia",
    "key_activities": "Produzione artigianale, confezionamento, gestione dei social",
    "key_partners": "Fornitori di cacao, corriere per le spedizioni, pasticcerie partner",
    "cost_structure": "Materie prime dai fornitori di cacao, personale del laboratorio, spedizioni",
}


def test_complete_consistent_canvas_passes() -> None:
    fb = check_canvas(GOOD, lang="it")
    assert fb.passed and fb.score == fb.max_score == 13
    assert fb.details["missing"] == [] and fb.details["too_short"] == []
    assert all(fb.details["consistency"].values())


def test_block_keys_may_be_members_or_labels() -> None:
    by_label = {Block.from_any(k).label("it"): v for k, v in GOOD.items()}
    assert check_canvas(by_label).passed
    by_member = {Block.from_any(k): v for k, v in GOOD.items()}
    assert check_canvas(by_member).passed


def test_missing_and_short_blocks_are_named_in_the_learner_language() -> None:
    canvas = dict(GOOD)
    del canvas["key_partners"]
    canvas["channels"] = "Instagram"
    fb = check_canvas(canvas, lang="en")
    assert not fb.passed
    assert fb.details["missing"] == ["key_partners"]
    assert fb.details["too_short"] == ["channels"]
    text = "\n".join(fb.messages)
    assert f"«{Block.KEY_PARTNERS.label('en')}»" in text
    assert f"«{Block.CHANNELS.label('en')}» block is too short" in text


def test_value_proposition_must_name_a_segment() -> None:
    canvas = dict(
        GOOD, value_propositions="Qualità superiore, ingredienti selezionati, gusto unico"
    )
    fb = check_canvas(canvas, lang="it")
    assert fb.details["consistency"]["value_names_segment"] is False
    assert any(
        Block.VALUE_PROPOSITIONS.label("it") in m and Block.CUSTOMER_SEGMENTS.label("it") in m
        for m in fb.messages
    )


def test_costs_must_cover_resources_activities_or_partners() -> None:
    canvas = dict(GOOD, cost_structure="Affitto, bollette e tasse varie")
    fb = check_canvas(canvas, lang="it")
    assert fb.details["consistency"]["costs_cover_resources"] is False
    assert fb.score == 12


def test_revenue_needs_a_segment_or_a_way_to_pay() -> None:
    fb = check_canvas(dict(GOOD, revenue_streams="Tante belle cose buone"), lang="it")
    assert fb.details["consistency"]["revenue_for_segment"] is False
    fb = check_canvas(dict(GOOD, revenue_streams="Abbonamento mensile alla box degustazione"))
    assert fb.details["consistency"]["revenue_for_segment"] is True


def test_segments_need_channels_and_relationships() -> None:
    canvas = dict(GOOD, channels="", customer_relationships="")
    fb = check_canvas(canvas, lang="it")
    assert fb.details["consistency"]["segment_has_channel_and_relationship"] is False
    assert set(fb.details["missing"]) == {"channels", "customer_relationships"}


def test_not_a_mapping_and_unknown_blocks() -> None:
    fb = check_canvas("tutto il canvas in una frase", lang="it")
    assert not fb.passed and "dizionario" in fb.messages[0]
    assert len(fb.details["missing"]) == 9
    fb = check_canvas(dict(GOOD, mission="Rendere felici i golosi"), lang="it")
    assert any("mission" in m for m in fb.messages)


def test_sticky_notes_as_lists_are_joined() -> None:
    canvas = dict(GOOD, channels=["Negozio di via Po", "e-commerce", "Instagram"])
    assert check_canvas(canvas).passed
