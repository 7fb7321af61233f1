"""Start the course the documented way (`smm-course start ...`) for a browser test."""

from __future__ import annotations

import contextlib
import secrets
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from .conftest import Server, free_port, jupyter_env, wait_until_ready


@contextlib.contextmanager
def started(home: Path, root: Path, *options: str) -> Iterator[Server]:
    """`smm-course start --no-browser OPTIONS` on a free port, stopped on exit."""
    port, token = free_port(), secrets.token_hex(8)
    command = [
        sys.executable, "-m", "smm_course.cli", "start", "--no-browser", f"--port={port}",
        *options, "--", f"--IdentityProvider.token={token}",
    ]  # fmt: skip
    log = (home / "start.log").open("w")
    process = subprocess.Popen(command, env=jupyter_env(home), stdout=log, stderr=log, cwd=home)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/api/status?token={token}", process)
        yield Server(url, token, root, home, process)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
