"""`smm-course start`: JupyterLab on the lessons, in the learner's language.

Two modes. The learner's server (the default) carries none of nbgrader's tools: no
Formgrader, no Create Assignment, no Assignment List with its exchange errors, and nothing
that writes a gradebook. `--instructor` opens the checkout with nbgrader started inside
`course/`, so the Formgrader reads course/nbgrader_config.py and course/gradebook.db; on
one machine there is no exchange, so Assignment List and Courses are left out there too.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.i18n import t

FIRST_LESSON = "lessons/00_benvenuto.ipynb"
LOCALES = {"it": "it_IT", "en": "en"}
TRANSLATION_SETTINGS = Path("@jupyterlab", "translation-extension", "plugin.jupyterlab-settings")
# The course runs offline in a classroom: no "get Jupyter news?" pop-up over the lessons.
NEWS_SETTINGS = Path("@jupyterlab", "apputils-extension", "notification.jupyterlab-settings")
# What nbgrader 0.9 registers besides its JupyterLab extension (see smm_course.cli.lab):
# four server extensions, enabled in jupyter_server_config.d/nbgrader.json.
NBGRADER_SERVER_EXTENSIONS = (
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.validate_assignment",
    "nbgrader.server_extensions.assignment_list",
    "nbgrader.server_extensions.course_list",
)
# The two of them that need nbgrader's exchange, which a single machine does not use.
EXCHANGE_SERVER_EXTENSIONS = NBGRADER_SERVER_EXTENSIONS[2:]
COURSE_CONFIG = Path("course", "nbgrader_config.py")
# nbgrader's own route: JupyterLab opens the Formgrader tab on this address.
FORMGRADER_URL = "/lab?formgrader=true"


def register(sub: Any) -> None:
    """Add the `start` sub-command."""
    parser = sub.add_parser("start", help=t("start.help"), description=t("start.description"))
    parser.add_argument("--dir", metavar="DIR", help=t("start.dir_help"))
    parser.add_argument("--no-browser", action="store_true", help=t("start.no_browser_help"))
    parser.add_argument("--instructor", action="store_true", help=t("start.instructor_help"))
    parser.add_argument("--port", type=int, default=None, help=t("start.port_help"))
    parser.add_argument("--ip", default="127.0.0.1", help=t("start.ip_help"))
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        choices=sorted(LOCALES),
        default=None,
        help=t("start.ui_lang_help"),
    )
    parser.add_argument("jupyter_args", nargs=argparse.REMAINDER, help=t("start.extra_help"))
    parser.set_defaults(func=run)


def course_folder(requested: str | None) -> Path:
    """The folder JupyterLab opens: the learner's copy of the course (synced at each start)."""
    from smm_course.coursefiles import (
        default_working_folder,
        installed_content,
        repository_root,
        sync_course,
    )

    # Even in a checkout the learner works on a copy: running a lesson never changes a file
    # git tracks, and a `git pull` of the course never conflicts with the learner's work.
    checkout = repository_root()
    target = Path(requested).expanduser() if requested else default_working_folder(checkout)
    source = checkout or installed_content()
    if source is None:
        raise UserError(t("start.no_content"))
    if source.resolve() == target.resolve():
        return target
    report = sync_course(source, target)
    if report.copied:
        print(t("start.copied", count=len(report.copied), path=str(target)))
    if report.updated:
        print(t("start.updated", count=len(report.updated)))
    for rel in report.kept:
        print(t("start.kept", file=rel))
    return target


def instructor_folder(requested: str | None) -> Path:
    """The checkout whose `course/` the instructor's Formgrader works on."""
    from smm_course.coursefiles import repository_root

    root = Path(requested).expanduser().resolve() if requested else repository_root()
    if root is None or not (root / COURSE_CONFIG).is_file():
        raise UserError(t("start.no_course", path=str(root or Path.cwd())))
    return root


def set_interface_language(settings_dir: Path, lang: str, force: bool) -> None:
    """Write JupyterLab's language (and no-news) settings, unless the user already chose."""
    _write_setting(settings_dir / TRANSLATION_SETTINGS, {"locale": LOCALES[lang]}, force)
    _write_setting(settings_dir / NEWS_SETTINGS, {"fetchNews": "false"}, force=False)


def _write_setting(path: Path, value: dict[str, str], force: bool) -> None:
    if path.exists() and not force:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")


def mode_options(instructor: bool) -> list[str]:
    """Server options of a mode: the learner's server loads nothing of nbgrader."""
    # JupyterLab's terminal would start a login shell when the server has no tty, and
    # /etc/profile would drop the course's venv from PATH: `smm-course` not found.
    # smm_course.cli.labitalian completes JupyterLab's Italian (see there).
    options = ["--ServerApp.jpserver_extensions=smm_course.cli.labitalian=True"]
    if os.name != "nt":
        shell = os.environ.get("SHELL") or shutil.which("bash") or "/bin/sh"
        options.append(f"--ServerApp.terminado_settings={ {'shell_command': [shell]}!r}")
    # The instructor keeps Formgrader, Create Assignment and Validate; the learner none of
    # nbgrader. The server extension named last leaves the same tools off the pages.
    off, pages = (
        (EXCHANGE_SERVER_EXTENSIONS, "smm_course.cli.lab_instructor")
        if instructor
        else (NBGRADER_SERVER_EXTENSIONS, "smm_course.cli.lab")
    )
    options += [f"--ServerApp.jpserver_extensions={name}=False" for name in off]
    return [*options, f"--ServerApp.jpserver_extensions={pages}=True"]


def lab_command(folder: Path, args: argparse.Namespace) -> list[str]:
    """The `jupyter lab` command line for `folder`."""
    instructor = getattr(args, "instructor", False)
    command = [
        sys.executable,
        "-m",
        "smm_course.cli.lab",  # `jupyter lab` with smm_course's start-up speed-up
        f"--ServerApp.root_dir={folder}",
        f"--ServerApp.ip={args.ip}",
        f"--LabApp.default_url={FORMGRADER_URL if instructor else '/lab/tree/' + FIRST_LESSON}",
        *mode_options(instructor),
    ]
    if args.port:
        command += [f"--ServerApp.port={args.port}", "--ServerApp.port_retries=0"]
    if args.no_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    extra = [arg for arg in args.jupyter_args if arg != "--"]
    return command + extra


def run(args: argparse.Namespace) -> int:
    """Prepare the learner's folder and run JupyterLab until it is stopped."""
    from smm_course.i18n import get_language

    instructor = getattr(args, "instructor", False)
    folder = instructor_folder(args.dir) if instructor else course_folder(args.dir)
    ui_lang = args.ui_lang or get_language()
    settings_dir = Path(
        os.environ.get("JUPYTERLAB_SETTINGS_DIR")
        or Path.home() / ".jupyter" / "lab" / "user-settings"
    )
    set_interface_language(settings_dir, ui_lang, force=args.ui_lang is not None)
    env = dict(os.environ)
    # `smm-course` in JupyterLab's terminal, and nbgrader's `alembic`, are found next to
    # this Python.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    print(t("start.starting", path=str(folder)), flush=True)
    if instructor:
        print(t("start.instructor", course=str(folder / "course")), flush=True)
    # nbgrader reads nbgrader_config.py from the server's working folder: course/ for the
    # instructor; for a learner the folder holds no course configuration at all.
    cwd = folder / "course" if instructor else folder
    process = subprocess.Popen(lab_command(folder, args), env=env, cwd=cwd)
    # Stopping smm-course (SIGTERM: a service manager, a test, `kill`) stops the server too,
    # instead of leaving it running without a parent.
    signal.signal(signal.SIGTERM, lambda signum, _frame: process.send_signal(signum))
    try:
        return process.wait()
    except KeyboardInterrupt:  # Ctrl-C reaches the server too; let it shut down cleanly
        try:
            process.wait(timeout=30)
        except (KeyboardInterrupt, subprocess.TimeoutExpired):
            process.kill()
        return 0
