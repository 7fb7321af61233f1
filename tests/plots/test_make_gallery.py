"""scripts/make_gallery.py draws every README picture."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_gallery.py"
PICTURES = {"canvas", "journey", "funnel", "touchpoints", "channels", "progress"}


def test_script_writes_one_png_per_picture(tmp_path, png_size):
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = {p.stem for p in tmp_path.glob("*.png")}
    assert written == PICTURES
    assert "Warning" not in done.stderr
    for path in tmp_path.glob("*.png"):
        assert png_size(path)[0] == 1280
        assert str(path) in done.stdout
