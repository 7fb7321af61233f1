"""Run an nbgrader converter and keep the errors it logs, for a one-line report."""

from __future__ import annotations

import io
import logging
from typing import Any


class ConverterFailed(Exception):
    """An nbgrader converter stopped; `lines` holds the errors it logged."""

    def __init__(self, lines: list[str], cause: BaseException) -> None:
        super().__init__(lines[-1] if lines else str(cause))
        self.lines = lines
        self.cause = cause

    def summary(self, *, last: bool = False) -> str:
        """The first (or last) logged error line, else the exception itself."""
        if self.lines:
            return self.lines[-1 if last else 0]
        return f"{type(self.cause).__name__}: {self.cause}"


def run_converter(converter: Any) -> None:
    """Start `converter`; on failure raise ConverterFailed with the error lines it logged."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setLevel(logging.ERROR)
    converter.log.addHandler(handler)
    try:
        converter.start()
    except Exception as exc:
        lines = [ln for ln in buffer.getvalue().splitlines() if ln.strip()]
        raise ConverterFailed(lines, exc) from exc
    finally:
        converter.log.removeHandler(handler)
