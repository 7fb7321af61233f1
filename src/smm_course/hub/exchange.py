"""The nbgrader exchange folder: created by root, writable by all, the course owned by its teacher.

nbgrader wants the exchange root writable by everyone (mode 777; the sticky bit keeps a
student from renaming someone else's folder). The course folder inside it is created here
for the instructor, so no student can claim the course name before the first release.
"""

from __future__ import annotations

import os
import pwd
import stat

from smm_course.hub.classroom import HubSettings, group_members

EXCHANGE_MODE = 0o1777
COURSE_MODE = 0o755


def course_owner(settings: HubSettings) -> str | None:
    """The instructor who owns the course in the exchange (the first of the group)."""
    members = group_members(settings.instructor_group)
    return members[0] if members else None


def prepare_exchange(settings: HubSettings) -> list[str]:
    """Create or repair the exchange root and the course folder; return what was done."""
    done: list[str] = []
    root = settings.exchange
    if not root.is_dir():
        root.mkdir(parents=True)
        done.append(f"created {root}")
    if stat.S_IMODE(root.stat().st_mode) != EXCHANGE_MODE:
        root.chmod(EXCHANGE_MODE)
        done.append(f"chmod {EXCHANGE_MODE:o} {root}")
    owner = course_owner(settings)
    course = settings.course_exchange
    if owner is not None and not course.exists():
        course.mkdir()
        user = pwd.getpwnam(owner)
        os.chown(course, user.pw_uid, user.pw_gid)
        course.chmod(COURSE_MODE)
        done.append(f"created {course} for {owner}")
    return done


def exchange_problems(settings: HubSettings) -> list[tuple[str, dict[str, str]]]:
    """What is wrong with the exchange, as (i18n key, values) pairs; empty when ready."""
    root = settings.exchange
    if not root.is_dir():
        return [("hub.check.exchange_missing", {"path": str(root)})]
    problems: list[tuple[str, dict[str, str]]] = []
    st = root.stat()
    if stat.S_IMODE(st.st_mode) & 0o777 != 0o777 or st.st_uid != 0:
        problems.append(
            (
                "hub.check.exchange_mode",
                {"path": str(root), "mode": f"{stat.S_IMODE(st.st_mode):o}"},
            )
        )
    course = settings.course_exchange
    if course.exists():
        uid = course.stat().st_uid
        try:
            owner = pwd.getpwuid(uid).pw_name
        except KeyError:
            owner = str(uid)
        if owner not in group_members(settings.instructor_group):
            problems.append(("hub.check.exchange_squatted", {"path": str(course), "owner": owner}))
    return problems
