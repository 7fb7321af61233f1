"""Shut a forked process in: namespaces, a private file system, no network, limits, no rights.

Linux only. As root: mount, network, PID, IPC and UTS namespaces, then the dedicated user
`smm-grader`. As another user: the same namespaces inside a user namespace, then every
capability dropped. Where neither works: resource limits, a scrubbed environment and a
private working folder only, and the missing protections are named.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import shutil
import signal
import sys
from pathlib import Path

from smm_course.grading.limits import Limits
from smm_course.grading.model import Mode, SandboxConfig

HOME = "/home/smm-grader"
CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_MOVE, MS_REC, MS_PRIVATE = 32, 4096, 8192, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_NO_NEW_PRIVS = 1, 4, 38
SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32")
ETC_FILES = (
    "passwd", "group", "nsswitch.conf", "hosts", "localtime", "timezone", "ld.so.cache",
    "ld.so.conf", "ld.so.conf.d", "fonts", "alternatives", "mime.types", "locale.alias",
    "os-release", "matplotlibrc",
)  # fmt: skip
DEVICES = ("null", "zero", "full", "random", "urandom")
ENV_KEEP = ("LANG", "LC_ALL", "LC_CTYPE", "TZ", "SMM_COURSE_LANG", "OPENBLAS_CORETYPE")


_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def unshare(flags: int) -> None:
    """unshare(2) of this process (raises OSError when the kernel refuses)."""
    _check(_libc.unshare(ctypes.c_int(flags)), "unshare")


def _mount(
    source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None
) -> None:
    enc = [None if v is None else v.encode() for v in (source, target, fstype, data)]
    _check(_libc.mount(enc[0], enc[1], enc[2], ctypes.c_ulong(flags), enc[3]), f"mount {target}")


def _prctl(option: int, value: int) -> None:
    _check(_libc.prctl(option, ctypes.c_ulong(value), 0, 0, 0), "prctl")


def _drop_capabilities() -> None:
    """capset(2) with empty sets: nothing left to undo the mounts with."""

    class Header(ctypes.Structure):
        _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))

    class Data(ctypes.Structure):
        _fields_ = (
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        )

    header = Header(0x20080522, 0)
    data = (Data * 2)()
    _check(_libc.capset(ctypes.byref(header), data), "capset")


def unshare_namespaces(config: SandboxConfig) -> None:
    """In the middle process: new namespaces (its next child is PID 1 of the new one)."""
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID
    if config.mode == Mode.USERNS:
        uid, gid = os.getuid(), os.getgid()
        _prctl(PR_SET_DUMPABLE, 1)  # /proc/self/*_map belong to us only when dumpable
        unshare(flags | CLONE_NEWUSER)
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    elif config.mode == Mode.ROOT:
        unshare(flags)


def _bind(source: str, target: Path, *, readonly: bool = True) -> None:
    if Path(source).is_dir():
        target.mkdir(parents=True, exist_ok=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.touch(exist_ok=True)
    _mount(source, str(target), None, MS_BIND | MS_REC)
    if readonly:
        locked = os.statvfs(source).f_flag & (MS_NOSUID | MS_NODEV | MS_NOEXEC)
        _mount(None, str(target), None, MS_REMOUNT | MS_BIND | MS_RDONLY | locked)


def _build_root(config: SandboxConfig, root: Path, limits: Limits) -> None:
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount("tmpfs", str(root), "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=16m")
    for name in SYSTEM_DIRS:
        source = Path("/") / name
        if source.is_symlink():
            (root / name).symlink_to(source.readlink())
        elif source.is_dir():
            _bind(str(source), root / name)
    for name in ETC_FILES:
        if (Path("/etc") / name).exists():
            _bind(f"/etc/{name}", root / "etc" / name)
    dev = root / "dev"
    dev.mkdir()
    _mount("tmpfs", str(dev), "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=0755,size=64k")
    for name in DEVICES:
        _bind(f"/dev/{name}", dev / name, readonly=False)
    for index, name in enumerate(("stdin", "stdout", "stderr")):
        (dev / name).symlink_to(f"/proc/self/fd/{index}")
    (dev / "fd").symlink_to("/proc/self/fd")
    (root / "proc").mkdir()
    _mount("proc", str(root / "proc"), "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    home = root / HOME.lstrip("/")
    home.mkdir(parents=True)
    size = max(1, limits.disk_bytes // 1024)
    _mount("tmpfs", str(home), "tmpfs", MS_NOSUID | MS_NODEV, f"mode=0700,size={size}k")
    (root / "tmp").mkdir(exist_ok=True)
    (home / ".tmp").mkdir()
    (home / ".tmp").chmod(0o1777)
    _bind(str(home / ".tmp"), root / "tmp", readonly=False)
    # software last, so that a venv or a checkout under /tmp is not hidden by the new /tmp
    for folder in config.keep:
        _bind(folder, root / folder.lstrip("/"))


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def _user_processes(uid: int) -> int:
    count = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                count += entry.stat().st_uid == uid
    return count


def _set_limits(config: SandboxConfig, limits: Limits) -> None:
    def cap(kind: int, value: int) -> None:
        _, hard = resource.getrlimit(kind)
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(kind, (value, value))

    processes = limits.processes
    if config.mode != Mode.ROOT:  # the grader's own uid: its other processes count too
        processes += _user_processes(config.uid)
    cap(resource.RLIMIT_NPROC, processes)
    cap(resource.RLIMIT_AS, _vm_size() + limits.memory_bytes)
    cap(resource.RLIMIT_FSIZE, limits.file_bytes)
    cap(resource.RLIMIT_NOFILE, limits.open_files)
    cap(resource.RLIMIT_CPU, int(limits.notebook_seconds) + 5)
    cap(resource.RLIMIT_CORE, 0)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write fails, it does not kill


def enter(
    config: SandboxConfig, root: Path, staging: Path, assignment: str, limits: Limits
) -> Path:
    """In the sandboxed process, before any student code: shut it in; return its working folder."""
    os.setsid()
    if config.mode == Mode.LIMITS:
        work = staging
    else:
        _build_root(config, root, limits)
        home = root / HOME.lstrip("/")
        shutil.copytree(staging, home / assignment)
        # the submission's own files only: software mount points may sit under home/.tmp
        for path in [home, home / ".tmp", *(home / assignment).rglob("*"), home / assignment]:
            os.lchown(path, config.uid, config.gid)
        os.chdir(root)
        _mount(str(root), "/", None, MS_MOVE)
        os.chroot(".")
        work = Path(HOME) / assignment
    os.chdir(work)
    _set_limits(config, limits)
    if config.mode == Mode.ROOT:
        os.setgroups([])
        os.setgid(config.gid)
        os.setuid(config.uid)
    elif config.mode == Mode.USERNS:
        _drop_capabilities()
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    env = {k: os.environ[k] for k in ENV_KEEP if k in os.environ}
    os.environ.clear()
    os.environ.update(env)
    bin_dir = str(Path(sys.executable).parent)
    os.environ.update(
        PATH=f"{bin_dir}:/usr/local/bin:/usr/bin:/bin",
        HOME=str(work.parent) if config.mode != Mode.LIMITS else str(work),
        TMPDIR="/tmp" if config.mode != Mode.LIMITS else str(work),
        MPLCONFIGDIR=str(work.parent / ".tmp") if config.mode != Mode.LIMITS else str(work),
        NBGRADER_EXECUTION="autograde",
    )
    return work
