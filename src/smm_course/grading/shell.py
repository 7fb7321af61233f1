"""An IPython shell that turns each cell it runs into nbformat outputs, as a kernel would.

Used in the sandbox (the student's cells) and by the trusted evaluator (the tests); it knows
nothing about either. Outputs are plain dicts ready for nbformat.
"""

from __future__ import annotations

import io
import sys
from typing import Any, ClassVar

MAX_CAPTURE_CHARS = 2_000_000  # per cell; the pipeline cuts outputs further


class _Streams:
    """sys.stdout / sys.stderr stand-ins that append stream outputs to the current cell."""

    def __init__(self, sink: list[dict[str, Any]], name: str) -> None:
        self.sink = sink
        self.name = name
        self.encoding = "utf-8"
        self.errors = "replace"

    def write(self, text: Any) -> int:
        text = str(text)
        last = self.sink[-1] if self.sink else None
        if last is not None and last.get("output_type") == "stream" and last["name"] == self.name:
            if len(last["text"]) < MAX_CAPTURE_CHARS:
                last["text"] += text[: MAX_CAPTURE_CHARS - len(last["text"])]
        else:
            self.sink.append(
                {"output_type": "stream", "name": self.name, "text": text[:MAX_CAPTURE_CHARS]}
            )
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def _jsonable(data: dict[str, Any]) -> dict[str, Any]:
    import json

    out = {}
    for mime, raw in data.items():
        value = raw
        if isinstance(value, (bytes, bytearray)):
            import base64

            value = base64.b64encode(bytes(value)).decode("ascii")
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            value = str(value)
        out[str(mime)] = value
    return out


def make_shell() -> Any:
    """A capturing InteractiveShell (one per process; call before forking)."""
    from IPython.core.displayhook import DisplayHook
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    class CapturingPublisher(DisplayPublisher):
        outputs: ClassVar[list[dict[str, Any]]] = []

        def publish(self, data: Any, metadata: Any = None, *args: Any, **kwargs: Any) -> None:
            self.outputs.append(
                {
                    "output_type": "display_data",
                    "data": _jsonable(dict(data)),
                    "metadata": _jsonable(dict(metadata or {})),
                }
            )

        def clear_output(self, wait: bool = False) -> None:
            self.outputs.clear()

    class CapturingHook(DisplayHook):
        def write_output_prompt(self) -> None:
            return None

        def write_format_data(self, format_dict: Any, md_dict: Any = None) -> None:
            shell: Any = self.shell
            shell.cell_outputs.append(
                {
                    "output_type": "execute_result",
                    "data": _jsonable(dict(format_dict)),
                    "metadata": _jsonable(dict(md_dict or {})),
                    "execution_count": shell.execution_count,
                }
            )

        def finish_displayhook(self) -> None:
            sys.stdout.flush()

    class CapturingShell(InteractiveShell):
        displayhook_class = CapturingHook
        display_pub_class = CapturingPublisher
        cell_outputs: ClassVar[list[dict[str, Any]]] = []

        def _showtraceback(self, etype: Any, evalue: Any, stb: Any) -> None:
            self.cell_outputs.append(
                {
                    "output_type": "error",
                    "ename": getattr(etype, "__name__", str(etype)),
                    "evalue": str(evalue)[:MAX_CAPTURE_CHARS],
                    "traceback": [str(line)[:MAX_CAPTURE_CHARS] for line in stb][:200],
                }
            )

        def enable_gui(self, gui: Any = None) -> None:  # no event loop: inline figures only
            return None

        def system(self, cmd: str) -> None:  # `!ls`: nothing to run in a grading shell
            self.cell_outputs.append(
                {"output_type": "stream", "name": "stderr", "text": "shell commands are off\n"}
            )

    config = Config()
    config.HistoryManager.enabled = False  # In and Out still work; nothing is written
    config.InteractiveShell.colors = "nocolor"
    shell = CapturingShell.instance(config=config)
    shell.display_pub.outputs = shell.cell_outputs
    return shell


def run_cell(shell: Any, source: str) -> tuple[list[dict[str, Any]], int]:
    """Run `source`; return its outputs and execution count (stdout/stderr captured)."""
    outputs: list[dict[str, Any]] = []
    shell.cell_outputs = outputs
    shell.display_pub.outputs = outputs
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Streams(outputs, "stdout"), _Streams(outputs, "stderr")
    try:
        shell.run_cell(source, store_history=True)
    finally:
        sys.stdout, sys.stderr = saved
    return outputs, shell.execution_count - 1
