"""Hostile submissions are contained and named; honest ones in the same batch keep their marks."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import threading
from pathlib import Path

import nbformat
import pytest

from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from smm_course.grading.model import Protection
from smm_course.grading.status import IssueKind, Status
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

LINUX_ROOT = os.geteuid() == 0 and os.uname().sysname == "Linux"

# name: the answer cell (the honest function first, then the attack)
HOSTILE = {
    "read_solutions": (
        "import pathlib\n"
        "for p in pathlib.Path('{solutions}').rglob('*'):\n"
        "    print(p, p.read_text()[:2000] if p.is_file() else '')"
    ),
    "read_course": (
        "import os\n"
        "print(os.listdir('{course}'))\n"
        "print(open('{course}/gradebook.db','rb').read(100))"
    ),
    "read_others": (
        "import os\n"
        "print(os.listdir('{submitted}'))\n"
        "print(open('{submitted}/good/{assignment}/{notebook}.ipynb').read())"
    ),
    "read_home": (
        "import os\nprint(os.listdir(os.path.expanduser('~')))\nprint(os.listdir('/root'))"
    ),
    "write_outside": (
        "targets = ('{repo}/PWNED', '{course}/PWNED', '{autograded}/good/PWNED')\n"
        "for target in (*targets, '/tmp/PWNED_{marker}'):\n"
        "    try:\n"
        "        open(target, 'w').write('x')\n"
        "        print('wrote', target)\n"
        "    except OSError as e:\n"
        "        print('refused', target, type(e).__name__)"
    ),
    "socket": (
        "import socket\n"
        "s = socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "s.sendall(b'stolen gradebook')"
    ),
    "fork_bomb": (
        "import os\n"
        "for _ in range(400):\n"
        "    try:\n"
        "        if os.fork() == 0:\n"
        "            import time; time.sleep(30); os._exit(0)\n"
        "    except OSError as e:\n"
        "        print('fork refused', e.errno); break"
    ),
    "memory": (
        "try:\n    hog = bytearray(20 * 1024 ** 3)\nexcept MemoryError:\n    print('no memory')"
    ),
    "memory_uncaught": "hog = bytearray(20 * 1024 ** 3)",
    "write_system": "open('/usr/lib/pwned.py', 'w').write('x')",
    "big_file": (
        "with open('big.bin', 'wb') as f:\n"
        "    try:\n"
        "        for _ in range(5 * 1024):\n"
        "            f.write(b'0' * 1024 * 1024)\n"
        "    except OSError as e:\n"
        "        print('too big', e.errno)"
    ),
    "kill_parent": (
        "import os, signal\n"
        "for target in (os.getppid(), 1):\n"
        "    try:\n"
        "        os.kill(target, signal.SIGKILL)\n"
        "    except OSError as e:\n"
        "        print('kill refused', e)\n"
        "try:\n"
        "    os.killpg(0, signal.SIGKILL)\n"
        "except OSError as e:\n"
        "    print('killpg refused', e)"
    ),
    "thread": (
        "import threading, time\n"
        "threading.Thread(target=lambda: time.sleep(10_000), daemon=False).start()"
    ),
    "patch_checks": (
        "import builtins, sys\n"
        "builtins.AssertionError = type('Nope', (Exception,), {{}})\n"
        "sys.modules['smm_course.checks.keys'] = None\n"
        "import smm_course.checks.keys as k\n"
        ""
    ),
    "huge_print": ("print('x' * 100_000_000)"),
}


def _answer(name: str, **paths: object) -> str:
    attack = HOSTILE[name].format(**paths)
    if name == "patch_checks":  # a wrong answer, plus rebinding what the tests use
        return "def tasso(like, post):\n    return post / like\n" + attack
    return h.GOOD + "\n" + attack


def course_software() -> tuple[str, ...]:
    """The interpreter's folders, the only things of the grader's home a submission may see."""
    from smm_course.grading.execute.policy import software_folders

    return software_folders(())


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def hostile(released_template, tmp_path_factory):
    dest = tmp_path_factory.mktemp("hostile") / "copy"
    shutil.copytree(released_template.parent, dest)
    root = dest / "course"
    course = open_course(root)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    received: list[bytes] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
                received.append(conn.recv(100))
            except OSError:
                if listener.fileno() < 0:
                    return

    threading.Thread(target=accept, daemon=True).start()
    marker = os.getpid()
    paths = {
        "solutions": course.source_dir,
        "course": root,
        "submitted": course.submitted_dir,
        "autograded": course.autograded_dir,
        "repo": dest,
        "assignment": h.ASSIGNMENT,
        "notebook": h.NOTEBOOK,
        "port": listener.getsockname()[1],
        "marker": marker,
    }
    for student in ("good", "honest"):
        h.write_submission(root, student, h.submission(root, "good"))
    for name in HOSTILE:
        nb = h.submission(root, "good")
        h.edit_cell(nb, "risposta", _answer(name, **paths))
        h.write_submission(root, name, nb)
    before = {"solutions": _digest(course.source_dir), "submitted": _digest(course.submitted_dir)}
    report = grade_assignment(course, h.ASSIGNMENT, jobs=2, progress=False)
    listener.close()
    return root, course, {r.student: r for r in report.records}, before, received, marker, report


def _outputs(root: Path, student: str) -> str:
    path = root / "autograded" / student / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    return "\n".join(str(o) for c in nb.cells if c.cell_type == "code" for o in c.outputs)


@pytest.mark.skipif(not LINUX_ROOT, reason="the full sandbox needs root on Linux")
def test_the_sandbox_is_complete_here(hostile):
    *_, report = hostile
    assert report.missing == ()


def test_honest_submissions_keep_full_marks(hostile):
    _, _, records, *_ = hostile
    for student in ("good", "honest"):
        assert records[student].score == h.MAX_AUTO
        assert records[student].status == Status.GRADED


@pytest.mark.skipif(not LINUX_ROOT, reason="the full sandbox needs root on Linux")
def test_nothing_the_grader_keeps_is_read_or_changed(hostile):
    root, course, records, before, _received, marker, _ = hostile
    assert _digest(course.source_dir) == before["solutions"]
    assert _digest(course.submitted_dir) == before["submitted"]
    for name in ("PWNED",):
        assert not (root.parent / name).exists()
        assert not (root / name).exists()
        assert not (course.autograded_dir / "good" / name).exists()
    assert not Path(f"/tmp/PWNED_{marker}").exists()
    for student in ("read_solutions", "read_course", "read_others", "read_home"):
        text = _outputs(root, student)
        assert "HIDDEN" not in text and "0.3333" not in text, student
        if student in ("read_course", "read_others"):
            assert "FileNotFoundError" in text, student  # the folders are simply not there
        assert records[student].score == h.MAX_AUTO  # the honest function still counts
    assert ".ipynb" not in _outputs(root, "read_solutions")
    assert "nbgrader_config.py" not in _outputs(root, "read_course")
    assert "schema_version" not in _outputs(root, "read_others")
    home = {p.name for p in Path.home().iterdir()}
    shown = _outputs(root, "read_home")
    software = {Path(p).parts[2] for p in course_software() if Path(p).parts[1:2] == ("root",)}
    assert not [name for name in home - software if f"'{name}'" in shown]


@pytest.mark.skipif(not LINUX_ROOT, reason="the full sandbox needs root on Linux")
def test_no_network(hostile):
    root, _, _, _, received, *_ = hostile
    assert received == []
    assert "OSError" in _outputs(root, "socket") or "Error" in _outputs(root, "socket")


@pytest.mark.skipif(not LINUX_ROOT, reason="the full sandbox needs root on Linux")
def test_resources_are_capped_and_the_batch_goes_on(hostile):
    root, _, records, *_ = hostile
    assert "fork refused" in _outputs(root, "fork_bomb")
    assert "no memory" in _outputs(root, "memory")
    assert "too big" in _outputs(root, "big_file")
    for student in ("fork_bomb", "memory", "big_file", "thread", "kill_parent"):
        assert records[student].score == h.MAX_AUTO, (student, records[student].issues)


@pytest.mark.skipif(not LINUX_ROOT, reason="the full sandbox needs root on Linux")
def test_the_table_names_the_walls_a_submission_hit(hostile):
    _, _, records, *_ = hostile
    assert "rete" in records["socket"].reasons("it")
    assert "memoria" in records["memory_uncaught"].reasons("it")
    assert "memory" in records["memory_uncaught"].reasons("en")
    assert records["memory_uncaught"].score == h.MAX_AUTO  # the answer before it still counts
    assert "file fuori dalla cartella" in records["write_system"].reasons("it")
    assert not Path("/usr/lib/pwned.py").exists()
    assert IssueKind.SANDBOX_LIMIT not in {i.kind for i in records["good"].issues}


def test_printing_100_mb_is_cut(hostile):
    root, _, records, *_ = hostile
    assert IssueKind.OUTPUT_TRUNCATED in {i.kind for i in records["huge_print"].issues}
    path = root / "autograded" / "huge_print" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    assert path.stat().st_size < 200_000


def test_patching_checks_and_builtins_earns_nothing(hostile):
    _, _, records, *_ = hostile
    assert records["patch_checks"].score == 0  # the wrong answer stays wrong


def test_missing_protections_are_named(monkeypatch, course_root, capsys):
    from smm_course.cli import main
    from smm_course.grading.execute import policy

    weak = policy.SandboxConfig(policy.Mode.LIMITS, os.getuid(), os.getgid(), (), tuple(Protection))
    monkeypatch.setattr("smm_course.grading.batch.probe", lambda protected: weak)
    h.write_submission(course_root, "good", h.submission(course_root, "good"))
    assert main(["course", "--course", str(course_root), "grade", h.ASSIGNMENT, "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "rete" in err and "file" in err


@pytest.mark.skipif(not LINUX_ROOT, reason="the full sandbox needs root on Linux")
def test_software_under_tmp_stays_visible_under_the_new_tmp(tmp_path):
    """A checkout or venv under /tmp (as in a CI clone) is bound over the sandbox's own /tmp."""
    import tempfile

    from smm_course.grading.execute.fork import PlannedCell, run_cells, sandbox_folders
    from smm_course.grading.execute.policy import probe
    from smm_course.grading.limits import Limits
    from smm_course.grading.worker import warm_shell

    software = Path(tempfile.mkdtemp(prefix="smm-software-"))
    (software / "libreria.txt").write_text("presente", encoding="utf-8")
    software.chmod(0o755)
    base = probe((tmp_path,))
    config = type(base)(base.mode, base.uid, base.gid, (*base.keep, str(software)), base.missing)
    source = (
        f"print(open({str(software / 'libreria.txt')!r}).read())\n"
        "open('/tmp/scratch.txt', 'w').write('ok')\nprint(open('/tmp/scratch.txt').read())"
    )
    with sandbox_folders(tmp_path) as (staging, root):
        run = run_cells(
            warm_shell(), [PlannedCell(0, source)], config=config, root=root, staging=staging,
            name="n", limits=Limits(),
        )  # fmt: skip
        run.stop()
    text = "".join(o.get("text", "") for o in run.cells[0].outputs)
    assert text == "presente\nok\n", run.cells[0].outputs
