"""Start-up: imports, `smm-course --help`, and `smm-course start --no-browser` until it answers.

    .venv/bin/python benchmarks/bench_startup.py --repeat 5

The server rows are measured interleaved with plain `jupyter lab` (the baseline, same
extensions, same machine load) and with server extensions switched off, to show what they cost.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
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
    return run_cpu(command)[0]


def run_cpu(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds user+system) of one command run to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def import_seconds(module: str, repeat: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of `python -c 'import module'` over `python -c pass`."""
    base = [run_cpu([PYTHON, "-c", "pass"]) for _ in range(repeat)]
    full = [run_cpu([PYTHON, "-c", f"import {module}"]) for _ in range(repeat)]
    return (
        median([w for w, _ in full]) - median([w for w, _ in base]),
        median([c for _, c in full]) - median([c for _, c in base]),
    )


LEARNER_OFF = (  # extensions a self-learner never uses; Validate needs the other two nbgrader ones
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
    "jupyter_lsp",
)
NBGRADER_ALL = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.validate_assignment",
)


def _disable(names: tuple[str, ...]) -> list[str]:
    return [arg for name in names for arg in ("--ServerApp.jpserver_extensions", f"{name}=False")]


SERVERS = {  # label -> (command before the common options, extra jupyter options)
    "jupyter lab, plain (baseline)": (["-m", "jupyterlab"], []),
    "smm-course start --no-browser": (["-m", "smm_course.cli", "start", "--no-browser", "--"], []),
    "  same, formgrader + course_list + jupyter_lsp off": (
        ["-m", "smm_course.cli", "start", "--no-browser", "--"],
        _disable(LEARNER_OFF),
    ),
    "  same, every nbgrader extension + jupyter_lsp off (no Validate)": (
        ["-m", "smm_course.cli", "start", "--no-browser", "--"],
        _disable((*NBGRADER_ALL, "jupyter_lsp")),
    ),
}


def stop_tree(pid: int) -> None:
    """SIGTERM a process and its descendants (the server is a child of smm-course)."""
    import psutil

    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    procs = [root, *root.children(recursive=True)]
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.send_signal(signal.SIGTERM)
    _, alive = psutil.wait_procs(procs, timeout=30)
    for proc in alive:
        with contextlib.suppress(psutil.NoSuchProcess):
            proc.kill()


def server_ready_seconds(label: str) -> float:
    """Seconds from launching server `label` to /api/status answering 200."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    token = secrets.token_hex(8)
    head, extra = SERVERS[label]
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "JUPYTERLAB_SETTINGS_DIR": f"{home}/settings"}
        env["PATH"] = os.pathsep.join([str(Path(PYTHON).parent), env.get("PATH", "")])
        common = [
            f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
        ]
        if head[-1] != "--":  # plain jupyter lab: the options smm-course start adds itself
            common += ["--no-browser", f"--ServerApp.root_dir={home}"]
            if hasattr(os, "geteuid") and os.geteuid() == 0:
                common.append("--allow-root")
        start = time.perf_counter()
        process = subprocess.Popen(
            [PYTHON, *head, *common, *extra],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}/api/status?token={token}"
        try:
            while time.perf_counter() - start < 60:
                try:
                    with urllib.request.urlopen(url, timeout=1):
                        return time.perf_counter() - start
                except OSError as exc:
                    if process.poll() is not None:
                        message = f"{label}: the server exited ({process.returncode})"
                        raise RuntimeError(message) from exc
                    time.sleep(0.05)
            raise RuntimeError("server did not answer in 60 s")
        finally:
            stop_tree(process.pid)


def main() -> None:
    """Print the start-up table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-server", action="store_true", help="only imports and --help")
    args = parser.parse_args()
    rows = []
    for module in IMPORTS:
        wall, cpu = import_seconds(module, args.repeat)
        note = f"over bare `python -c pass`; CPU {cpu:.3f} s (less sensitive to load)"
        rows.append((f"import {module}", wall, note))
    cli = [PYTHON, "-m", "smm_course.cli", "--help"]
    rows.append(("smm-course --help", median([run_seconds(cli) for _ in range(args.repeat)]), ""))
    if not args.no_server:
        ready: dict[str, list[float]] = {label: [] for label in SERVERS}
        for _ in range(args.repeat):  # interleaved, so load changes hit every variant alike
            for label in SERVERS:
                ready[label].append(server_ready_seconds(label))
        baseline = ready[next(iter(SERVERS))]
        for label, times in ready.items():
            ratio = median([a / b for a, b in zip(times, baseline, strict=True)])
            rows.append((f"{label}: server answers", median(times), f"{ratio:.2f}x baseline"))
    print_table(f"Start-up (median of {args.repeat}, seconds)", ("what", "median s", "note"), rows)


if __name__ == "__main__":
    main()
