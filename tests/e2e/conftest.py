"""A real JupyterLab on 127.0.0.1 driven by Debian's chromium through Playwright."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from smm_course.cli.start import set_interface_language

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config, items):
    """Skip browser tests where chromium is missing, unless CI requires them."""
    if CHROMIUM.exists() or os.environ.get("SMM_COURSE_REQUIRE_E2E"):
        return
    skip = pytest.mark.skip(reason="chromium non installato (apt-get install chromium)")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's chromium instead of a downloaded browser."""
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """A wide viewport, as on a classroom projector."""
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}}


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Server:
    """A running Jupyter server."""

    url: str
    token: str
    root: Path
    home: Path
    process: subprocess.Popen

    def lab(self, path: str = "", ui: str = "lab") -> str:
        """URL of `path` in JupyterLab ('lab') or Notebook 7 ('notebooks')."""
        prefix = "lab/tree" if ui == "lab" else ui
        # `reset` starts from an empty workspace, so tabs of earlier tests do not come back.
        reset = "reset&" if ui == "lab" else ""
        return f"{self.url}/{prefix}/{path}?{reset}token={self.token}"


def wait_until_ready(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    """Poll /api/status until the server answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"il server è terminato con codice {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"il server non risponde su {url}")


def jupyter_env(home: Path) -> dict[str, str]:
    """An environment that keeps the server's state inside `home`."""
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)  # the kernel must show inline plots
    env.update(
        HOME=str(home),
        SMM_COURSE_HOME=str(home / ".smm_course"),
        JUPYTER_CONFIG_DIR=str(home / ".jupyter"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTERLAB_SETTINGS_DIR=str(home / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
        PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]),
    )
    return env


def copy_course(root: Path) -> None:
    """Copy the course's folders (without gradebook or student work) into `root`."""
    ignore = shutil.ignore_patterns(
        "gradebook.db", "submitted", "autograded", "feedback", ".smm_course"
    )
    for folder in ("lessons", "exercises", "solutions", "course"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, root / folder, ignore=ignore)


@contextlib.contextmanager
def launch(root: Path, home: Path, cwd: Path | None = None) -> Iterator[Server]:
    """JupyterLab serving `root` on a free port of 127.0.0.1, stopped on exit."""
    port, token = free_port(), secrets.token_hex(16)
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1",
        f"--port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}", "--allow-root",
    ]  # fmt: skip
    set_interface_language(home / "settings", "it", force=False)
    with serve(command, port, token, root, home, cwd=cwd or root, log="server.log") as server:
        yield server


@contextlib.contextmanager
def serve(
    command: list[str], port: int, token: str, root: Path, home: Path, *, cwd: Path, log: str
) -> Iterator[Server]:
    """Run a Jupyter server `command` until it answers on `port`; stop it (SIGTERM) on exit."""
    log_file = (home / log).open("w")
    process = subprocess.Popen(
        command, env=jupyter_env(home), stdout=log_file, stderr=log_file, cwd=cwd
    )
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
        log_file.close()


@pytest.fixture(scope="session")
def jupyter_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """JupyterLab serving a copy of the course (lessons, exercises, course/) on 127.0.0.1."""
    base = tmp_path_factory.mktemp("jupyter")
    root, home = base / "root", base / "home"
    root.mkdir()
    home.mkdir()
    copy_course(root)
    with launch(root, home) as server:
        yield server


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot where CI keeps it."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
