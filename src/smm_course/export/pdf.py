"""HTML -> PDF with the installed Chromium, headless, through a subprocess with a time limit."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from smm_course.errors import UserError
from smm_course.i18n import t

CHROMIUM_ENV = "SMM_COURSE_CHROMIUM"
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
TIMEOUT_S = 120.0
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-pdf-header-footer",
)


def find_chromium() -> str | None:
    """The Chromium executable: $SMM_COURSE_CHROMIUM, /usr/bin/chromium or one on PATH."""
    wanted = os.environ.get(CHROMIUM_ENV)
    for candidate in (wanted,) if wanted else CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def html_to_pdf(
    html_path: str | os.PathLike[str],
    pdf_path: str | os.PathLike[str],
    *,
    timeout: float = TIMEOUT_S,
    lang: str | None = None,
) -> Path:
    """Print the HTML file to `pdf_path` (A4, the page's print stylesheet); return the path."""
    source = Path(html_path).resolve()
    target = Path(pdf_path).resolve()
    browser = find_chromium()
    if browser is None:
        raise UserError(t("export.errors.no_chromium", lang))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="smm-chromium-") as profile:
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={target}",
            source.as_uri(),
        ]
        # A session of its own, so a time-out ends Chromium's helper processes too.
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill(process)
            raise UserError(t("export.errors.pdf_timeout", lang, seconds=round(timeout))) from exc
    if not target.is_file() or target.stat().st_size == 0:
        last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise UserError(
            t("export.errors.pdf_failed", lang, code=process.returncode, reason=last[0][:200])
        )
    return target


def _kill(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (OSError, AttributeError):
        process.kill()
    process.communicate()
