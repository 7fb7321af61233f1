"""Small helpers shared by the benchmark scripts: timing, medians, RSS sampling, tables."""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "bin"
_START_LOAD = os.getloadavg()


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of `repeat` calls of `func`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


def median(values: Sequence[float]) -> float:
    """The median of `values`."""
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile of `values` (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def tool_env(**extra: str) -> dict[str, str]:
    """The environment with the venv's bin first on PATH (nbgrader runs `alembic` from it)."""
    path = os.pathsep.join([str(VENV_BIN), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, **extra}


def machine_note() -> str:
    """Cores and load average (1/5/15 min) when the script started and now."""
    now = os.getloadavg()

    def fmt(load: tuple[float, float, float]) -> str:
        return "/".join(f"{x:.2f}" for x in load)

    return (
        f"{os.cpu_count()} cores; load average 1/5/15 min: {fmt(_START_LOAD)} at start, "
        f"{fmt(now)} at the end"
    )


def print_table(
    title: str, header: Sequence[str], rows: Sequence[Sequence[object]], note: str = ""
) -> None:
    """Print a Markdown table with the machine load under its title, ready for the README."""
    print(f"\n### {title}\n")
    print(f"_{machine_note()}._" + (f" {note}" if note else "") + "\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(_cell(value) for value in row) + " |")


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return str(value)


class PeakRss:
    """Sample the summed RSS of a process and all its descendants until stopped."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    log: Path | None = None,
) -> tuple[float, int, int]:
    """Run `command` to completion: (wall seconds, peak RSS of its process tree, exit code).

    Its output goes to `log` (appended) or nowhere.
    """
    with Path(log or os.devnull).open("ab") as out:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command), cwd=cwd, env=env or tool_env(), stdout=out, stderr=subprocess.STDOUT
        )
        with PeakRss(process.pid) as rss:
            code = process.wait()
        return time.perf_counter() - start, rss.peak, code
