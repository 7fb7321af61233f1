"""`smm-course validate NOTEBOOK`: the student's check before handing in (as `course validate`)."""

from __future__ import annotations

import argparse
from typing import Any

from smm_course.i18n import t


def register(sub: Any) -> None:
    """Add the `validate` sub-command, the same check as `smm-course course validate`."""
    from smm_course.cli.course import cmd_validate

    parser = sub.add_parser(
        "validate",
        help=t("grading.cli.validate.help"),
        description=t("grading.cli.validate.description"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "notebook", metavar="NOTEBOOK", help=t("grading.cli.validate.notebook_help")
    )
    parser.set_defaults(func=cmd_validate)
