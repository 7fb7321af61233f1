"""Start the course the documented way (`smm-course start ...`) for a browser test."""

from __future__ import annotations

import contextlib
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

from .conftest import Server, free_port, serve


@contextlib.contextmanager
def started(home: Path, root: Path, *options: str) -> Iterator[Server]:
    """`smm-course start --no-browser OPTIONS` on a free port, stopped on exit."""
    port, token = free_port(), secrets.token_hex(8)
    command = [
        sys.executable, "-m", "smm_course.cli", "start", "--no-browser", f"--port={port}",
        *options, "--", f"--IdentityProvider.token={token}",
    ]  # fmt: skip
    with serve(command, port, token, root, home, cwd=home, log="start.log") as server:
        yield server
