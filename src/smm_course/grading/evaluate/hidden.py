"""Run the instructor's tests, hidden parts included, on the answers taken out of the sandbox.

Called in the per-submission trusted process after the sandbox has run the student's cells.
The instructor's cells run again here, in notebook order, in a namespace of their own: each
gets the student's answer values as they were just before that cell ran in the sandbox, so
a test sees what it would have seen in the student's kernel, but nothing the student's code
did to modules, functions or builtins can reach it.
"""

from __future__ import annotations

import builtins
import signal
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from smm_course.grading.execute.fork import CellRun, PlannedCell, SandboxRun
from smm_course.grading.protocol import ChannelClosed, ChannelTimeout
from smm_course.grading.protocol.values import Decoder, Encoder, Malformed, Opaque
from smm_course.grading.shell import run_cell


class SandboxGone(RuntimeError):
    """The student's function can no longer be called (its sandbox stopped)."""


class CellTimeoutError(TimeoutError):
    """The student's function ran past the cell's time limit (named like nbgrader's timeout)."""


@dataclass
class _Calls:
    """Calls from the tests to functions that live in the sandbox."""

    run: SandboxRun
    deadline: float = 0.0  # of the test cell being evaluated (time.monotonic)

    def call(self, ref: int, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        channel = self.run.channel
        if not self.run.alive or channel is None:
            raise SandboxGone("the submission's process has stopped")
        encoder = Encoder()
        try:
            request = {
                "call": ref,
                "args": [encoder.encode(a) for a in args],
                "kwargs": [[k, encoder.encode(v)] for k, v in kwargs.items()],
            }
            channel.send(request)
            reply = channel.receive(self.deadline)
        except ChannelTimeout as exc:
            self.run.stop()  # a call that hangs ends every later call
            raise CellTimeoutError("the submission's function did not return in time") from exc
        except ChannelClosed as exc:
            self.run.stop()
            raise SandboxGone("the submission's process stopped during the call") from exc
        if "error" in reply:
            error = reply["error"] if isinstance(reply["error"], dict) else {}
            name, text = str(error.get("ename", "Error")), str(error.get("evalue", ""))
            kind = getattr(builtins, name, None)
            if isinstance(kind, type) and issubclass(kind, Exception):
                raise kind(text)
            raise RuntimeError(f"{name}: {text}")
        return Decoder(remote=self.remote).decode(reply.get("result"))

    def remote(self, ref: int, name: str) -> Any:
        calls = self

        def function(*args: Any, **kwargs: Any) -> Any:
            return calls.call(ref, args, kwargs)

        function.__name__ = function.__qualname__ = name or "function"
        return function


def _alarm(seconds: float) -> None:
    def ring(signum: int, frame: Any) -> None:
        raise TimeoutError("the test ran past the time limit")

    signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, max(0.0, seconds))


def _set_history(shell: Any, sources: list[str]) -> None:
    history = shell.history_manager
    history.input_hist_parsed[:] = ["", *sources]
    history.input_hist_raw[:] = ["", *sources]
    shell.execution_count = len(sources) + 1


def evaluate(
    shell: Any,
    planned: list[PlannedCell],
    *,
    instructor: Mapping[int, str],
    tests: set[int],
    run: SandboxRun,
    cell_seconds: float,
) -> dict[int, list[dict[str, Any]]]:
    """Outputs of every test cell the sandbox reached, computed here (index -> outputs).

    `instructor` maps the index of each instructor cell to its full source (hidden tests
    included); the other planned cells are the student's and never run here.
    """
    calls = _Calls(run)
    done: dict[int, list[dict[str, Any]]] = {}
    executed: list[str] = []
    namespace = shell.user_ns
    shell.InteractiveTB.set_mode(mode="Plain")  # the failing line and the error, cheaply
    rebuilt: dict[str, tuple[Any, Any]] = {}  # name -> (data, value) last rebuilt
    for cell in planned:
        result: CellRun = run.cells[cell.index]
        if not result.started:
            break
        if cell.index in instructor:
            decoder = Decoder(remote=calls.remote)
            for name, data in result.answers.items():
                if name in rebuilt and rebuilt[name][0] == data:
                    # unchanged since the last test: the same object, as in the student's kernel
                    namespace[name] = rebuilt[name][1]
                    continue
                try:
                    namespace[name] = decoder.decode(data)
                except Malformed:
                    namespace[name] = Opaque("unreadable", "<unreadable>")
                rebuilt[name] = (data, namespace[name])
            for name in result.missing:
                namespace.pop(name, None)
            _set_history(shell, executed)
            calls.deadline = time.monotonic() + cell_seconds
            _alarm(cell_seconds + 2)  # a backstop: calls give up at the deadline first
            try:
                outputs, _ = run_cell(shell, instructor[cell.index])
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if cell.index in tests:
                done[cell.index] = outputs
        executed.append(cell.source)
    return done
