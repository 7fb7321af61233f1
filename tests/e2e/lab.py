"""Page helpers for JupyterLab and Notebook 7 (selectors seen working on JupyterLab 4.6)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

KERNEL_TIMEOUT_MS = 60_000


def open_notebook(page: Page, url: str) -> None:
    """Open a notebook URL and wait until its kernel is really idle."""
    page.goto(url)
    page.locator(".jp-NotebookPanel").first.wait_for(timeout=KERNEL_TIMEOUT_MS)
    wait_idle(page)


def wait_idle(page: Page, timeout: int = KERNEL_TIMEOUT_MS) -> None:
    """Wait for a started kernel that is idle."""
    panel = page.locator(".jp-NotebookPanel:visible").first
    panel.locator('.jp-DebuggerBugButton[aria-disabled="false"]').wait_for(timeout=timeout)
    expect(panel.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]')).to_be_visible(
        timeout=timeout
    )


def run_all(page: Page, timeout: int = 120_000) -> None:
    """Run every cell from the menu and wait until no prompt shows '[*]'."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^(Run|Esegui)$")).first.click()
    page.locator(
        ".lm-Menu-itemLabel",
        has_text=re.compile(r"^(Run All Cells|Esegui tutte le celle)$", re.IGNORECASE),
    ).first.click()
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-InputArea-prompt')];
            return prompts.length > 0 && prompts.every(p => !p.textContent.includes('*'));
        }""",
        timeout=timeout,
    )
    wait_idle(page, timeout)


def code_cells_ran(page: Page) -> int:
    """How many code cells show an execution count."""
    return page.locator(".jp-InputArea-prompt", has_text=re.compile(r"\[\d+\]")).count()


def assert_no_widget_errors(page: Page) -> None:
    """No widget left loading, no widget error, no Python error output."""
    # only outputs count: a lesson may explain these messages in its own text
    outputs = page.locator(".jp-OutputArea-output")
    expect(outputs.filter(has_text="Loading widget")).to_have_count(0)
    expect(outputs.filter(has_text="Error displaying widget")).to_have_count(0)
    assert (
        page.locator(
            '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]',
            has_text="Traceback",
        ).count()
        == 0
    )
    assert (
        page.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']").count()
        == 0
    )
