"""Where the classroom lives on the server, read from SMM_HUB_* environment variables.

The same settings feed `deploy/jupyterhub/jupyterhub_config.py`, `smm-course hub check`
and the tests, so the hub and the check never disagree about a path or a group.
"""

from __future__ import annotations

import grp
import os
import pwd
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

ENV_PREFIX = "SMM_HUB_"
DEFAULT_STATE = "/srv/smm-course/hub"
DEFAULT_EXCHANGE = "/srv/smm-course/exchange"
DEFAULT_COURSE_ID = "smm-strategia"
DEFAULT_COURSE_DIR = "smm-course/course"
LAB_LOCALES = {"it": "it_IT", "en": "en"}
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"


class Role(Enum):
    """What a hub user is in the course."""

    INSTRUCTOR = "instructor"
    STUDENT = "student"
    NONE = "none"


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class HubSettings:
    """One server's classroom layout (see docs/instructor-hub.en.md for every variable)."""

    bind_url: str = "http://:8000"
    hub_port: int = 8081
    proxy_api_port: int = 8001
    state_dir: Path = Path(DEFAULT_STATE)
    exchange: Path = Path(DEFAULT_EXCHANGE)
    course_id: str = DEFAULT_COURSE_ID
    course_dir: str = DEFAULT_COURSE_DIR
    user_env: Path = Path(sys.prefix)
    proxy: str = "configurable-http-proxy"
    instructor_group: str = "smm-docenti"
    student_group: str = "smm-studenti"
    admin_users: tuple[str, ...] = ()
    language: str = "it"
    jupyter_config: Path = Path("/srv/smm-course/deploy/jupyterhub/jupyter")
    admin_token: str = field(default="", repr=False)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, deploy_dir: Path | None = None
    ) -> HubSettings:
        """Settings from SMM_HUB_* variables; `deploy_dir` is deploy/jupyterhub of the course."""
        env = os.environ if environ is None else environ

        def get(name: str, default: str) -> str:
            return env.get(ENV_PREFIX + name) or default

        deploy = deploy_dir or default_deploy_dir()
        language = get("LANG", "it")
        return cls(
            bind_url=get("BIND_URL", cls.bind_url),
            hub_port=int(get("API_PORT", str(cls.hub_port))),
            proxy_api_port=int(get("PROXY_API_PORT", str(cls.proxy_api_port))),
            state_dir=Path(get("STATE", DEFAULT_STATE)),
            exchange=Path(get("EXCHANGE", DEFAULT_EXCHANGE)),
            course_id=get("COURSE_ID", DEFAULT_COURSE_ID),
            course_dir=get("COURSE_DIR", DEFAULT_COURSE_DIR),
            user_env=Path(get("USER_ENV", sys.prefix)),
            proxy=get("PROXY", cls.proxy),
            instructor_group=get("INSTRUCTORS_GROUP", cls.instructor_group),
            student_group=get("STUDENTS_GROUP", cls.student_group),
            admin_users=_split(get("ADMINS", "")),
            language=language if language in LAB_LOCALES else "it",
            jupyter_config=Path(get("JUPYTER_CONFIG", str(deploy / "jupyter"))),
            admin_token=env.get(ENV_PREFIX + "ADMIN_TOKEN", ""),
        )

    @property
    def python(self) -> Path:
        """The interpreter every user's server runs."""
        return self.user_env / "bin" / "python"

    @property
    def singleuser(self) -> Path:
        """The program the hub starts for each user."""
        return self.user_env / "bin" / "jupyterhub-singleuser"

    @property
    def course_exchange(self) -> Path:
        """This course's folder inside the exchange (owned by the instructor)."""
        return self.exchange / self.course_id

    def course_root(self, home: Path) -> Path:
        """The instructor's nbgrader course folder for a home folder."""
        return home / self.course_dir


def default_deploy_dir() -> Path:
    """deploy/jupyterhub of the checkout this package runs from (or a path that says so)."""
    return Path(__file__).resolve().parents[3] / "deploy" / "jupyterhub"


def group_members(name: str) -> tuple[str, ...]:
    """Users in unix group `name` (secondary members and users whose primary group it is)."""
    try:
        group = grp.getgrnam(name)
    except KeyError:
        return ()
    members = list(group.gr_mem)
    members += [u.pw_name for u in pwd.getpwall() if u.pw_gid == group.gr_gid]
    return tuple(dict.fromkeys(members))


def role_of(settings: HubSettings, username: str) -> Role:
    """A user's role, from the unix groups of the course."""
    if username in group_members(settings.instructor_group):
        return Role.INSTRUCTOR
    if username in group_members(settings.student_group):
        return Role.STUDENT
    return Role.NONE


def user_environment(settings: HubSettings, username: str) -> dict[str, str]:
    """Environment of a user's server (and of their nbgrader commands) for their role."""
    role = role_of(settings, username)
    config = settings.jupyter_config
    dirs = [config / role.value] if role is not Role.NONE else []
    env = {
        "PATH": f"{settings.user_env / 'bin'}:{SYSTEM_PATH}",
        "JUPYTER_CONFIG_PATH": os.pathsep.join(str(d) for d in [*dirs, config / "common"]),
        "SMM_HUB_EXCHANGE": str(settings.exchange),
        "SMM_HUB_COURSE_ID": settings.course_id,
        "SMM_HUB_LAB_LOCALE": LAB_LOCALES[settings.language],
        "SMM_COURSE_LANG": settings.language,
    }
    if role is Role.INSTRUCTOR:
        env["SMM_HUB_COURSE_ROOT"] = str(settings.course_root(Path(pwd.getpwnam(username).pw_dir)))
    return env
