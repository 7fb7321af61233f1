"""The sandboxed process: runs the cells, snapshots the answers, then serves calls to them.

Messages out (framed JSON): {"start": i, "answers": {...}, "missing": [...]} before cell i,
{"done": i, "outputs": [...], "count": n} after it, {"finished": true} at the end, then one
{"result": ...} or {"error": {...}} per {"call": ref, "args": [...], "kwargs": [...]} received.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from smm_course.grading.protocol import Channel, ChannelClosed
from smm_course.grading.protocol.values import Decoder, Encoder, TooLarge
from smm_course.grading.shell import run_cell


def _snapshot(shell: Any, encoder: Encoder, names: list[str]) -> tuple[dict[str, Any], list[str]]:
    answers: dict[str, Any] = {}
    missing: list[str] = []
    for name in names:
        if name not in shell.user_ns:
            missing.append(name)
            continue
        encoder.reset()
        value = shell.user_ns[name]
        try:
            answers[name] = encoder.encode(value)
        except TooLarge:
            answers[name] = {"t": "opaque", "type": type(value).__name__, "repr": "<too large>"}
        except Exception as exc:  # a value whose own methods fail: it still arrives, opaque
            answers[name] = {"t": "opaque", "type": type(exc).__name__, "repr": "<unreadable>"}
    return answers, missing


def _serve_calls(channel: Channel, encoder: Encoder) -> None:
    decoder = Decoder()
    while True:
        request = channel.receive()
        if "call" not in request:
            return
        try:
            function = encoder.refs[int(request["call"])]
            args = [decoder.decode(a) for a in request.get("args", [])]
            kwargs = {str(k): decoder.decode(v) for k, v in request.get("kwargs", [])}
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            try:
                value = function(*args, **kwargs)
            finally:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            encoder.reset()
            channel.send({"result": encoder.encode(value)})
        except BaseException as exc:  # the student's function failed: say how, go on
            channel.send({"error": {"ename": type(exc).__name__, "evalue": str(exc)[:2000]}})


def run(shell: Any, channel: Channel) -> None:
    """Run the plan that arrives on `channel` (called in the sandbox, never returns)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    encoder = Encoder()
    try:
        plan = channel.receive()
        for cell in plan.get("cells", []):
            index = int(cell["index"])
            answers, missing = _snapshot(shell, encoder, list(cell.get("capture", [])))
            channel.send({"start": index, "answers": answers, "missing": missing})
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            try:
                outputs, count = run_cell(shell, str(cell["source"]))
            finally:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            channel.send({"done": index, "outputs": outputs, "count": count})
        channel.send({"finished": True})
        _serve_calls(channel, encoder)
    except ChannelClosed:
        pass
    finally:
        os._exit(0)
