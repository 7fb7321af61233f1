"""Parent side of the warm fork executor: run one notebook's cells in a fresh sandboxed fork.

The grading worker has already imported the course's libraries and built an IPython shell;
each notebook gets a new process (forked, so it starts warm) that is shut in by
`sandbox.isolation` before it reads the plan. This side enforces the per-cell and
per-notebook time limits, interrupts a cell that runs too long, and reports a process that
died or stopped answering, as the kernel executor does.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smm_course.grading.limits import Limits
from smm_course.grading.model import SandboxConfig
from smm_course.grading.outputs import NOT_RUN_ENAME
from smm_course.grading.protocol import Channel, ChannelClosed, ChannelTimeout
from smm_course.grading.sandbox import child, isolation
from smm_course.grading.status import Issue, IssueKind

INTERRUPT_GRACE = 3.0  # seconds a cell has to stop after SIGINT before it is killed
START_SECONDS = 20.0  # setting up the sandbox


@dataclass(frozen=True)
class PlannedCell:
    """A code cell to run: its index in the notebook, source, and answer names to snapshot."""

    index: int
    source: str
    capture: tuple[str, ...] = ()
    label: str = ""


@dataclass
class CellRun:
    """What happened to one cell in the sandbox."""

    outputs: list[dict[str, Any]] = field(default_factory=list)
    count: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    started: bool = False
    finished: bool = False
    timed_out: bool = False


@dataclass
class SandboxRun:
    """The cells' results and the channel to the sandbox, still serving calls."""

    cells: dict[int, CellRun]
    issues: list[Issue]
    channel: Channel | None
    pids: tuple[int, ...]
    alive: bool

    def stop(self) -> None:
        """Kill the sandbox (its whole PID namespace goes with it) and reap it."""
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        if self.channel is not None:
            self.channel.close()
        for pid in self.pids[:1]:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        self.alive = False


def _start(
    shell: Any, config: SandboxConfig, root: Path, staging: Path, name: str, limits: Limits
) -> tuple[Channel, tuple[int, ...]]:
    """Fork the middle process and the sandboxed one; return the channel and their pids."""
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    middle = os.fork()
    if middle == 0:  # middle: new namespaces, then the sandboxed child, then wait
        try:
            os.close(to_child_w)
            os.close(from_child_r)
            isolation.unshare_namespaces(config)
            pid = os.fork()
            if pid == 0:
                try:
                    isolation.enter(config, root, staging, name, limits)
                    null = os.open(os.devnull, os.O_RDWR)
                    for fd in (0, 1, 2):
                        os.dup2(null, fd)
                    keep = sorted({to_child_r, from_child_w})
                    os.closerange(3, keep[0])
                    os.closerange(keep[0] + 1, keep[1])
                    os.closerange(keep[1] + 1, 65536)
                    child.run(shell, Channel(to_child_r, from_child_w, limits.answer_bytes))
                finally:
                    os._exit(70)
            Channel(None, from_child_w, 1 << 16).send({"pid": pid})
            os.close(to_child_r)
            os.close(from_child_w)
            _, status = os.waitpid(pid, 0)
            os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
        finally:
            os._exit(71)
    os.close(to_child_r)
    os.close(from_child_w)
    channel = Channel(from_child_r, to_child_w, limits.answer_bytes)
    try:
        hello = channel.receive(time.monotonic() + START_SECONDS)
        inner = int(hello["pid"])
    except (ChannelClosed, ChannelTimeout, KeyError, ValueError, TypeError):
        inner = 0
    return channel, (middle, inner) if inner else (middle,)


def _not_run(reason: str) -> dict[str, Any]:
    return {
        "output_type": "error",
        "ename": NOT_RUN_ENAME,
        "evalue": reason,
        "traceback": [reason],
    }


def run_cells(
    shell: Any,
    cells: list[PlannedCell],
    config: SandboxConfig,
    root: Path,
    staging: Path,
    name: str,
    limits: Limits,
) -> SandboxRun:
    """Run `cells` in a new sandbox; the sandbox is left serving calls unless it died."""
    from smm_course.i18n import t

    deadline = time.monotonic() + limits.notebook_seconds
    results = {c.index: CellRun() for c in cells}
    issues: list[Issue] = []
    channel, pids = _start(shell, config, root, staging, name, limits)
    run = SandboxRun(results, issues, channel, pids, alive=len(pids) == 2)
    if not run.alive:
        issues.append(Issue(IssueKind.KERNEL_START, name, "sandbox"))
        for c in cells:
            results[c.index].outputs = [_not_run(t("grading.run.not_run_start"))]
        run.stop()
        return run
    labels = {c.index: c.label or f"#{c.index + 1}" for c in cells}

    def fail_rest(after: int, reason: str) -> None:
        for c in cells:
            if c.index > after and c.source.strip():
                results[c.index].outputs = [_not_run(reason)]

    try:
        channel.send(
            {
                "cells": [
                    {"index": c.index, "source": c.source, "capture": list(c.capture)}
                    for c in cells
                ]
            }
        )
        current = -1
        while True:
            cell_deadline = deadline
            if current >= 0 and results[current].started and not results[current].finished:
                cell_deadline = min(deadline, cell_started + limits.cell_seconds)
            try:
                message = channel.receive(cell_deadline)
            except ChannelTimeout:
                if time.monotonic() >= deadline:
                    issues.append(
                        Issue(IssueKind.NOTEBOOK_TIMEOUT, name, str(int(limits.notebook_seconds)))
                    )
                    fail_rest(current, t("grading.run.not_run_budget"))
                    run.stop()
                    return run
                # the cell ran past its limit: interrupt it, as nbgrader's Execute does
                results[current].timed_out = True
                os.kill(pids[1], signal.SIGINT)
                try:
                    message = channel.receive(min(deadline, time.monotonic() + INTERRUPT_GRACE))
                except ChannelTimeout:
                    issues.append(Issue(IssueKind.KERNEL_HUNG, name, labels[current]))
                    results[current].outputs.append(_timeout_output())
                    results[current].outputs.append(_not_run(t("grading.run.hung")))
                    fail_rest(current, t("grading.run.not_run_hung"))
                    run.stop()
                    return run
            if "start" in message:
                current = int(message["start"])
                cell_started = time.monotonic()
                results[current].started = True
                results[current].answers = dict(message.get("answers") or {})
                results[current].missing = [str(n) for n in message.get("missing") or []]
            elif "done" in message:
                index = int(message["done"])
                res = results[index]
                res.finished = True
                res.count = message.get("count")
                outputs = [o for o in message.get("outputs") or [] if isinstance(o, dict)]
                if res.timed_out:  # the interrupt's traceback becomes nbgrader's timeout error
                    outputs = [o for o in outputs if o.get("ename") != "KeyboardInterrupt"]
                    outputs.append(_timeout_output())
                res.outputs = outputs
            elif message.get("finished"):
                return run
    except (ChannelClosed, KeyError, ValueError, TypeError):
        label = labels.get(current, "") if current >= 0 else ""
        issues.append(Issue(IssueKind.KERNEL_DIED, name, label))
        if current >= 0 and not results[current].finished:
            results[current].outputs.append(
                {
                    "output_type": "error",
                    "ename": "DeadKernelError",
                    "evalue": t("grading.run.died"),
                    "traceback": [t("grading.run.died")],
                }
            )
        fail_rest(current, t("grading.run.not_run_died"))
        run.stop()
        return run


def _timeout_output() -> dict[str, Any]:
    return {
        "output_type": "error",
        "ename": "CellTimeoutError",
        "evalue": "Timeout error",
        "traceback": ["CellTimeoutError: No reply from kernel before timeout"],
    }


@contextlib.contextmanager
def sandbox_folders(base: Path) -> Iterator[tuple[Path, Path]]:
    """A private staging folder (the submission's files) and an empty mount point."""
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="smm-sandbox-", dir=base))
    os.chmod(top, 0o700)
    staging, root = top / "work", top / "root"
    staging.mkdir()
    root.mkdir()
    try:
        yield staging, root
    finally:
        shutil.rmtree(top, ignore_errors=True)
