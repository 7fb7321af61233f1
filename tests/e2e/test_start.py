"""Self-learner start: `smm-course start --no-browser` serves JupyterLab on the lessons."""

from __future__ import annotations

import json
import secrets
import signal
import subprocess
import sys
import urllib.request

import pytest
from playwright.sync_api import expect

from .conftest import ROOT, free_port, jupyter_env, screenshot, wait_until_ready

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def started_course(tmp_path_factory):
    """The course started the way a self-learner starts it, copied into their own folder."""
    home = tmp_path_factory.mktemp("learner-home")
    folder = home / "smm-course"
    port, token = free_port(), secrets.token_hex(8)
    command = [
        sys.executable,
        "-m",
        "smm_course.cli",
        "start",
        "--no-browser",
        f"--port={port}",
        f"--dir={folder}",
        "--",
        f"--IdentityProvider.token={token}",
    ]
    log = (home / "start.log").open("w")
    process = subprocess.Popen(command, env=jupyter_env(home), stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/api/status?token={token}", process)
        yield url, token, folder, home
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(20)
        log.close()


def test_start_copies_the_lessons_and_lists_them_in_the_file_browser(started_course, page):
    url, token, folder, _ = started_course
    lessons = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
    assert lessons, "no lessons in the repository"
    assert sorted(p.name for p in (folder / "lessons").glob("*.ipynb")) == lessons
    page.goto(f"{url}/lab/tree/lessons?token={token}")
    listing = page.locator(".jp-DirListing-content")
    for name in lessons:
        expect(listing).to_contain_text(name.removesuffix(".ipynb"), timeout=60_000)
    screenshot(page, "06-start-file-browser")


def test_the_interface_is_italian_by_default(started_course, page):
    url, token, _, home = started_course
    with urllib.request.urlopen(f"{url}/lab/api/translations/?token={token}") as response:
        languages = json.load(response)["data"]
    assert "it_IT" in languages
    settings = home / "settings" / "@jupyterlab" / "translation-extension"
    assert "it_IT" in (settings / "plugin.jupyterlab-settings").read_text()
    page.goto(f"{url}/lab/tree/lessons?token={token}")
    # The Italian language pack translates the file browser.
    expect(page.get_by_role("button", name="Carica File")).to_be_visible(timeout=60_000)
