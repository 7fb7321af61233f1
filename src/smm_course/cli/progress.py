"""`smm-course progress`: the learner's progress per lesson."""

from __future__ import annotations

import argparse
import json
from typing import Any

from smm_course.cli._book import open_workbook
from smm_course.i18n import t


def register(sub: Any) -> None:
    """Add the `progress` sub-command."""
    parser = sub.add_parser("progress", help=t("progress.help"), description=t("progress.help"))
    parser.add_argument("--json", action="store_true", help=t("progress.json_help"))
    parser.add_argument("--workbook", metavar="FILE", help=t("progress.workbook_help"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the progress table (or JSON)."""
    from smm_course.progress import format_table, progress

    book = open_workbook(args.workbook)
    rows = progress(book)
    if args.json:
        print(json.dumps([row.as_dict() for row in rows], ensure_ascii=False, indent=2))
    else:
        print(format_table(rows))
    return 0
