"""ExportPanel: the export button of lesson 07."""

from __future__ import annotations

from smm_course.export.sections import DOCUMENT_ID, SECTIONS
from tests.export.conftest import Page, complete_answers, make_workbook


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
    before_08 = len(SECTIONS) - 1  # lesson 07's self-check: the sections of lessons 01-07
    assert [(a["score"], a["max_score"], a["passed"]) for a in attempts] == [
        (float(before_08), float(before_08), True)
    ]


def test_lesson_07_passes_before_lesson_08_and_names_the_section_still_to_come(tmp_path):
    answers = {k: v for k, v in complete_answers().items() if not k.startswith("l08.")}
    book = make_workbook(tmp_path / "no08.json", answers, "Giulia Rossi")
    panel = _panel(book, tmp_path / "out", formats=("md",))
    panel.run()
    text = " ".join(Page(panel.result.value).text)
    assert f"Sezioni complete: {len(SECTIONS) - 1} di {len(SECTIONS)}" in text
    assert "Misurazione" in text  # the section to complete after lesson 08
    (attempt,) = book.attempts(DOCUMENT_ID)
    assert attempt["passed"] is True
    book.save_answer("l06.matrice", None)
    panel.run()
    assert book.attempts(DOCUMENT_ID)[-1]["passed"] is False


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
