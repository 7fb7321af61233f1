"""JourneyMapBuilder and SWOTGrid."""

from __future__ import annotations

from smm_course.frameworks.journey import JourneyStage, MapRow
from smm_course.widgets import JourneyMapBuilder, SWOTGrid
from smm_course.workbook import Workbook
from tests.widgets.conftest import by_class


def fill_journey(form: JourneyMapBuilder) -> None:
    for n, stage in enumerate(JourneyStage):
        for row in MapRow:
            field = by_class(form, f"smm-journey-{row.id}-{stage.id}")
            field.value = (n % 5) - 2 if row.numeric else f"{row.id} in {stage.id}"
    by_class(form, "smm-journey-touchpoints-awareness").value = "Post Instagram\nVetrina di Via Po"
    by_class(form, "smm-journey-touchpoints-purchase").value = "E-commerce, Negozio di Via Po"


def test_dataframe_has_rows_as_index_and_stages_as_columns():
    form = JourneyMapBuilder()
    fill_journey(form)
    frame = form.to_dataframe()
    assert list(frame.columns) == [s.id for s in JourneyStage]
    assert list(frame.index) == [r.id for r in MapRow]
    assert frame.loc["emotions", "awareness"] == -2
    assert frame.loc["actions", "retention"] == "actions in retention"


def test_emotion_curve_is_redrawn_on_change():
    form = JourneyMapBuilder()
    chart = by_class(form, "smm-journey-chart")
    before = bytes(chart.value)
    assert before[:4] == b"\x89PNG"
    by_class(form, "smm-journey-emotions-purchase").value = 2
    after = bytes(chart.value)
    assert after[:4] == b"\x89PNG" and after != before


def test_full_journey_checks_better_than_empty_and_is_restored():
    form = JourneyMapBuilder()
    empty = form.check()
    fill_journey(form)
    full = form.check()
    assert full.score > empty.score
    again = JourneyMapBuilder()
    assert again.answer == form.answer
    assert by_class(again, "smm-journey-emotions-awareness").value == -2


def test_swot_offers_the_touchpoints_of_the_saved_journey():
    fill_journey(JourneyMapBuilder())
    form = SWOTGrid()
    choices = [v for _, v in by_class(form, "smm-swot-touchpoint").options if v]
    assert choices[:2] == ["Post Instagram", "Vetrina di Via Po"]
    assert {"E-commerce", "Negozio di Via Po", "touchpoints in retention"} <= set(choices)
    assert len(choices) == len(set(choices))


def test_swot_without_journey_uses_example_touchpoints():
    form = SWOTGrid()
    choices = [v for _, v in by_class(form, "smm-swot-touchpoint").options if v]
    assert "Negozio fisico" in choices


def test_swot_refresh_button_reads_a_journey_saved_after_the_form_opened():
    swot = SWOTGrid()
    by_class(swot, "smm-swot-touchpoint").value = "Negozio fisico"
    fill_journey(JourneyMapBuilder())  # the map is written after the SWOT form was shown
    by_class(swot, "smm-swot-refresh").click()
    choices = [v for _, v in by_class(swot, "smm-swot-touchpoint").options if v]
    assert "Post Instagram" in choices
    assert by_class(swot, "smm-swot-touchpoint").value == "Negozio fisico"  # choice kept
    assert Workbook.open().answer("l03.swot")["touchpoint"] == "Negozio fisico"


def test_swot_check_save_and_restore():
    form = SWOTGrid(touchpoints=["Negozio di Via Po", "E-commerce"])
    by_class(form, "smm-swot-touchpoint").value = "E-commerce"
    half = form.check()
    assert not half.passed
    texts = {
        "strengths": "Schede prodotto curate con foto del laboratorio",
        "weaknesses": "Spedizioni lente nei mesi caldi",
        "opportunities": "Crescita degli acquisti online di regali aziendali",
        "threats": "Concorrenti più grandi con consegna in giornata",
    }
    for quadrant, text in texts.items():
        by_class(form, f"smm-swot-{quadrant}").value = text
    full = form.check()
    assert full.passed and full.score == full.max_score == 4
    stored = Workbook.open().answer("l03.swot")
    assert stored == {"touchpoint": "E-commerce", **texts}
    again = SWOTGrid(touchpoints=["Negozio di Via Po"])
    assert by_class(again, "smm-swot-touchpoint").value == "E-commerce"
    assert again.answer == stored


def test_journey_boxes_have_room_to_write():
    """Each box is at least 140px wide (the grid scrolls sideways) and 96px high."""
    form = JourneyMapBuilder()
    grid = form.inputs.children[0]
    assert "minmax(140px, 1fr)" in grid.layout.grid_template_columns
    assert grid.layout.overflow == "auto"
    assert by_class(form, "smm-journey-actions-awareness").layout.height == "96px"
