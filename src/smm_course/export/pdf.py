"""HTML -> PDF with the installed Chromium, headless, through a subprocess with a time limit."""

from __future__ import annotations

import os
import re
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


# Emoji and pictographs: without a colour-emoji font Chromium prints them as empty boxes.
EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U0001fc00-\U0001ffff\u2600-\u27bf\u2b00-\u2bff"
    "\ufe0e\ufe0f\u200d\u20e3\U000e0020-\U000e007f]"
)
KEPT_SYMBOLS = frozenset("✓✔✗✘★☆☐☑☒⚠")  # drawn by DejaVu Sans, used by the course


def has_emoji_font() -> bool:
    """True when fontconfig knows a font with emoji (e.g. Debian's fonts-noto-color-emoji)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    try:
        found = subprocess.run(
            [fc_list, ":", "family"], check=False, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return "emoji" in found.stdout.casefold()


def without_emoji(text: str) -> str:
    """`text` with the emoji taken out (the course's own check marks and stars stay)."""
    return EMOJI.sub(lambda m: m.group() if m.group() in KEPT_SYMBOLS else "", text)


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
        page = source
        if not has_emoji_font():
            page = Path(profile) / source.name
            page.write_text(without_emoji(source.read_text(encoding="utf-8")), encoding="utf-8")
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={target}",
            page.as_uri(),
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
