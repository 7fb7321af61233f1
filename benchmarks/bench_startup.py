"""Start-up: imports, `smm-course --help`, and `smm-course start --no-browser` until it answers."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from _common import median, print_table

PYTHON = sys.executable
IMPORTS = ("smm_course", "smm_course.checks", "smm_course.widgets")


def run_seconds(command: list[str]) -> float:
    """Wall seconds of one command run to completion."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def import_seconds(module: str, repeat: int) -> tuple[float, float]:
    """Median time of `python -c pass` and of `python -c 'import module'`."""
    base = median([run_seconds([PYTHON, "-c", "pass"]) for _ in range(repeat)])
    full = median([run_seconds([PYTHON, "-c", f"import {module}"]) for _ in range(repeat)])
    return base, full


def server_ready_seconds() -> float:
    """Seconds from `smm-course start --no-browser` to /api/status answering 200."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    token = secrets.token_hex(8)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "JUPYTERLAB_SETTINGS_DIR": f"{home}/settings"}
        command = [
            PYTHON,
            "-m",
            "smm_course.cli",
            "start",
            "--no-browser",
            f"--port={port}",
            "--",
            f"--IdentityProvider.token={token}",
        ]
        start = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        url = f"http://127.0.0.1:{port}/api/status?token={token}"
        try:
            while time.perf_counter() - start < 60:
                try:
                    with urllib.request.urlopen(url, timeout=1):
                        return time.perf_counter() - start
                except OSError:
                    time.sleep(0.05)
            raise RuntimeError("server did not answer in 60 s")
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(30)


def main() -> None:
    """Print the start-up table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = []
    for module in IMPORTS:
        base, full = import_seconds(module, args.repeat)
        rows.append((f"import {module}", full - base, "over bare `python -c pass`"))
    cli = [PYTHON, "-m", "smm_course.cli", "--help"]
    rows.append(("smm-course --help", median([run_seconds(cli) for _ in range(args.repeat)]), ""))
    ready = [server_ready_seconds() for _ in range(args.repeat)]
    rows.append(("smm-course start --no-browser (server answers)", median(ready), ""))
    print_table(f"Start-up (median of {args.repeat}, seconds)", ("what", "median s", "note"), rows)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
