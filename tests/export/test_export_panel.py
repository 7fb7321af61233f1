"""ExportPanel: the export button of lesson 07."""

from __future__ import annotations

from smm_course.export.sections import DOCUMENT_ID, SECTIONS
from tests.export.conftest import Page


def _panel(book, folder, **options):
    from smm_course.widgets.export_panel import ExportPanel

    return ExportPanel(workbook=book, out_dir=folder, **options)


def test_button_writes_the_ticked_formats_and_records_the_capstone(full_workbook, tmp_path):
    panel = _panel(full_workbook, tmp_path / "out")
    assert "smm-export-run" in panel.run_button._dom_classes
    assert "smm-export-result" in panel.result._dom_classes
    assert all("smm-export-format" in box._dom_classes for box in panel.checkboxes.values())
    panel.checkboxes["pdf"].value = False
    panel.run_button.click()
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["documento-strategico.html", "documento-strategico.md"]
    text = " ".join(Page(panel.result.value).text)
    assert str(tmp_path / "out" / "documento-strategico.md") in text
    assert f"Sezioni complete: {len(SECTIONS)} di {len(SECTIONS)}" in text
    attempts = full_workbook.attempts(DOCUMENT_ID)
    assert [(a["score"], a["max_score"], a["passed"]) for a in attempts] == [
        (float(len(SECTIONS)), float(len(SECTIONS)), True)
    ]


def test_incomplete_document_is_an_attempt_not_yet_passed(empty_workbook, tmp_path):
    panel = _panel(empty_workbook, tmp_path, formats=("md",), lang="en")
    assert panel.run_button.description == "Export"
    result = panel.run()
    assert result is not None and set(result.paths) == {"md"}
    assert "Sections still to complete" in panel.result.value
    assert empty_workbook.attempts(DOCUMENT_ID)[0]["passed"] is False


def test_no_format_ticked_gives_a_message_not_an_error(empty_workbook, tmp_path):
    panel = _panel(empty_workbook, tmp_path, formats=())
    assert panel.run() is None
    assert "Esportazione non riuscita: nessun formato scelto" in panel.result.value
    assert not panel.run_button.disabled
    assert empty_workbook.attempts(DOCUMENT_ID) == []
