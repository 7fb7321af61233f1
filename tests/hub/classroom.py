"""A throw-away classroom: unix users, the course's JupyterHub config, one server each.

Everything it creates is registered for removal *before* it is created, on an ExitStack,
so users, processes and files go away also when a step fails halfway.
"""

from __future__ import annotations

import csv
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path

import requests

from smm_course.hub.classroom import HubSettings, user_environment
from smm_course.hub.system import blocked_directories
from tests.hub.hubhttp import Admin, Browser, HubError
from tests.hub.userenv import users_environment

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "jupyterhub"


def missing_requirements() -> str | None:
    """Why a real classroom cannot run here (None when it can)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "servono i permessi di root (utenti unix reali e un processo per utente)"
    if shutil.which("configurable-http-proxy") is None:
        return "manca configurable-http-proxy (npm install -g configurable-http-proxy)"
    for tool in ("runuser", "useradd", "userdel", "groupadd", "groupdel", "chpasswd", "pgrep"):
        if shutil.which(tool) is None:
            return f"manca il programma di sistema {tool}"
    if not (Path(sys.prefix) / "bin" / "jupyterhub").exists():
        return "jupyterhub non è installato nell'ambiente (pip install -e '.[hub]')"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Person:
    """A unix user of the classroom."""

    name: str
    password: str
    home: Path


@dataclass
class Classroom:
    """One instructor and `n_students` students on a private JupyterHub."""

    n_students: int
    # Called once the accounts exist and before any server starts (nbgrader reads the
    # instructor's course config when the server starts).
    prepare_course: Callable[[Classroom], None] = lambda _room: None
    # Instructor work that needs no server (e.g. making the student version): it runs
    # while the hub and the servers start.
    meanwhile: Callable[[Classroom], None] = lambda _room: None
    keep_files: bool = bool(os.environ.get("SMM_HUB_TEST_KEEP"))
    timings: dict[str, float] = field(default_factory=dict)
    stack: ExitStack = field(default_factory=ExitStack)

    def __post_init__(self) -> None:
        self.prefix = "hb" + secrets.token_hex(3)
        self.instructor_group = f"{self.prefix}-doc"
        self.student_group = f"{self.prefix}-stu"
        self.base = Path(tempfile.mkdtemp(prefix=f"smm-hub-{self.prefix}-", dir="/tmp"))
        self.stack.callback(self._remove_base)
        self.base.chmod(0o755)
        self.names = [f"{self.prefix}-s{i:02d}" for i in range(1, self.n_students + 1)]
        self.instructor_name = f"{self.prefix}-prof"
        self.people: dict[str, Person] = {}
        self.browsers: dict[str, Browser] = {}
        self.process: subprocess.Popen[bytes] | None = None
        self.course_root = self.base  # set by prepare_course

    # -- lifecycle -------------------------------------------------------------------
    def __enter__(self) -> Classroom:
        try:
            self._timed("environment", self._prepare_environment)
            self._timed("users", self._create_users)
            self._timed("course", lambda: self.prepare_course(self))
            with ThreadPoolExecutor(max_workers=1) as pool:
                started = time.perf_counter()
                background = pool.submit(self.meanwhile, self)
                self._timed("hub start", self._start_hub)
                self._timed("logins", self._log_everyone_in)
                self._timed("servers", self._start_servers)
                background.result()
                self.timings["meanwhile (overlapped)"] = time.perf_counter() - started
        except BaseException:
            self.stack.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        start = time.perf_counter()
        self.stack.close()
        self.timings["teardown"] = time.perf_counter() - start

    def _timed(self, label: str, step: Callable[[], object]) -> None:
        start = time.perf_counter()
        step()
        self.timings[label] = time.perf_counter() - start

    # -- settings shared with the hub --------------------------------------------------
    def _prepare_environment(self) -> None:
        deploy = DEPLOY
        if blocked_directories(deploy / "jupyter" / "common" / "nbgrader_config.py"):
            deploy = self.base / "deploy"
            shutil.copytree(DEPLOY, deploy)
        self.deploy = deploy
        self.user_env = users_environment(self.stack)
        self.admin_token = secrets.token_hex(32)
        self.url = f"http://127.0.0.1:{_free_port()}"
        (self.base / "home").mkdir(mode=0o755)
        self.env = {
            "SMM_HUB_BIND_URL": self.url,
            "SMM_HUB_API_PORT": str(_free_port()),
            "SMM_HUB_PROXY_API_PORT": str(_free_port()),
            "SMM_HUB_STATE": str(self.base / "state"),
            "SMM_HUB_EXCHANGE": str(self.base / "srv" / "exchange"),
            "SMM_HUB_USER_ENV": str(self.user_env),
            "SMM_HUB_PROXY": str(shutil.which("configurable-http-proxy")),
            "SMM_HUB_INSTRUCTORS_GROUP": self.instructor_group,
            "SMM_HUB_STUDENTS_GROUP": self.student_group,
            "SMM_HUB_JUPYTER_CONFIG": str(deploy / "jupyter"),
        }
        self.settings = HubSettings.from_env(self.env, deploy_dir=deploy)

    @property
    def instructor(self) -> Person:
        """The instructor."""
        return self.people[self.instructor_name]

    @property
    def students(self) -> list[Person]:
        """The students, in order."""
        return [self.people[name] for name in self.names]

    # -- unix users ----------------------------------------------------------------------
    def _create_users(self) -> None:
        for group in (self.instructor_group, self.student_group):
            self.stack.callback(_quiet, ["groupdel", group])
        for name in [self.instructor_name, *self.names]:
            self.stack.callback(self._remove_user, name)
        subprocess.run(["groupadd", self.instructor_group], check=True)
        home = self.base / "home" / self.instructor_name
        password = secrets.token_urlsafe(12)
        subprocess.run(
            [
                "useradd",
                "--create-home",
                "--home-dir",
                str(home),
                "--shell",
                "/bin/bash",
                "--groups",
                self.instructor_group,
                self.instructor_name,
            ],
            check=True,
        )
        home.chmod(0o700)
        subprocess.run(
            ["chpasswd"], input=f"{self.instructor_name}:{password}\n", text=True, check=True
        )
        self.people[self.instructor_name] = Person(self.instructor_name, password, home)
        # The students come from a class list, through the command the administrator runs.
        # The same file (the course's format) also enrolls them in the gradebook.
        class_list = self.class_list = self.base / "studenti.csv"
        with class_list.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["id", "name", "surname", "email"])
            for i, name in enumerate(self.names, start=1):
                writer.writerow([name, "Studente", f"Numero {i}", f"{name}@example.org"])
        done = self.cli(
            "hub",
            "add-students",
            str(class_list),
            "--group",
            self.student_group,
            "--home-base",
            str(self.base / "home"),
            "--passwords",
            str(self.base / "pw.csv"),
        )
        if done.returncode != 0:
            raise HubError(f"add-students: {done.stderr or done.stdout}")
        with (self.base / "pw.csv").open(encoding="utf-8") as pw:
            for row in csv.DictReader(pw):
                name = row["username"]
                self.people[name] = Person(name, row["password"], self.base / "home" / name)

    def _remove_user(self, name: str) -> None:
        # Leftover processes first: userdel refuses to remove a logged-in user.
        for _ in range(3):
            found = subprocess.run(
                ["pgrep", "-u", name], capture_output=True, text=True, check=False
            )
            pids = [int(p) for p in found.stdout.split()]
            if not pids:
                break
            for pid in pids:
                with suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.2)
        _quiet(["userdel", "--remove", name])

    def leftovers(self) -> list[str]:
        """What is still there after the classroom closed (should be nothing)."""
        import grp
        import pwd

        found = [u.pw_name for u in pwd.getpwall() if u.pw_name.startswith(self.prefix)]
        found += [g.gr_name for g in grp.getgrall() if g.gr_name.startswith(self.prefix)]
        if self.process is not None and self.process.poll() is None:
            found.append(f"hub pid {self.process.pid}")
        if self.base.exists() and not self.keep_files:
            found.append(str(self.base))
        return found

    def _remove_base(self) -> None:
        if not self.keep_files:
            shutil.rmtree(self.base, ignore_errors=True)

    def cli(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        """Run `smm-course ...` as root with the classroom's settings (as the admin does)."""
        full_env = {**os.environ, **self.env, **(env or {})}
        return subprocess.run(
            [sys.executable, "-m", "smm_course.cli", *args],
            capture_output=True,
            text=True,
            env=full_env,
            timeout=300,
            check=False,
        )

    def run_as(
        self, person: Person, *command: str, cwd: Path | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess:
        """Run a command as `person`, with the environment their server has."""
        env = {
            "HOME": str(person.home),
            "USER": person.name,
            "LOGNAME": person.name,
            "LANG": "C.UTF-8",
            **user_environment(self.settings, person.name),
        }
        argv = ["runuser", "-u", person.name, "--", "env", "-i"]
        argv += [f"{key}={value}" for key, value in env.items()]
        return subprocess.run(
            [*argv, *command],
            cwd=cwd or person.home,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    # -- the hub ---------------------------------------------------------------------------
    def _start_hub(self) -> None:
        state = self.base / "state"
        env = {
            "PATH": f"{Path(sys.prefix) / 'bin'}:/usr/local/bin:/usr/bin:/bin",
            "HOME": "/root",
            "LANG": "C.UTF-8",
            **self.env,
            "SMM_HUB_ADMIN_TOKEN": self.admin_token,
        }
        self.log = self.base / "hub.log"
        self.stack.callback(self._stop_hub)
        with self.log.open("wb") as log:
            # Popen, not a shell `&`: a background shell job would ignore SIGINT in the hub.
            self.process = subprocess.Popen(
                [
                    str(Path(sys.prefix) / "bin" / "jupyterhub"),
                    "-f",
                    str(self.deploy / "jupyterhub_config.py"),
                ],
                cwd="/",
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HubError(f"the hub stopped at start:\n{self.log_tail()}")
            try:
                if requests.get(f"{self.url}/hub/api/", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.2)
        else:
            raise HubError(f"the hub did not answer in 60 s:\n{self.log_tail()}")
        state.chmod(0o700)
        self.admin = Admin(self.url, self.admin_token)

    def _stop_hub(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # cleanup_servers stops every server
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        pid_file = self.base / "state" / "jupyterhub-proxy.pid"
        if pid_file.exists():
            with suppress(ValueError, ProcessLookupError, PermissionError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)

    def log_tail(self, lines: int = 40) -> str:
        """The end of the hub's log, to explain a failure."""
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _log_everyone_in(self) -> None:
        for person in [self.instructor, *self.students]:
            browser = Browser(self.url, person.name, person.password)
            reply = browser.login()
            if reply.status_code != 302:
                raise HubError(f"login of {person.name}: {reply.status_code}\n{self.log_tail()}")
            self.browsers[person.name] = browser

    def _start_servers(self) -> None:
        names = [self.instructor_name, *self.names]
        with ThreadPoolExecutor(max_workers=min(len(names), 16)) as pool:
            list(pool.map(self.admin.start_server, names))
            list(pool.map(self.admin.wait_ready, names))
        for name in names:
            reply = self.browsers[name].open_lab()
            if reply.status_code != 200 or "JupyterLab" not in reply.text:
                raise HubError(f"lab of {name}: {reply.status_code}\n{self.log_tail()}")


def _quiet(command: list[str]) -> None:
    subprocess.run(command, capture_output=True, check=False)
