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
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smm_course.grading.execute import Executor, RunReport
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
    shell: Any, *, config: SandboxConfig, root: Path, staging: Path, name: str, limits: Limits
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
                    try:
                        isolation.enter(config, root, staging, name, limits)
                    except BaseException:
                        traceback.print_exc()  # to the grader's terminal: the set-up failed
                        raise
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
        except BaseException:
            traceback.print_exc()
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


class _Supervisor:
    """Follows one sandbox through its cells: deadlines, interrupts, deaths."""

    def __init__(self, cells: list[PlannedCell], limits: Limits, name: str, run: SandboxRun):
        self.cells = cells
        self.limits = limits
        self.name = name
        self.run = run
        self.deadline = time.monotonic() + limits.notebook_seconds
        self.current = -1
        self.started_at = 0.0
        self.labels = {c.index: c.label or f"#{c.index + 1}" for c in cells}

    def fail_rest(self, reason: str) -> None:
        """Mark every later cell as not run, with the reason."""
        for c in self.cells:
            if c.index > self.current and c.source.strip():
                self.run.cells[c.index].outputs = [_not_run(reason)]

    def end(self, issue: IssueKind, detail: str, reason: str) -> SandboxRun:
        """Stop the sandbox after a fatal problem; later cells are not run."""
        self.run.issues.append(Issue(issue, self.name, detail))
        self.fail_rest(reason)
        self.run.stop()
        return self.run

    def _receive(self) -> dict[str, Any] | None:
        """The next message, or None when the sandbox had to be stopped."""
        from smm_course.i18n import t

        running = self.current >= 0 and not self.run.cells[self.current].finished
        limit = min(self.deadline, self.started_at + self.limits.cell_seconds)
        try:
            return self.run.channel.receive(limit if running else self.deadline)  # type: ignore[union-attr]
        except ChannelTimeout:
            if time.monotonic() >= self.deadline:
                seconds = str(int(self.limits.notebook_seconds))
                self.end(IssueKind.NOTEBOOK_TIMEOUT, seconds, t("grading.run.not_run_budget"))
                return None
        # the cell ran past its limit: interrupt it, as nbgrader's Execute does
        cell = self.run.cells[self.current]
        cell.timed_out = True
        os.kill(self.run.pids[1], signal.SIGINT)
        try:
            grace = min(self.deadline, time.monotonic() + INTERRUPT_GRACE)
            return self.run.channel.receive(grace)  # type: ignore[union-attr]
        except ChannelTimeout:
            cell.outputs += [_timeout_output(), _not_run(t("grading.run.hung"))]
            self.end(
                IssueKind.KERNEL_HUNG, self.labels[self.current], t("grading.run.not_run_hung")
            )
            return None

    def _record(self, message: dict[str, Any]) -> None:
        if "start" in message:
            self.current = int(message["start"])
            self.started_at = time.monotonic()
            cell = self.run.cells[self.current]
            cell.started = True
            cell.answers = dict(message.get("answers") or {})
            cell.missing = [str(n) for n in message.get("missing") or []]
        elif "done" in message:
            cell = self.run.cells[int(message["done"])]
            cell.finished = True
            cell.count = message.get("count")
            outputs = [o for o in message.get("outputs") or [] if isinstance(o, dict)]
            if cell.timed_out:  # the interrupt's traceback becomes nbgrader's timeout error
                outputs = [o for o in outputs if o.get("ename") != "KeyboardInterrupt"]
                outputs.append(_timeout_output())
            cell.outputs = outputs

    def follow(self) -> SandboxRun:
        """Send the plan and follow the cells until the sandbox says it is done."""
        from smm_course.i18n import t

        plan = [
            {"index": c.index, "source": c.source, "capture": list(c.capture)} for c in self.cells
        ]
        try:
            self.run.channel.send({"cells": plan})  # type: ignore[union-attr]
            while True:
                message = self._receive()
                if message is None:
                    return self.run
                if message.get("finished"):
                    return self.run
                self._record(message)
        except (ChannelClosed, KeyError, ValueError, TypeError):
            if self.current >= 0 and not self.run.cells[self.current].finished:
                died = t("grading.run.died")
                self.run.cells[self.current].outputs.append(
                    {
                        "output_type": "error",
                        "ename": "DeadKernelError",
                        "evalue": died,
                        "traceback": [died],
                    }
                )
            label = self.labels.get(self.current, "")
            return self.end(IssueKind.KERNEL_DIED, label, t("grading.run.not_run_died"))


def run_cells(
    shell: Any,
    cells: list[PlannedCell],
    *,
    config: SandboxConfig,
    root: Path,
    staging: Path,
    name: str,
    limits: Limits,
) -> SandboxRun:
    """Run `cells` in a new sandbox; the sandbox is left serving calls unless it died."""
    from smm_course.i18n import t

    results = {c.index: CellRun() for c in cells}
    channel, pids = _start(
        shell, config=config, root=root, staging=staging, name=name, limits=limits
    )
    run = SandboxRun(results, [], channel, pids, alive=len(pids) == 2)
    if not run.alive:
        run.issues.append(Issue(IssueKind.KERNEL_START, name, "sandbox"))
        for c in cells:
            results[c.index].outputs = [_not_run(t("grading.run.not_run_start"))]
        run.stop()
        return run
    return _Supervisor(cells, limits, name, run).follow()


def _timeout_output() -> dict[str, Any]:
    return {
        "output_type": "error",
        "ename": "CellTimeoutError",
        "evalue": "Timeout error",
        "traceback": ["CellTimeoutError: No reply from kernel before timeout"],
    }


@contextlib.contextmanager
def sandbox_folders(base: Path | None) -> Iterator[tuple[Path, Path]]:
    """A private staging folder (the submission's files) and an empty mount point."""
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="smm-sandbox-", dir=base))
    top.chmod(0o700)
    staging, root = top / "work", top / "root"
    staging.mkdir()
    root.mkdir()
    try:
        yield staging, root
    finally:
        shutil.rmtree(top, ignore_errors=True)


def sandboxed(shell: Any, config: SandboxConfig) -> Executor:
    """The fork executor as an `Executor`: every cell in a sandbox, outputs as a kernel's."""
    from smm_course.coursefiles import copy_support_files
    from smm_course.grading.outputs import cell_label, name_errors

    def run(nb: Any, name: str, workdir: str, limits: Limits) -> RunReport:
        import nbformat

        start = time.monotonic()
        planned = [
            PlannedCell(i, cell.source, (), cell_label(cell, i))
            for i, cell in enumerate(nb.cells)
            if cell.cell_type == "code"
        ]
        with sandbox_folders(None) as (staging, root):
            copy_support_files(Path(workdir), staging)
            result = run_cells(
                shell, planned, config=config, root=root, staging=staging, name=name, limits=limits
            )
            result.stop()
        for cell in planned:
            target = nb.cells[cell.index]
            target.outputs = [nbformat.from_dict(o) for o in result.cells[cell.index].outputs]
            target.execution_count = result.cells[cell.index].count
        issues = result.issues + name_errors(nb, name, result.issues, limits)
        return RunReport(issues, time.monotonic() - start)

    return run
