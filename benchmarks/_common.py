"""Small helpers shared by the benchmark scripts: timing, medians and table printing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence


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


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a Markdown table, ready to paste into the README."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(_cell(value) for value in row) + " |")


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    return str(value)
