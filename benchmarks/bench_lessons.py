"""Each lesson executed headless with nbclient, top to bottom, as a learner's kernel runs it.

    .venv/bin/python benchmarks/bench_lessons.py --repeat 5

Wall time per lesson includes the kernel's start; "slowest cell" names where the rest goes.
The learner's home (SMM_COURSE_HOME) and working folder are temporary.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path

from _common import ROOT, median, print_table

TARGET_LESSON_S = 30.0
TARGET_ALL_S = 120.0


def _cell_seconds(cell: dict) -> float:
    timing = cell.get("metadata", {}).get("execution", {})
    start, end = timing.get("iopub.execute_input"), timing.get("shell.execute_reply")
    if not (start and end):
        return 0.0
    parse = datetime.fromisoformat
    return (parse(end.replace("Z", "+00:00")) - parse(start.replace("Z", "+00:00"))).total_seconds()


def run_lesson(path: Path, workdir: Path) -> tuple[float, float, str]:
    """(wall seconds, seconds of the slowest cell, its first line) of one headless run."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        record_timing=True,
        resources={"metadata": {"path": str(workdir)}},
    )
    start = time.perf_counter()
    client.execute()
    wall = time.perf_counter() - start
    code = [c for c in nb.cells if c.cell_type == "code"]
    slowest = max(code, key=_cell_seconds)
    first_line = next((ln for ln in slowest.source.splitlines() if ln.strip()), "")
    return wall, _cell_seconds(slowest), first_line[:40]


def main() -> None:
    """Print the lessons table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    lessons = sorted((ROOT / "lessons").glob("*.ipynb"))
    walls: dict[str, list[float]] = {p.name: [] for p in lessons}
    slow: dict[str, tuple[float, str]] = {}
    totals = []
    with tempfile.TemporaryDirectory(prefix="smm-bench-lessons-") as tmp:
        os.environ["SMM_COURSE_HOME"] = str(Path(tmp) / "home")
        for _ in range(args.repeat):
            total = 0.0
            for path in lessons:
                wall, cell_s, line = run_lesson(path, Path(tmp))
                walls[path.name].append(wall)
                slow[path.name] = max(slow.get(path.name, (0.0, "")), (cell_s, line))
                total += wall
            totals.append(total)
    rows = []
    for name, times in walls.items():
        cell_s, line = slow[name]
        ok = "yes" if median(times) < TARGET_LESSON_S else "no"
        rows.append((name, median(times), max(times), f"{cell_s:.2f} s `{line}`", ok))
    all_ok = "yes" if median(totals) < TARGET_ALL_S else "no"
    rows.append(("**all lessons, one after the other**", median(totals), max(totals), "", all_ok))
    print_table(
        f"Lessons headless (nbclient), median of {args.repeat} runs, seconds",
        ("lesson", "median s", "max s", "slowest cell (max over runs)", "under target"),
        rows,
        note=f"Targets: each lesson under {TARGET_LESSON_S:.0f} s, all under {TARGET_ALL_S:.0f} s.",
    )


if __name__ == "__main__":
    main()
