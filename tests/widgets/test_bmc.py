"""BMCForm: canvas layout, check, restore and PNG/PDF export."""

from __future__ import annotations

from pypdf import PdfReader

from smm_course.frameworks import bmc
from smm_course.widgets import BMCForm
from smm_course.workbook import Workbook
from tests.widgets.conftest import by_class

CANVAS = {
    "customer_segments": "Famiglie di Torino che regalano cioccolato\n"
    "Aziende per i regali di Natale",
    "value_propositions": "Per le famiglie: pralines artigianali fresche\nPer le aziende: "
    "confezioni regalo personalizzate",
    "channels": "Negozio di Via Po\nE-commerce dolcevetta.example\nAgenti per le aziende",
    "customer_relationships": "Assistenza personale in negozio per le famiglie\n"
    "Referente dedicato per le aziende",
    "revenue_streams": "Vendita di tavolette e gianduiotti alle famiglie\n"
    "Ordini di regali aziendali dalle aziende",
    "key_resources": "Laboratorio artigiano e ricette della casa",
    "key_activities": "Produzione artigianale, confezionamento, vendita online",
    "key_partners": "Fornitori di cacao, corrieri per le spedizioni",
    "cost_structure": "Cacao e materie prime dei fornitori, laboratorio, personale per "
    "produzione e vendita, corrieri",
}


def test_blocks_sit_where_the_canvas_puts_them():
    form = BMCForm()
    for block in bmc.Block:
        area = by_class(form, f"smm-bmc-{block.id}")
        cell = next(c for c in form.inputs.children[0].children if area in c.children)
        pos = block.position
        assert cell.layout.grid_area == (
            f"{pos.row + 1} / {pos.col + 1} / span {pos.rowspan} / span {pos.colspan}"
        )
        assert block.questions()[0] in area.placeholder
    grid = form.inputs.children[0]
    assert "repeat(10" in grid.layout.grid_template_columns
    assert "repeat(3" in grid.layout.grid_template_rows


def test_typing_saves_the_draft_and_rebuilding_restores_it():
    form = BMCForm()
    form.blocks["key_partners"].value = "Fornitori di cacao"
    assert Workbook.open().answer("l02.canvas")["key_partners"] == "Fornitori di cacao"
    again = BMCForm()
    assert again.blocks["key_partners"].value == "Fornitori di cacao"
    assert again.answer["key_partners"] == "Fornitori di cacao"


def test_empty_canvas_fails_and_full_canvas_scores_more():
    form = BMCForm()
    empty = form.check()
    assert not empty.passed
    assert "smm-feedback--fail" in form.feedback.value
    form.answer = CANVAS
    full = form.check()
    assert full.score > empty.score
    assert full.details["missing"] == []
    attempts = Workbook.open().attempts("l02.canvas")
    assert [a["score"] for a in attempts] == [full.score]  # an empty check is no attempt


def test_answer_accepts_labels_and_blocks_as_keys():
    form = BMCForm()
    form.answer = {"Segmenti di clientela": "Famiglie", bmc.Block.CHANNELS: "Negozio"}
    assert form.blocks["customer_segments"].value == "Famiglie"
    assert form.blocks["channels"].value == "Negozio"


def test_export_writes_png_and_pdf_and_shows_paths(tmp_path):
    form = BMCForm(export_dir=tmp_path / "out")
    form.answer = CANVAS
    by_class(form, "smm-bmc-export").click()
    paths = form.exported
    assert sorted(p.suffix for p in paths) == [".pdf", ".png"]
    assert all(p.exists() and p.stat().st_size > 1000 for p in paths)
    assert paths[0].read_bytes()[:4] == b"\x89PNG" or paths[1].read_bytes()[:4] == b"\x89PNG"
    pdf = next(p for p in paths if p.suffix == ".pdf")
    assert "Famiglie" in PdfReader(pdf).pages[0].extract_text()
    shown = by_class(form, "smm-bmc-export-paths").value
    assert all(str(p) in shown for p in paths)


def test_export_defaults_to_the_course_home(_isolated_learner):
    form = BMCForm()
    paths = form.export()
    assert paths and all(p.parent == _isolated_learner / "export" for p in paths)


def test_export_problem_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    form = BMCForm(export_dir=blocker / "sub")
    assert form.export() == []
    assert "smm-warning" in by_class(form, "smm-bmc-export-paths").value
