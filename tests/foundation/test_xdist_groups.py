"""The installed pytest and pytest-xdist keep an `xdist_group` on one worker.

The classroom tests (tests/hub) rely on it: two classrooms at once would fight over the
machine-wide folder modes. pytest 9.2 with pytest-xdist 3.8 silently drops the grouping
(pytest-dev/pytest-xdist#1386), so a version bump that breaks it fails here, in seconds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GROUPED = """
import os
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xdist_group("hub")


@pytest.mark.parametrize("i", range(6))
def test_records_its_worker(i):
    time.sleep(0.2)
    with (Path(__file__).parent / "workers.txt").open("a") as out:
        out.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")
"""


def test_a_group_runs_on_a_single_worker(tmp_path: Path):
    (tmp_path / "test_grouped.py").write_text(GROUPED, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "2", "--dist", "loadgroup", "-p",
         "no:cacheprovider", "test_grouped.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    workers = (tmp_path / "workers.txt").read_text(encoding="utf-8").split()
    assert len(workers) == 6
    assert len(set(workers)) == 1, f"the group was split over {sorted(set(workers))}"
