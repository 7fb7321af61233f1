"""The Business Model Canvas: numbering, guiding questions and the layout of the nine blocks."""

from __future__ import annotations

from smm_course.frameworks.bmc import (
    CANVAS_ORDER,
    CREDIT,
    FACEBOOK_KEY_RESOURCE,
    GRID_COLS,
    GRID_ROWS,
    Block,
    GridPosition,
)


def test_nine_blocks_numbered_as_in_the_course():
    assert [b.number for b in Block] == list(range(1, 10))
    assert Block.CUSTOMER_SEGMENTS.number == 1
    assert Block.VALUE_PROPOSITIONS.number == 2
    assert Block.KEY_PARTNERS.number == 8
    assert Block.COST_STRUCTURE.number == 9


def test_blocks_tile_the_grid_exactly_without_overlaps():
    covered: list[tuple[int, int]] = []
    for block in Block:
        pos = block.position
        assert isinstance(pos, GridPosition)
        assert pos.row >= 0 and pos.row + pos.rowspan <= GRID_ROWS
        assert pos.col >= 0 and pos.col + pos.colspan <= GRID_COLS
        covered.extend(pos.cells())
    assert len(covered) == len(set(covered)) == GRID_ROWS * GRID_COLS


def test_canonical_layout():
    pos = {b: b.position for b in Block}
    assert pos[Block.KEY_PARTNERS] == GridPosition(0, 0, 2, 2)
    assert pos[Block.VALUE_PROPOSITIONS] == GridPosition(0, 4, 2, 2)
    assert pos[Block.CUSTOMER_SEGMENTS] == GridPosition(0, 8, 2, 2)
    # Activities above resources, relationships above channels.
    assert pos[Block.KEY_ACTIVITIES].col == pos[Block.KEY_RESOURCES].col
    assert pos[Block.KEY_ACTIVITIES].row < pos[Block.KEY_RESOURCES].row
    assert pos[Block.CUSTOMER_RELATIONSHIPS].col == pos[Block.CHANNELS].col
    assert pos[Block.CUSTOMER_RELATIONSHIPS].row < pos[Block.CHANNELS].row
    # Bottom row split in half: costs left, revenues right.
    costs, revenues = pos[Block.COST_STRUCTURE], pos[Block.REVENUE_STREAMS]
    assert costs.row == revenues.row == GRID_ROWS - 1
    assert costs.colspan == revenues.colspan == GRID_COLS // 2
    assert costs.col < revenues.col


def test_canvas_order_reads_left_to_right_top_to_bottom():
    assert set(CANVAS_ORDER) == set(Block) and len(CANVAS_ORDER) == 9
    corners = [(b.position.row, b.position.col) for b in CANVAS_ORDER]
    assert corners == sorted(corners)
    assert CANVAS_ORDER[0] is Block.KEY_PARTNERS
    assert CANVAS_ORDER[-1] is Block.REVENUE_STREAMS


def test_every_block_has_two_to_four_guiding_questions_in_both_languages():
    for block in Block:
        it, en = block.questions("it"), block.questions("en")
        assert 2 <= len(it) <= 4 and len(it) == len(en), block
        assert all(q.endswith("?") for q in it + en), block
        assert len(set(it)) == len(it)


def test_questions_follow_the_learner_language(lang):
    expected = Block.CHANNELS.questions(lang)
    assert Block.CHANNELS.questions() == expected


def test_credit_and_facebook_example():
    for lang in ("it", "en"):
        credit = CREDIT.get(lang)
        assert "Strategyzer" in credit and "strategyzer.com" in credit
        assert "CC BY-SA 3.0" in credit
        assert "Facebook" in FACEBOOK_KEY_RESOURCE.get(lang)
    assert "piattaforma tecnologica" in FACEBOOK_KEY_RESOURCE.it
    assert "technology platform" in FACEBOOK_KEY_RESOURCE.en
