"""What a student sees on a first top-to-bottom run, and when coming back to a lesson."""

from __future__ import annotations

import json
import re
import time
import urllib.request

import nbformat
import pytest
from playwright.sync_api import Page, expect

from .conftest import ROOT, Server, screenshot
from .lab import assert_no_widget_errors, open_notebook, run_all

pytestmark = pytest.mark.e2e

CANVAS_LESSON = "lessons/02_business_model_canvas.ipynb"
FIGURE_AS_TEXT = re.compile(r"<\w*Figure size \d+x\d+")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _api(server: Server, path: str, method: str = "GET") -> object:
    request = urllib.request.Request(f"{server.url}/api/{path}?token={server.token}", method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
    return json.loads(body) if body else None


def shut_down_kernels(server: Server) -> None:
    """Stop every kernel, as closing JupyterLab and coming back another day does."""
    for kernel in _api(server, "kernels"):
        _api(server, f"kernels/{kernel['id']}", "DELETE")


def _canvas_cells() -> list[int]:
    cells = nbformat.read(ROOT / CANVAS_LESSON, as_version=4).cells
    return [
        i for i, c in enumerate(cells) if c.cell_type == "code" and "canvas_figure(" in c.source
    ]


def test_the_canvas_picture_shows_on_the_first_run_of_lesson_02(jupyter_server, page: Page):
    shut_down_kernels(jupyter_server)  # a fresh kernel: no `plt` cell ran before the canvas
    open_notebook(page, jupyter_server.lab(CANVAS_LESSON))
    run_all(page)
    outputs = page.locator(".jp-OutputArea-output")
    expect(outputs.filter(has_text=FIGURE_AS_TEXT)).to_have_count(0)
    cells = _canvas_cells()
    assert cells, "lesson 02 draws no canvas"
    for index in cells:
        cell = page.locator(".jp-Notebook .jp-Cell").nth(index)
        cell.scroll_into_view_if_needed()
        picture = cell.locator(".jp-OutputArea-output img").first
        expect(picture).to_be_visible(timeout=30_000)
        assert picture.evaluate("img => img.naturalWidth") >= 1000
    cell = page.locator(".jp-Notebook .jp-Cell").nth(cells[0])
    cell.scroll_into_view_if_needed()
    screenshot(page, "07-first-run-canvas")


def _wait_saved_with_widgets(path, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if WIDGET_VIEW in path.read_text(encoding="utf-8"):
            return
        time.sleep(0.5)
    raise AssertionError(f"{path.name} was not saved with its forms")


def test_a_reopened_lesson_explains_its_forms_and_runs_again(jupyter_server, page: Page):
    url = jupyter_server.lab(CANVAS_LESSON)
    shut_down_kernels(jupyter_server)
    open_notebook(page, url)
    run_all(page)
    page.locator(".jp-Notebook .jp-Cell").first.click()
    page.keyboard.press("Control+s")
    _wait_saved_with_widgets(jupyter_server.root / CANVAS_LESSON)

    shut_down_kernels(jupyter_server)  # the next day: a new kernel knows none of the forms
    page.reload()
    open_notebook(page, url)
    first = page.locator(".jp-Notebook .jp-Cell").first
    expect(first).to_contain_text("Esegui tutte le celle")  # the note on top of the lesson
    note = page.locator(".smm-reopen").first
    note.scroll_into_view_if_needed()
    expect(note).to_be_visible(timeout=30_000)
    expect(note).to_contain_text("Esegui tutte le celle")
    expect(note).to_contain_text("risposte salvate restano")
    screenshot(page, "08-reopened-lesson-note")
    # wait until JupyterLab has given up on every form of the old kernel
    page.wait_for_function(
        """() => {
            const outputs = [...document.querySelectorAll('.jp-OutputArea-output')];
            return outputs.some(o => o.textContent.includes('model not found'))
                && !outputs.some(o => o.textContent.includes('Loading widget'));
        }""",
        timeout=30_000,
    )
    # each note shows right above a form JupyterLab cannot draw, and only there
    placed = page.evaluate(
        """() => [...document.querySelectorAll('.smm-reopen')]
            .filter(n => getComputedStyle(n).display !== 'none')
            .map(n => {
                const next = n.closest('.jp-OutputArea-child').nextElementSibling;
                return Boolean(next) && next.textContent.includes('model not found');
            })"""
    )
    assert len(placed) >= 3 and all(placed), placed  # the lesson's quiz, matching and canvas

    run_all(page)
    expect(page.locator(".smm-form").first).to_be_visible(timeout=30_000)
    expect(page.locator(".smm-reopen:visible")).to_have_count(0)
    assert_no_widget_errors(page)
