"""Graded by a user who is not root: the same sandbox inside a user namespace."""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import ExitStack
from pathlib import Path

import pytest

from smm_course.grading.execute.fork import PlannedCell, run_cells, sandbox_folders
from smm_course.grading.execute.policy import probe
from smm_course.grading.limits import Limits
from smm_course.grading.model import Mode, Protection
from smm_course.grading.worker import warm_shell

# The interpreter may sit in root's home: the classroom tests' lock makes it reachable.
pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0, reason="needs root to become another user"),
    pytest.mark.xdist_group("hub"),
]
NOBODY = 65534
CELLS = [
    PlannedCell(0, "import os, socket\nprint(os.getuid())\nrisposta = {'a': [1, 2]}"),
    PlannedCell(
        1,
        "print(os.path.exists(SECRET))\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except OSError as e:\n    print('rete', type(e).__name__)",
        ("risposta",),
    ),
]


def _as_nobody(secret: Path) -> dict:
    """Probe and run the cells as an ordinary user; the result comes back as JSON."""
    shell = warm_shell()
    base = Path(tempfile.mkdtemp())
    base.chmod(0o777)
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_fd)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            config = probe((secret.parent, Path(tempfile.gettempdir())))
            cells = [
                CELLS[0],
                PlannedCell(
                    1, CELLS[1].source.replace("SECRET", repr(str(secret))), CELLS[1].capture
                ),
            ]
            with sandbox_folders(base) as (staging, root):
                run = run_cells(
                    shell, cells, config=config, root=root, staging=staging, name="n",
                    limits=Limits(),
                )  # fmt: skip
                run.stop()
            out = {
                "mode": config.mode.value,
                "missing": [p.value for p in config.missing],
                "text": "".join(o.get("text", "") for c in run.cells.values() for o in c.outputs),
                "answers": run.cells[1].answers,
                "issues": [i.kind.value for i in run.issues],
            }
            os.write(write_fd, json.dumps(out).encode())
        finally:
            os._exit(0)
    os.close(write_fd)
    data = b""
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.waitpid(pid, 0)
    return json.loads(data)


def test_an_ordinary_user_gets_files_network_and_processes_isolated(tmp_path):
    from tests.hub.userenv import Unavailable, users_environment

    secret = tmp_path / "solutions" / "hidden.ipynb"
    secret.parent.mkdir()
    secret.write_text("{}")
    tmp_path.chmod(0o755)
    secret.parent.chmod(0o755)
    with ExitStack() as stack:
        try:
            users_environment(stack)
        except Unavailable as exc:
            pytest.skip(str(exc))
        result = _as_nobody(secret)
    if result["mode"] == Mode.LIMITS.value:
        pytest.skip("this kernel does not allow user namespaces")
    assert result["mode"] == Mode.USERNS.value
    assert result["missing"] == [Protection.USER.value]
    assert result["issues"] == []
    assert f"{NOBODY}\nFalse\nrete OSError" in result["text"]  # secret hidden, no network
    assert result["answers"]["risposta"]["t"] == "dict"
