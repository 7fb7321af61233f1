"""`smm-course canvas`: every student's Business Model Canvas as a picture, plus a class gallery."""

from __future__ import annotations

import argparse
from typing import Any

from smm_course.i18n import t


def register(sub: Any) -> None:
    """Add the `canvas` sub-command."""
    parser = sub.add_parser(
        "canvas", help=t("gallery.cli.help"), description=t("gallery.cli.description")
    )
    parser.add_argument(
        "source", metavar=t("gallery.cli.source_metavar"), help=t("gallery.cli.source_help")
    )
    parser.add_argument("--out", metavar="DIR", required=True, help=t("gallery.cli.out_help"))
    parser.add_argument("--names", action="store_true", help=t("gallery.cli.names_help"))
    parser.add_argument(
        "--format", dest="formats", default="png,pdf,html", help=t("gallery.cli.format_help")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Render the canvases and report what was written and skipped."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed, and none wanted on a server

    from smm_course.errors import UserError
    from smm_course.gallery import build_gallery, iter_report, parse_formats

    formats = parse_formats(args.formats)
    result = build_gallery(args.source, args.out, names=args.names, formats=formats)
    for line in iter_report(result, names=args.names):
        print(line)
    if not result.labels:
        raise UserError(t("gallery.none_found", path=args.source))
    return 0
