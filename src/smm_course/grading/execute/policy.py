"""Which sandbox this machine allows: decided once per batch, in the grader's process."""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from smm_course.grading.model import Mode, Protection, SandboxConfig
from smm_course.grading.sandbox import isolation

GRADER_USER = "smm-grader"


def grader_ids() -> tuple[int, int]:
    """uid and gid of the smm-grader system user, created on first use (root only)."""
    try:
        entry = pwd.getpwnam(GRADER_USER)
    except KeyError:
        useradd = shutil.which("useradd") or "/usr/sbin/useradd"
        subprocess.run(
            [useradd, "--system", "--no-create-home", "--home-dir", isolation.HOME, "--shell",
             "/usr/sbin/nologin", GRADER_USER],
            check=True, capture_output=True,
        )  # fmt: skip
        entry = pwd.getpwnam(GRADER_USER)
    return entry.pw_uid, entry.pw_gid


def _userns_works() -> bool:
    pid = os.fork()
    if pid == 0:
        try:
            isolation.unshare(
                isolation.CLONE_NEWUSER
                | isolation.CLONE_NEWNS
                | isolation.CLONE_NEWNET
                | isolation.CLONE_NEWPID
            )
            os._exit(0)
        except BaseException:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def software_folders(protected: tuple[Path, ...]) -> tuple[str, ...]:
    """Folders the interpreter needs (prefixes, sys.path), minus any that holds a protected one."""
    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    candidates.add(str(Path(sys.executable).resolve().parent.parent))
    candidates.update(p for p in sys.path if p and Path(p).is_absolute())
    out: set[str] = set()
    for item in candidates:
        path = Path(item).resolve()
        try:
            usable = path.is_dir()
        except OSError:  # a folder this user cannot even look at
            usable = False
        if not usable or (path.parts[1:2] and path.parts[1] in (*isolation.SYSTEM_DIRS, "etc")):
            continue
        if any(p == path or path in p.parents for p in protected):
            continue  # e.g. the repository root on sys.path: it holds solutions/
        if not path.stat().st_mode & stat.S_IXOTH:
            # the grader's user could not enter it (a checkout in `mktemp -d`, mode 0700):
            # the folders inside it that are needed are bound one by one instead
            continue
        out.add(str(path))
    kept = sorted(out)
    return tuple(p for p in kept if not any(p.startswith(q + os.sep) for q in kept if q != p))


def probe(protected: tuple[Path, ...]) -> SandboxConfig:
    """The strongest sandbox this machine allows, for a batch graded by this process."""
    if not sys.platform.startswith("linux"):
        missing = tuple(Protection)
        return SandboxConfig(Mode.LIMITS, os.getuid(), os.getgid(), (), missing)
    keep = software_folders(protected)
    if os.geteuid() == 0:
        try:
            uid, gid = grader_ids()
            return SandboxConfig(Mode.ROOT, uid, gid, keep)
        except (OSError, subprocess.CalledProcessError, KeyError):
            return SandboxConfig(Mode.ROOT, 65534, 65534, keep)  # nobody
    if _userns_works():
        return SandboxConfig(Mode.USERNS, os.getuid(), os.getgid(), keep, (Protection.USER,))
    missing = (Protection.FILES, Protection.NETWORK, Protection.PROCESSES, Protection.USER)
    return SandboxConfig(Mode.LIMITS, os.getuid(), os.getgid(), (), missing)
