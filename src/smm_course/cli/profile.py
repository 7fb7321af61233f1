"""`smm-course profile`: set (or show) the learner's own business once, for every lesson."""

from __future__ import annotations

import argparse
from typing import Any

from smm_course.cli._book import open_workbook
from smm_course.i18n import t

FIELDS = ("name", "sector", "offer", "city", "channels", "customers")


def register(sub: Any) -> None:
    """Add the `profile` sub-command."""
    parser = sub.add_parser(
        "profile", help=t("business.cli.help"), description=t("business.cli.help")
    )
    for field in FIELDS:
        parser.add_argument(
            f"--{field}",
            metavar=t(f"business.cli.metavar.{field}"),
            help=t(f"business.label.{field}"),
        )
    parser.add_argument(
        "--use",
        choices=("own", "case"),
        help=t("business.cli.use_help"),
    )
    parser.add_argument("--workbook", metavar="FILE", help=t("progress.workbook_help"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Update the profile with the fields given, then print it; 2 when it is still incomplete."""
    from smm_course.errors import UserError
    from smm_course.frameworks.business import BusinessProfile, Subject

    book = open_workbook(args.workbook)
    given = {f: getattr(args, f) for f in FIELDS if getattr(args, f) is not None}
    current = book.business_profile()
    if given:
        merged = {**(current.as_dict() if current else {}), **given}
        profile = BusinessProfile.from_mapping(merged)
        if profile is None:
            raise UserError(t("business.problem.name"))
        book.set_business_profile(profile)
        if args.use is None:
            book.set_subject(Subject.OWN)
        current = profile
    if args.use is not None:
        if current is None and args.use == "own":
            raise UserError(t("business.cli.no_profile"))
        book.set_subject(Subject(args.use))
    if current is None:
        print(t("business.cli.no_profile"))
        return 0
    for field in FIELDS:
        value = getattr(current, field)
        shown = ", ".join(value) if isinstance(value, tuple) else value
        print(f"{t(f'business.label.{field}')}: {shown or '—'}")
    print(t(f"business.cli.subject.{book.subject().value}", name=current.name))
    problems = current.problems()
    for problem in problems:
        print(f"- {problem}")
    return 0
