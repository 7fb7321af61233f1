"""`smm-course start`: JupyterLab on the lessons, in the learner's language."""

from __future__ import annotations

import argparse
import json
import os
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


def register(sub: Any) -> None:
    """Add the `start` sub-command."""
    parser = sub.add_parser("start", help=t("start.help"), description=t("start.description"))
    parser.add_argument("--dir", metavar="DIR", help=t("start.dir_help"))
    parser.add_argument("--no-browser", action="store_true", help=t("start.no_browser_help"))
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


def set_interface_language(settings_dir: Path, lang: str, force: bool) -> None:
    """Write JupyterLab's language (and no-news) settings, unless the user already chose."""
    _write_setting(settings_dir / TRANSLATION_SETTINGS, {"locale": LOCALES[lang]}, force)
    _write_setting(settings_dir / NEWS_SETTINGS, {"fetchNews": "false"}, force=False)


def _write_setting(path: Path, value: dict[str, str], force: bool) -> None:
    if path.exists() and not force:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")


def lab_command(folder: Path, args: argparse.Namespace) -> list[str]:
    """The `jupyter lab` command line for `folder`."""
    command = [
        sys.executable,
        "-m",
        "smm_course.cli.lab",  # `jupyter lab` with smm_course's start-up speed-up
        f"--ServerApp.root_dir={folder}",
        f"--ServerApp.ip={args.ip}",
        f"--LabApp.default_url=/lab/tree/{FIRST_LESSON}",
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

    folder = course_folder(args.dir)
    ui_lang = args.ui_lang or get_language()
    settings_dir = Path(
        os.environ.get("JUPYTERLAB_SETTINGS_DIR")
        or Path.home() / ".jupyter" / "lab" / "user-settings"
    )
    set_interface_language(settings_dir, ui_lang, force=args.ui_lang is not None)
    env = dict(os.environ)
    # nbgrader's Validate button runs `alembic`, which must be found next to this Python.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    print(t("start.starting", path=str(folder)), flush=True)
    process = subprocess.Popen(lab_command(folder, args), env=env)
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
