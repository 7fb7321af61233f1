"""`smm-course hub check`: everything the classroom needs on this server, and what is missing."""

from __future__ import annotations

import grp
import os
import pwd
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from smm_course.hub.classroom import HubSettings, group_members
from smm_course.hub.exchange import exchange_problems
from smm_course.hub.system import blocked_directories, others_can_run, private_home_problem
from smm_course.i18n import t

COURSE_ID = re.compile(r"""course_id\s*=\s*["']([^"']+)["']""")
ROLE_FILES = ("common/nbgrader_config.py", "instructor/nbgrader_config.py", "student")


@dataclass(frozen=True)
class Finding:
    """One line of the check: fine or not, what it is, how to fix it."""

    ok: bool
    text: str
    fix: str = ""


def _ok(key: str, **values: object) -> Finding:
    return Finding(True, t(key, **values))


def _bad(key: str, fix_key: str = "", **values: object) -> Finding:
    return Finding(False, t(key, **values), t(fix_key, **values) if fix_key else "")


def _fix_key(check_key: str) -> str:
    return check_key.replace("hub.check.", "hub.fix.", 1)


def check_proxy(settings: HubSettings) -> Finding:
    """configurable-http-proxy can be started."""
    found = shutil.which(settings.proxy)
    if found:
        return _ok("hub.check.proxy_ok", path=found)
    return _bad("hub.check.proxy_missing", "hub.fix.proxy", name=settings.proxy)


def check_interpreter(settings: HubSettings) -> list[Finding]:
    """Every user can run the users' Python and import the course with it."""
    python = settings.python
    if not settings.singleuser.is_file():
        return [_bad("hub.check.singleuser_missing", "hub.fix.user_env", env=settings.user_env)]
    blocked = blocked_directories(python)
    if blocked:
        dirs = ", ".join(str(d) for d in blocked)
        real = os.path.realpath(python)
        return [_bad("hub.check.python_blocked", "hub.fix.python_blocked", python=real, dirs=dirs)]
    runs, error = others_can_run(python)
    if not runs:
        return [
            _bad("hub.check.python_fails", "hub.fix.user_env", env=settings.user_env, error=error)
        ]
    return [_ok("hub.check.python_ok", python=python)]


def check_role_config(settings: HubSettings) -> Finding:
    """The per-role Jupyter configuration exists and every user can read it."""
    base = settings.jupyter_config
    missing = [name for name in ROLE_FILES if not (base / name).exists()]
    if missing:
        return _bad("hub.check.config_missing", "hub.fix.config_missing", path=base)
    blocked = blocked_directories(base / "common" / "nbgrader_config.py")
    unreadable = [
        str(p)
        for p in base.rglob("*")
        if not p.stat().st_mode & (stat.S_IROTH if p.is_file() else stat.S_IXOTH)
    ]
    if blocked or unreadable:
        where = ", ".join([str(d) for d in blocked] + unreadable)
        return _bad("hub.check.config_unreadable", "hub.fix.config_unreadable", paths=where)
    return _ok("hub.check.config_ok", path=base)


def check_group(settings: HubSettings, name: str, label_key: str) -> Finding:
    """A course group exists and has members."""
    label = t(label_key)
    try:
        grp.getgrnam(name)
    except KeyError:
        return _bad("hub.check.group_missing", "hub.fix.group", group=name, role=label)
    members = group_members(name)
    if not members:
        return _bad("hub.check.group_empty", "hub.fix.group", group=name, role=label)
    return _ok("hub.check.group_ok", group=name, role=label, count=len(members))


def check_homes(settings: HubSettings) -> list[Finding]:
    """Every course user's home folder is theirs alone."""
    users = [*group_members(settings.instructor_group), *group_members(settings.student_group)]
    findings = []
    for user in dict.fromkeys(users):
        problem = private_home_problem(user)
        if problem is not None:
            key, values = problem
            findings.append(_bad(key, _fix_key(key), **values))
    if users and not findings:
        findings.append(_ok("hub.check.homes_ok", count=len(set(users))))
    return findings


def check_exchange(settings: HubSettings) -> list[Finding]:
    """The nbgrader exchange exists with the permissions nbgrader needs."""
    problems = exchange_problems(settings)
    if not problems:
        return [_ok("hub.check.exchange_ok", path=settings.exchange)]
    return [_bad(key, _fix_key(key), **values) for key, values in problems]


def check_courses(settings: HubSettings) -> list[Finding]:
    """Each instructor has the nbgrader course folder the formgrader opens."""
    findings = []
    for user in group_members(settings.instructor_group):
        home = Path(pwd.getpwnam(user).pw_dir)
        root = settings.course_root(home)
        config = root / "nbgrader_config.py"
        if config.is_file():
            # Read, never run: the file belongs to the instructor and this runs as root.
            found = COURSE_ID.search(config.read_text(encoding="utf-8", errors="replace"))
            if found and found.group(1) != settings.course_id:
                findings.append(
                    _bad(
                        "hub.check.course_id_mismatch",
                        "hub.fix.course_id_mismatch",
                        user=user,
                        path=config,
                        found=found.group(1),
                        expected=settings.course_id,
                    )
                )
            else:
                findings.append(_ok("hub.check.course_ok", user=user, path=root))
        else:
            findings.append(
                _bad("hub.check.course_missing", "hub.fix.course_missing", user=user, path=root)
            )
    return findings


def run_checks(settings: HubSettings) -> list[Finding]:
    """All findings, in the order an administrator fixes them."""
    return [
        check_proxy(settings),
        *check_interpreter(settings),
        check_role_config(settings),
        check_group(settings, settings.instructor_group, "hub.role.instructors"),
        check_group(settings, settings.student_group, "hub.role.students"),
        *check_homes(settings),
        *check_exchange(settings),
        *check_courses(settings),
    ]
