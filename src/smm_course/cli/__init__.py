"""The `smm-course` command: one front door for learners and instructors."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from smm_course import __version__
from smm_course.errors import UserError
from smm_course.i18n import set_language, t
from smm_course.startup import skip_unused_iri_grammar

# Each module registers one sub-command with `register(subparsers)` and sets `func`.
COMMAND_MODULES: tuple[str, ...] = (
    "smm_course.cli.start",
    "smm_course.cli.progress",
    "smm_course.cli.profile",
    "smm_course.cli.export",
    "smm_course.cli.validate",
    "smm_course.cli.course",
    "smm_course.cli.canvas",
    "smm_course.cli.hub",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available sub-command."""
    parser = argparse.ArgumentParser(prog="smm-course", description=t("cli.description"))
    parser.add_argument("--version", action="version", version=f"smm-course {__version__}")
    parser.add_argument("--lang", choices=("it", "en"), help=t("cli.lang_help"))
    parser.add_argument("--debug", action="store_true", help=t("cli.debug_help"))
    sub = parser.add_subparsers(dest="command", metavar=t("cli.command_metavar"))
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _pre_parse_language(argv: Sequence[str]) -> None:
    # The language must be known before the parser builds its translated help.
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("it", "en"):
            set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg.split("=", 1)[1] in ("it", "en"):
            set_language(arg.split("=", 1)[1])


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code."""
    skip_unused_iri_grammar()
    args_list = list(sys.argv[1:] if argv is None else argv)
    _pre_parse_language(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return 130
    except UserError as exc:
        print(t("cli.error", message=str(exc)), file=sys.stderr)
        return 2
    except Exception as exc:
        if args.debug:
            raise
        print(t("cli.unexpected", kind=type(exc).__name__, message=str(exc)), file=sys.stderr)
        return 1
