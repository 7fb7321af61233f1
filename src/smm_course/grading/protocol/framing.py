"""Length-prefixed JSON messages over a pair of pipe file descriptors, with deadlines and caps."""

from __future__ import annotations

import contextlib
import json
import os
import select
import struct
import time
from typing import Any

HEADER = struct.Struct(">I")


class ChannelClosed(Exception):
    """The other end went away (its process ended) or sent something that is not a message."""


class ChannelTimeout(Exception):
    """No whole message arrived before the deadline."""


class Channel:
    """One end of a message pipe: `send` writes a JSON message, `receive` reads one."""

    def __init__(self, read_fd: int | None, write_fd: int | None, max_bytes: int) -> None:
        self.read_fd = read_fd
        self.write_fd = write_fd
        self.max_bytes = max_bytes
        self._buffer = b""

    def send(self, message: dict[str, Any]) -> None:
        """Write one message (raises ChannelClosed when the reader is gone)."""
        if self.write_fd is None:
            raise ChannelClosed("write end closed")
        data = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        view = memoryview(HEADER.pack(len(data)) + data)
        try:
            while view:
                written = os.write(self.write_fd, view)
                view = view[written:]
        except OSError as exc:
            raise ChannelClosed(str(exc)) from exc

    def _fill(self, size: int, deadline: float | None) -> None:
        assert self.read_fd is not None
        while len(self._buffer) < size:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ChannelTimeout
                ready, _, _ = select.select([self.read_fd], [], [], left)
                if not ready:
                    raise ChannelTimeout
            try:
                chunk = os.read(self.read_fd, min(1 << 20, size - len(self._buffer)))
            except OSError as exc:
                raise ChannelClosed(str(exc)) from exc
            if not chunk:
                raise ChannelClosed("end of stream")
            self._buffer += chunk

    def receive(self, deadline: float | None = None) -> dict[str, Any]:
        """The next message; ChannelTimeout after `deadline` (time.monotonic), ChannelClosed
        at the end of the stream or on anything that is not a JSON object within the cap."""
        if self.read_fd is None:
            raise ChannelClosed("read end closed")
        self._fill(HEADER.size, deadline)
        (size,) = HEADER.unpack(self._buffer[: HEADER.size])
        if size > self.max_bytes:
            raise ChannelClosed(f"message of {size} bytes over the cap of {self.max_bytes}")
        self._fill(HEADER.size + size, deadline)
        raw = self._buffer[HEADER.size : HEADER.size + size]
        self._buffer = self._buffer[HEADER.size + size :]
        try:
            message = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ChannelClosed(f"not JSON: {exc}") from exc
        if not isinstance(message, dict):
            raise ChannelClosed("not a JSON object")
        return message

    def close(self) -> None:
        """Close both file descriptors (idempotent)."""
        for fd in (self.read_fd, self.write_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.read_fd = self.write_fd = None
