"""Student accounts on the server: read a class list, create private unix users."""

from __future__ import annotations

import csv
import os
import pwd
import re
import secrets
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from smm_course.errors import UserError
from smm_course.hub.system import require_root, require_tools
from smm_course.i18n import t
from smm_course.roster import RosterRow, read_roster

USERNAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
FIRST_USER_UID = 1000
HOME_MODE = 0o700
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
PASSWORD_LENGTH = 12


@dataclass(frozen=True)
class AddReport:
    """What `add_students` did."""

    created: tuple[str, ...]
    existing: tuple[str, ...]
    passwords_file: Path | None


def read_students(path: Path) -> list[RosterRow]:
    """The class list in `path`, checked for unix user names (the course's roster reader)."""

    def unix_name(row: RosterRow) -> str | None:
        if USERNAME.match(row.id):
            return None
        return t("hub.csv.bad_username", line=row.line, name=row.id)

    return read_roster(path, check=unix_name)


def new_password() -> str:
    """A random password that is easy to copy (no 0/O, 1/l/I)."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


def _run(command: list[str], stdin: str | None = None) -> None:
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise UserError(
            t("hub.command_failed", command=command[0], error=detail[-1] if detail else "?")
        )


def _existing_account(name: str) -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        return None


def _ensure_group(group: str) -> None:
    import grp

    try:
        grp.getgrnam(group)
    except KeyError:
        _run(["groupadd", group])


def _open_passwords(path: Path) -> TextIO:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    out = os.fdopen(fd, "w", encoding="utf-8", newline="")
    csv.writer(out).writerow(["username", "password"])
    return out


def add_students(
    students: list[RosterRow], group: str, home_base: Path, passwords_file: Path
) -> AddReport:
    """Create the accounts (private 0700 homes) and put everyone in the students' group."""
    require_root("smm-course hub add-students")
    require_tools("useradd", "usermod", "groupadd", "chpasswd")
    accounts = {s.id: _existing_account(s.id) for s in students}
    system = [n for n, a in accounts.items() if a is not None and a.pw_uid < FIRST_USER_UID]
    if system:
        raise UserError(t("hub.system_account", names=", ".join(system)))
    needs_password = [s for s in students if accounts[s.id] is None and not s.password]
    if needs_password and passwords_file.exists():
        raise UserError(t("hub.passwords_exist", path=str(passwords_file)))
    if not home_base.is_dir():
        raise UserError(t("hub.no_home_base", path=str(home_base)))
    _ensure_group(group)
    created: list[str] = []
    existing: list[str] = []
    # The file is written as passwords are set, so a failure halfway loses none of them.
    out = _open_passwords(passwords_file) if needs_password else None
    try:
        for student in students:
            account = accounts[student.id]
            if account is None:
                home = home_base / student.id
                _run(
                    [
                        "useradd",
                        "--create-home",
                        "--home-dir",
                        str(home),
                        "--shell",
                        "/bin/bash",
                        "--comment",
                        student.full_name,
                        "--groups",
                        group,
                        "-K",
                        f"HOME_MODE={HOME_MODE:04o}",
                        student.id,
                    ]
                )
                password = student.password or new_password()
                _run(["chpasswd"], stdin=f"{student.id}:{password}\n")
                if out is not None and not student.password:
                    csv.writer(out).writerow([student.id, password])
                    out.flush()
                created.append(student.id)
            else:
                _run(["usermod", "--append", "--groups", group, student.id])
                home = Path(account.pw_dir)
                existing.append(student.id)
            if home.is_dir():
                home.chmod(HOME_MODE)
    finally:
        if out is not None:
            out.close()
    return AddReport(tuple(created), tuple(existing), passwords_file if out else None)
