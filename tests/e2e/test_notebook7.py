"""A student answers a graded exercise in the Notebook 7 interface, saves and validates it."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .answers import model_answers
from .conftest import screenshot
from .lab import wait_idle

pytestmark = pytest.mark.e2e

ASSIGNMENT = "m01_touchpoint"


def _replace_cell_text(page: Page, cell, text: str, markdown: bool) -> None:
    cell.scroll_into_view_if_needed()
    if markdown:
        cell.dblclick()
    editor = cell.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(text)
    if markdown:
        page.keyboard.press("Control+Enter")
    else:
        page.keyboard.press("Escape")


def _saved_notebook(path: Path, before: str, timeout: float = 30) -> dict:
    """The notebook once the server has written it in full (a read can catch it half-written)."""
    deadline = time.monotonic() + timeout
    while True:
        text = path.read_text(encoding="utf-8")
        if text != before:
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                pass
        if time.monotonic() > deadline:
            return json.loads(text)
        time.sleep(0.3)


def test_student_answers_saves_and_validates_in_notebook7(jupyter_server, page: Page):
    relative = f"exercises/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
    on_disk = jupyter_server.root / relative
    before = on_disk.read_text(encoding="utf-8")
    page.goto(jupyter_server.lab(relative, ui="notebooks"))
    page.locator(".jp-NotebookPanel").first.wait_for(timeout=60_000)
    wait_idle(page)
    cells = page.locator(".jp-Notebook .jp-Cell")
    released = json.loads(before)["cells"]
    answers = model_answers(ASSIGNMENT)
    for index, cell in enumerate(released):
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            markdown = cell["cell_type"] == "markdown"
            _replace_cell_text(page, cells.nth(index), answers[grade_id], markdown)
    page.keyboard.press("Control+S")
    saved = _saved_notebook(on_disk, before)
    for cell in saved["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            assert "".join(cell["source"]).strip() == answers[grade_id]
    expect(page.locator(".jp-Notebook")).to_contain_text("Classificare otto nuovi touchpoint")
    screenshot(page, "04-notebook7-exercise")

    result = subprocess.run(
        [sys.executable, "-m", "smm_course.cli", "course", "--course",
         str(jupyter_server.root / "course"), "validate", str(on_disk)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr

    # An untouched copy must fail validation, with a non-zero exit code.
    blank = jupyter_server.root / "blank.ipynb"
    blank.write_text(before, encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "smm_course.cli", "course", "--course",
         str(jupyter_server.root / "course"), "validate", str(blank)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert failed.returncode != 0
