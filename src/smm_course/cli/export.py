"""`smm-course export`: the learner's Documento Strategico as Markdown, HTML and PDF."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from smm_course.cli._book import open_workbook
from smm_course.i18n import t


def register(sub: Any) -> None:
    """Add the `export` sub-command."""
    parser = sub.add_parser("export", help=t("export.cli.help"), description=t("export.cli.help"))
    parser.add_argument("--out", metavar="DIR", default=".", help=t("export.cli.out_help"))
    parser.add_argument(
        "--format",
        dest="formats",
        metavar="md,html,pdf",
        default="md,html,pdf",
        help=t("export.cli.format_help"),
    )
    parser.add_argument("--workbook", metavar="FILE", help=t("export.cli.workbook_help"))
    parser.add_argument("--brand", metavar="NAME", help=t("export.cli.brand_help"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the document files and print their paths, one a line."""
    from smm_course.export import export_document, parse_formats

    formats = parse_formats(args.formats)  # a typo fails before anything is read or written
    book = open_workbook(args.workbook, sys.stderr)
    result = export_document(book, args.out, formats, brand=args.brand)
    todo = [s.title for s in result.document.sections if not s.complete]
    if todo:
        print(t("export.cli.incomplete", sections="; ".join(todo)), file=sys.stderr)
    for path in result.paths.values():
        print(path)
    return 0
