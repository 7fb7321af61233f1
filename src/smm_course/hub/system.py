"""Small questions to the operating system: am I root, can others reach a file, whose home."""

from __future__ import annotations

import os
import pwd
import shutil
import stat
import subprocess
from pathlib import Path

from smm_course.errors import UserError
from smm_course.i18n import t

PROBE_USER = "nobody"
USER_ENV_MODULES = ("smm_course", "nbgrader", "jupyterhub", "jupyterlab_language_pack_it_IT")


def require_root(command: str) -> None:
    """Stop with one clear line unless this process runs as root."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        raise UserError(t("hub.needs_root", command=command))


def require_tools(*names: str) -> None:
    """Stop with one clear line if a system program is missing."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        raise UserError(t("hub.missing_tools", tools=", ".join(missing)))


def _ancestors(path: Path) -> list[Path]:
    return [*reversed(path.parents)]


def blocked_directories(path: Path) -> list[Path]:
    """Directories on the way to `path` (and to where its symlinks lead) others cannot cross."""
    chains = [Path(path).absolute(), Path(path).resolve()]
    blocked: list[Path] = []
    for chain in chains:
        for folder in _ancestors(chain):
            try:
                mode = folder.stat().st_mode
            except OSError:
                continue
            if not mode & stat.S_IXOTH and folder not in blocked:
                blocked.append(folder)
    return blocked


def others_can_run(python: Path) -> tuple[bool, str]:
    """Run `python` as an unprivileged user and import the course stack; (ok, error)."""
    try:
        pwd.getpwnam(PROBE_USER)
    except KeyError:
        return True, ""
    # Importing nbgrader takes seconds; finding the packages proves enough (the folders are
    # readable and the interpreter starts), and the course itself is really imported.
    code = (
        "import importlib.util, smm_course\n"
        f"missing = [m for m in {USER_ENV_MODULES!r} if importlib.util.find_spec(m) is None]\n"
        "if missing: raise SystemExit('ModuleNotFoundError: ' + ', '.join(missing))"
    )
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    try:
        done = subprocess.run(
            [runuser, "-u", PROBE_USER, "--", str(python), "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            cwd="/",
            env={"PATH": "/usr/bin:/bin", "HOME": "/", "LANG": "C.UTF-8"},
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    lines = (done.stderr or done.stdout).strip().splitlines()
    return done.returncode == 0, lines[-1] if lines else ""


def private_home_problem(username: str) -> tuple[str, dict[str, str]] | None:
    """Why a user's home is not private (i18n key and values), or None when it is."""
    try:
        user = pwd.getpwnam(username)
    except KeyError:
        return ("hub.check.user_missing", {"user": username})
    home = Path(user.pw_dir)
    try:
        st = home.stat()
    except OSError:
        return ("hub.check.home_missing", {"user": username, "path": str(home)})
    if st.st_uid != user.pw_uid:
        return ("hub.check.home_owner", {"user": username, "path": str(home)})
    if stat.S_IMODE(st.st_mode) & 0o077:
        mode = f"{stat.S_IMODE(st.st_mode):o}"
        return ("hub.check.home_open", {"user": username, "path": str(home), "mode": mode})
    return None
