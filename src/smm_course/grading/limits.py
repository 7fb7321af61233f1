"""Every number the grading floor enforces, in one frozen dataclass (read from c.SmmCourse.*)."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one submission may use, and how long the grader waits for it."""

    cell_seconds: int = 30
    notebook_seconds: float = 300.0
    memory_bytes: int = 2048 * MIB  # address space on top of what the warm interpreter holds
    processes: int = 64
    file_bytes: int = 100 * MIB  # largest file the submission may write
    disk_bytes: int = 200 * MIB  # its whole private working folder and /tmp
    open_files: int = 256
    answer_bytes: int = 32 * MIB  # answer values the sandbox may send back for one notebook
    stream_lines: int = 1000
    output_chars: int = 20_000
    rich_output_chars: int = 5_000_000
    pool_restarts: int = 2
