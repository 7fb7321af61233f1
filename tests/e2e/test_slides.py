"""Lessons as slides: RISE (jupyterlab-rise) shows a lesson as a reveal.js slideshow."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import FrameLocator, Page, expect

from .conftest import ROOT, screenshot
from .lab import KERNEL_TIMEOUT_MS, open_notebook

pytestmark = pytest.mark.e2e

RISE_PREVIEW = "RISE:preview"  # toolbar button / Alt+R: the slides in a panel beside the notebook
SLIDES_TIMEOUT_MS = KERNEL_TIMEOUT_MS


def _slides_expected(lesson: str) -> tuple[int, str]:
    """How many top-level slides the lesson's metadata asks for, and its title line."""
    nb = json.loads((ROOT / "lessons" / lesson).read_text(encoding="utf-8"))
    cells = nb["cells"]
    count = sum(1 for c in cells if c["metadata"]["slideshow"]["slide_type"] == "slide")
    title = "".join(cells[0]["source"]).splitlines()[0].lstrip("# ").strip()
    return count, title


def _assert_no_error_dialog(page: Page, frame: FrameLocator | None = None) -> None:
    for scope in (page, frame) if frame is not None else (page,):
        assert scope.locator(".jp-Dialog").count() == 0


def _assert_slides(slides: FrameLocator | Page, lesson: str) -> None:
    """reveal.js drew one top-level section per `slide` cell and shows the title first."""
    expected, title = _slides_expected(lesson)
    top = slides.locator(".reveal .slides > section")
    expect(top.first).to_be_attached(timeout=SLIDES_TIMEOUT_MS)
    expect(top).to_have_count(expected, timeout=SLIDES_TIMEOUT_MS)
    current = slides.locator(".reveal .slides > section.present").first
    expect(current).to_contain_text(title, timeout=SLIDES_TIMEOUT_MS)


def test_rise_preview_opens_beside_the_lesson(jupyter_server, page: Page):
    lesson = "01_touchpoint.ipynb"
    open_notebook(page, jupyter_server.lab(f"lessons/{lesson}"))
    page.locator(f'.jp-NotebookPanel-toolbar [data-command="{RISE_PREVIEW}"]').first.click()
    frame = page.frame_locator(".jp-MainAreaWidget iframe").first
    _assert_slides(frame, lesson)
    _assert_no_error_dialog(page, frame)
    screenshot(page, "05-slides-preview")


def test_rise_slideshow_url_and_keyboard_navigation(jupyter_server, page: Page):
    lesson = "02_business_model_canvas.ipynb"
    page.goto(f"{jupyter_server.url}/rise/lessons/{lesson}?token={jupyter_server.token}")
    _assert_slides(page, lesson)
    before = page.locator(".reveal .slides > section.present").first.inner_text()
    page.locator(".reveal").first.click()
    page.keyboard.press("ArrowRight")
    present = page.locator(".reveal .slides > section.present").first
    expect(present).not_to_have_text(re.compile("^" + re.escape(before) + "$"), timeout=10_000)
    _assert_no_error_dialog(page)
    screenshot(page, "05-slides-fullpage")
