"""Students in JupyterLab: every lesson renders its widgets; the canvas form keeps its work."""

from __future__ import annotations

import nbformat
import pytest
from playwright.sync_api import Page, expect

from .conftest import ROOT, screenshot
from .lab import assert_no_widget_errors, code_cells_ran, open_notebook, run_all

pytestmark = pytest.mark.e2e

LESSONS = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
HOSTILE = "<img src=x onerror=alert(1)> 🍫🎁 <script>alert(2)</script>"
INCOMPLETE = {
    "customer_segments": "Famiglie torinesi golose e aziende che regalano cioccolato ai clienti",
    "value_propositions": "Praline fresche per famiglie e confezioni regalo per aziende",
}
COMPLETE = {
    **INCOMPLETE,
    "channels": "Negozio in Via Po, e-commerce, Instagram e newsletter per famiglie e aziende",
    "customer_relationships": "Assistenza personale in negozio, newsletter e programma fedeltà",
    "revenue_streams": "Vendita di praline e tavolette alle famiglie, ordini regalo delle aziende",
    "key_resources": "Laboratorio artigianale, ricette, maestri cioccolatieri, sito e-commerce",
    "key_activities": "Produzione artigianale, confezionamento regali, contenuti social",
    "key_partners": "Produttori di cacao, corriere refrigerato, pasticcerie rivenditrici",
    "cost_structure": "Costi del laboratorio, materie prime, maestri cioccolatieri, corriere e "
    "pubblicità sui social",
}


def _fill_canvas(page: Page, answers: dict[str, str]) -> None:
    for block, text in answers.items():
        area = page.locator(f".smm-bmc-{block} textarea").first
        area.fill(text)
        area.blur()


@pytest.mark.parametrize("lesson", LESSONS)
def test_every_lesson_runs_and_shows_its_widgets(jupyter_server, page: Page, lesson: str):
    open_notebook(page, jupyter_server.lab(f"lessons/{lesson}"))
    run_all(page)
    assert code_cells_ran(page) > 0
    expect(page.locator(".smm-form").first).to_be_visible(timeout=30_000)
    assert_no_widget_errors(page)
    screenshot(page, f"02-lesson-{lesson.removesuffix('.ipynb')}")


def test_student_fills_the_canvas_and_finds_it_again(jupyter_server, page: Page):
    url = jupyter_server.lab("lessons/02_business_model_canvas.ipynb")
    open_notebook(page, url)
    run_all(page)
    form = page.locator(".smm-bmc").first
    form.scroll_into_view_if_needed()
    _fill_canvas(page, INCOMPLETE)
    page.locator("button.smm-bmc-check").first.click()
    feedback = page.locator(".smm-bmc-feedback").first
    expect(feedback).to_contain_text("Canali", timeout=20_000)
    expect(feedback).to_contain_text("Struttura dei costi")
    _fill_canvas(page, COMPLETE)
    page.locator("button.smm-bmc-check").first.click()
    expect(feedback).to_contain_text("Corretto", timeout=20_000)
    form.scroll_into_view_if_needed()
    screenshot(page, "01-canvas-filled")

    page.reload()
    open_notebook(page, url)
    run_all(page)
    for block, text in COMPLETE.items():
        expect(page.locator(f".smm-bmc-{block} textarea").first).to_have_value(text)


def test_hostile_text_stays_text_and_survives_reload(jupyter_server, page: Page):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell('from smm_course.widgets import BMCForm\nBMCForm("e2e.ostile")')
    ]
    notebook.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"
    }  # fmt: skip
    nbformat.write(notebook, jupyter_server.root / "ostile.ipynb")
    dialogs: list[str] = []

    def on_dialog(dialog) -> None:
        if dialog.type == "beforeunload":  # "leave the page?" when reloading: not from the text
            dialog.accept()
        else:
            dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

    page.on("dialog", on_dialog)
    url = jupyter_server.lab("ostile.ipynb")
    open_notebook(page, url)
    run_all(page)
    _fill_canvas(page, {"customer_segments": HOSTILE, "value_propositions": HOSTILE})
    page.locator("button.smm-bmc-check").first.click()
    feedback = page.locator(".smm-bmc-feedback").first
    expect(feedback).to_contain_text("Punteggio", timeout=20_000)
    assert page.locator(".smm-bmc img[src='x']").count() == 0
    assert page.locator(".smm-bmc script").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == []
    screenshot(page, "03-hostile-input")
    page.reload()
    open_notebook(page, url)
    run_all(page)
    for block in ("customer_segments", "value_propositions"):
        expect(page.locator(f".smm-bmc-{block} textarea").first).to_have_value(HOSTILE)
    assert dialogs == []
