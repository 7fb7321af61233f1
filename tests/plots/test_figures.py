"""Every course picture renders at 1280 px, draws its labels, and survives hostile input."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from smm_course.errors import UserError
from smm_course.frameworks import bmc
from smm_course.frameworks.channels import ChannelPhase
from smm_course.frameworks.journey import JourneyStage, MapRow
from smm_course.frameworks.race import RaceStage
from smm_course.frameworks.touchpoints import EXAMPLES, Control, Nature, Phase
from smm_course.plots import (
    WIDTH_PX,
    attribution_figure,
    canvas_figure,
    channel_heatmap_figure,
    funnel_figure,
    journey_figure,
    progress_figure,
    save_figure,
    touchpoint_matrix_figure,
)


def texts(fig: Figure) -> list[str]:
    return [a.get_text() for a in fig.findobj(Text) if a.get_text()]


def joined(fig: Figure) -> str:
    return "\n".join(texts(fig))


FUNNEL = {"reach": 120_000, "act": 5_200, "convert": 310, "engage": 95}
CHANNELS = {
    "Negozio fisico": {p.id: True for p in ChannelPhase},
    "Marketplace": {"awareness": True, "purchase": True, "delivery": False},
    "Instagram": {"awareness": 0.9, "evaluation": 0.6, "after_sales": 0.2, "type": "indirect"},
}
PROGRESS = [
    {"lesson": "l01", "done": 3, "passed": 2, "attempts": 5, "total": 4},
    {"lesson": "l02", "done": 0, "passed": 0, "attempts": 0, "total": 3},
]


def all_figures(canvas, journey) -> dict[str, Figure]:
    return {
        "canvas": canvas_figure(canvas),
        "journey": journey_figure(journey),
        "funnel": funnel_figure(FUNNEL),
        "touchpoints": touchpoint_matrix_figure(EXAMPLES),
        "channels": channel_heatmap_figure(CHANNELS),
        "progress": progress_figure(PROGRESS),
        "attribution": attribution_figure({"last": {"Instagram": 2.0, "E-commerce": 5.0}}),
    }


def test_every_picture_saves_png_and_pdf_1280_px_wide(
    tmp_path, sample_canvas, sample_journey, png_size
):
    for name, fig in all_figures(sample_canvas, sample_journey).items():
        written = save_figure(fig, tmp_path / f"{name}.png")
        assert [p.suffix for p in written] == [".png", ".pdf"]
        width, height = png_size(written[0])
        assert width == WIDTH_PX, name
        assert 400 <= height <= 1600, name
        assert written[1].read_bytes().startswith(b"%PDF")
        assert written[1].stat().st_size > 1000


def test_canvas_draws_every_block_number_label_and_the_credit(sample_canvas):
    fig = canvas_figure(sample_canvas)
    drawn = joined(fig)
    for block in bmc.Block:
        assert f"{block.number}  {block.label('it')}" in drawn
    assert bmc.CREDIT.get("it") in drawn
    assert "Cioccolato artigianale" in drawn


def test_canvas_labels_follow_the_language(sample_canvas):
    drawn = joined(canvas_figure(sample_canvas, lang="en"))
    assert "Customer Segments" in drawn
    assert bmc.CREDIT.get("en") in drawn


def test_empty_block_shows_its_guiding_question_in_grey_italic():
    fig = canvas_figure({"customer_segments": "Famiglie"})
    questions = [a for a in fig.findobj(Text) if (a.get_gid() or "").endswith(":question")]
    assert len(questions) == 8
    first = next(a for a in questions if a.get_gid() == "block:key_partners:question")
    assert first.get_style() == "italic"
    assert first.get_color() != "black"
    assert bmc.Block.KEY_PARTNERS.questions("it")[0].split()[0] in first.get_text()


def _block_extents(fig: Figure) -> dict[str, object]:
    renderer = fig.canvas.get_renderer()
    boxes = {}
    for patch in fig.axes[0].patches:
        gid = patch.get_gid() or ""
        if gid.startswith("block:"):
            boxes[gid] = patch.get_window_extent(renderer)
    return boxes


def _inside(inner, outer, tol=1.0) -> bool:
    return (
        inner.x0 >= outer.x0 - tol
        and inner.x1 <= outer.x1 + tol
        and inner.y0 >= outer.y0 - tol
        and inner.y1 <= outer.y1 + tol
    )


@pytest.mark.parametrize("dpi", [100, 72])
def test_long_hostile_text_stays_inside_every_block(dpi, long_text):
    canvas = {block.id: long_text for block in bmc.Block}
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no glyph or mathtext warning leaks out
        fig = canvas_figure(canvas, title="<b>" + "Nome lunghissimo " * 40)
        fig.set_dpi(dpi)
        fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = _block_extents(fig)
    assert len(boxes) == 9
    for artist in fig.findobj(Text):
        gid = artist.get_gid() or ""
        if not gid.startswith("block:") or not artist.get_text():
            continue
        block_gid = ":".join(gid.split(":")[:2])
        extent = artist.get_window_extent(renderer)
        assert _inside(extent, boxes[block_gid]), (gid, extent, boxes[block_gid])
    bodies = [a for a in fig.findobj(Text) if (a.get_gid() or "").endswith(":text")]
    assert len(bodies) == 9
    assert all(a.get_text().endswith("…") for a in bodies)
    note = [a for a in fig.findobj(Text) if a.get_gid() == "canvas:note"]
    assert note and "1, 2, 3" in note[0].get_text()
    title = next(a for a in fig.findobj(Text) if a.get_gid() == "canvas:title")
    assert title.get_window_extent(renderer).x1 <= fig.bbox.width


def test_text_that_fits_is_not_truncated(sample_canvas):
    fig = canvas_figure(sample_canvas)
    assert not [a for a in fig.findobj(Text) if a.get_gid() == "canvas:note"]
    body = next(a for a in fig.findobj(Text) if a.get_gid() == "block:channels:text")
    assert body.get_text().replace("\n", " ") == sample_canvas["channels"]


def test_canvas_ignores_unknown_keys_and_accepts_labels():
    drawn = joined(canvas_figure({"Proposta di valore": "Praline", "nonsense": "IGNORED", 3: "x"}))
    assert "Praline" in drawn
    assert "IGNORED" not in drawn


def test_journey_draws_stages_rows_and_the_emotion_curve(sample_journey):
    fig = journey_figure(sample_journey)
    drawn = joined(fig)
    for stage in JourneyStage:
        assert stage.label("it") in drawn
    for row in (MapRow.ACTIONS, MapRow.TOUCHPOINTS, MapRow.EMOTIONS, MapRow.PAIN_POINTS):
        assert row.label("it") in drawn
    curve = next(
        line for ax in fig.axes for line in ax.lines if line.get_gid() == "journey:emotion_curve"
    )
    assert list(curve.get_ydata()) == [1, 0, -1, 2, 1]


def test_journey_accepts_a_dataframe_and_clamps_emotions(sample_journey):
    frame = pd.DataFrame(sample_journey)
    frame.loc["emotions", "retention"] = 7
    frame.loc["emotions", "advocacy"] = "molto bene"
    fig = journey_figure(frame)
    curve = next(
        line for ax in fig.axes for line in ax.lines if line.get_gid() == "journey:emotion_curve"
    )
    ys = list(curve.get_ydata())
    assert ys[3] == 2
    assert pd.isna(ys[4])
    assert "Legge le recensioni" in joined(fig)


def test_journey_long_text_stays_in_its_cell(sample_journey, long_text):
    sample_journey["purchase"]["pain_points"] = long_text
    fig = journey_figure(sample_journey)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    cell = next(p for p in fig.axes[0].patches if p.get_gid() == "cell:purchase:pain_points")
    text = next(a for a in fig.findobj(Text) if a.get_gid() == "cell:purchase:pain_points:text")
    assert _inside(text.get_window_extent(renderer), cell.get_window_extent(renderer))


def test_funnel_shows_stage_labels_and_conversion_rates():
    drawn = joined(funnel_figure(FUNNEL))
    for stage in (RaceStage.REACH, RaceStage.ACT, RaceStage.CONVERT, RaceStage.ENGAGE):
        assert stage.label("it") in drawn
    assert "4,3 %" in drawn  # 5200 / 120000
    assert "30,6 %" in drawn  # 95 / 310
    assert "120.000" in drawn


def test_funnel_accepts_pairs_and_handles_zero_and_bad_values():
    drawn = joined(funnel_figure([("Visite", 0), ("Ordini", 0)], lang="en"))
    assert "Visite" in drawn and "n/a" in drawn
    with pytest.raises(UserError, match="Ordini"):
        funnel_figure([("Visite", 10), ("Ordini", -1)])
    with pytest.raises(UserError):
        funnel_figure({})


def test_touchpoint_matrix_counts_each_phase_and_nature():
    fig = touchpoint_matrix_figure(EXAMPLES)
    drawn = joined(fig)
    for concept in (*Phase, *Nature):
        assert concept.label("it") in drawn
    counts = {
        a.get_gid(): int(a.get_text())
        for a in fig.findobj(Text)
        if (a.get_gid() or "").startswith("count:")
    }
    for phase in Phase:
        for nature in Nature:
            expected = sum(1 for tp in EXAMPLES if phase in tp.phases and tp.nature is nature)
            assert counts[f"count:{phase.id}:{nature.id}"] == expected
    assert "Newsletter" in drawn


def test_touchpoint_matrix_reads_records_and_marks_control():
    records = [
        {
            "name": "Recensioni <Google>",
            "phase": "pre_purchase",
            "also_phases": "post_purchase",
            "nature": "digitale",
            "control": "spontaneo",
        },
        {"name": "Negozio", "phases": ["acquisto"], "nature": "physical", "control": "managed"},
        {"name": "???", "phase": None, "nature": "x", "control": None},
    ]
    fig = touchpoint_matrix_figure(pd.DataFrame(records))
    names = [
        (a.get_text(), a.get_color())
        for a in fig.findobj(Text)
        if (a.get_gid() or "").startswith("names:")
    ]
    spontaneous = [c for text, c in names if "Recensioni" in text]
    managed = [c for text, c in names if "Negozio" in text]
    assert len(spontaneous) == 2 and len(managed) == 1
    assert spontaneous[0] != managed[0]
    assert Control.SPONTANEOUS.label("it") in joined(fig)
    assert "1 senza fase" in joined(fig)


def test_channel_heatmap_draws_channels_phases_and_types():
    fig = channel_heatmap_figure(CHANNELS)
    drawn = joined(fig)
    for phase in ChannelPhase:
        assert phase.label("it") in drawn
    for name in CHANNELS:
        assert name in drawn
    types = [
        a.get_text() for a in fig.findobj(Text) if (a.get_gid() or "").startswith("channels:type:")
    ]
    assert types == ["diretto", "indiretto", "indiretto"]


def test_channel_heatmap_reads_the_case_study_table():
    data = pytest.importorskip("smm_course.data")
    frame = data.channels()
    fig = channel_heatmap_figure(frame)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == list(frame["name"])


def test_progress_figure_draws_each_lesson_and_survives_bad_rows():
    rows = [*PROGRESS, {"lesson": "l03", "done": "?", "passed": None, "total": -2}, "junk"]
    fig = progress_figure(rows)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["l01", "l02", "l03"]
    assert "2/4" in joined(fig)


def test_progress_figure_when_nothing_is_done():
    assert "nessun esercizio" in joined(progress_figure([])).lower()


def test_save_figure_rejects_unknown_formats(tmp_path):
    with pytest.raises(ValueError, match="bmp"):
        save_figure(funnel_figure(FUNNEL), tmp_path / "x", formats=("bmp",))
