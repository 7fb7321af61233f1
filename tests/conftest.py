"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent

# nbgrader runs the `alembic` executable: the virtual environment's bin must be on PATH.
os.environ["PATH"] = os.pathsep.join([str(VENV_BIN), os.environ.get("PATH", "")])
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _isolated_learner(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own learner folder and the default language."""
    home = tmp_path_factory.mktemp("learner")
    monkeypatch.setenv("SMM_COURSE_HOME", str(home))
    monkeypatch.delenv("SMM_COURSE_LANG", raising=False)
    monkeypatch.delenv("SMM_COURSE_SOLUTIONS", raising=False)
    return home


@pytest.fixture
def repo_root() -> Path:
    """The repository checkout."""
    return ROOT


def pytest_terminal_summary(terminalreporter):
    """List the screenshots of the browser tests, so the CI log shows where they are."""
    folder = ROOT / "test-artifacts" / "screenshots"
    shots = sorted(folder.glob("*.png")) if folder.is_dir() else []
    if shots:
        terminalreporter.write_sep("-", f"screenshots in {folder}")
        for shot in shots:
            terminalreporter.write_line(f"{shot.name}  {shot.stat().st_size // 1024} KiB")
