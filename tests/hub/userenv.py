"""A Python environment every test user can run: the project's own venv.

The venv's interpreter may live under a private folder (pyenv in root's home, mode 700).
Exactly as `smm-course hub check` advises, the folders on the way get o+x (traverse
only, no listing) for the duration of the run, and their modes are put back afterwards.
Those modes are machine-wide, so one classroom at a time holds them: a second classroom
(another test worker, a benchmark) waits for the first to end instead of having the first
one's clean-up lock its users out halfway.
SMM_HUB_TEST_USER_ENV names another environment to use instead (e.g. /opt/smm-course).
"""

from __future__ import annotations

import os
import stat
import sys
import sysconfig
import tempfile
from contextlib import ExitStack
from pathlib import Path

from filelock import FileLock, Timeout

from smm_course.hub.system import blocked_directories, others_can_run

LOCK = Path(tempfile.gettempdir()) / "smm-course-classroom.lock"
LOCK_WAIT_S = 900


class Unavailable(Exception):
    """The test environment cannot give the users a Python; the message says why."""


def _paths_users_need(prefix: Path) -> list[Path]:
    python = prefix / "bin" / "python"
    real = Path(os.path.realpath(python))
    paths = [python, prefix / "lib"]
    if prefix == Path(sys.prefix):
        paths += [Path(sysconfig.get_paths()["stdlib"]), real.parent.parent / "lib"]
    return paths


def users_environment(stack: ExitStack) -> Path:
    """The prefix every user's server runs from, made reachable for this run."""
    lock = FileLock(LOCK)
    try:
        lock.acquire(timeout=LOCK_WAIT_S)
    except Timeout as exc:
        raise Unavailable(f"un'altra aula di prova occupa la macchina da {LOCK_WAIT_S} s") from exc
    stack.callback(lock.release)
    chosen = os.environ.get("SMM_HUB_TEST_USER_ENV")
    prefix = Path(chosen) if chosen else Path(sys.prefix)
    if not chosen:
        blocked = {d for p in _paths_users_need(prefix) for d in blocked_directories(p)}
        for folder in sorted(blocked):
            mode = stat.S_IMODE(folder.stat().st_mode)
            stack.callback(folder.chmod, mode)
            folder.chmod(mode | stat.S_IXOTH)
    ok, error = others_can_run(prefix / "bin" / "python")
    if not ok:
        raise Unavailable(f"gli utenti non possono eseguire {prefix / 'bin' / 'python'}: {error}")
    return prefix
