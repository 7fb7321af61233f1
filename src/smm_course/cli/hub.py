"""`smm-course hub ...`: prepare and verify a shared server for the class (run as root)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from smm_course.i18n import t


def register(sub: Any) -> None:
    """Add the `hub` sub-command and its actions."""
    parser = sub.add_parser("hub", help=t("hub.help"), description=t("hub.description"))
    actions = parser.add_subparsers(dest="hub_action", metavar=t("hub.action_metavar"))
    parser.set_defaults(func=lambda _args: parser.print_help() or 0)

    check = actions.add_parser("check", help=t("hub.check_help"), description=t("hub.check_help"))
    check.add_argument("--deploy", metavar="DIR", type=Path, help=t("hub.deploy_help"))
    check.set_defaults(func=run_check)

    add = actions.add_parser(
        "add-students", help=t("hub.add_help"), description=t("hub.add_description")
    )
    add.add_argument("csv", type=Path, metavar="students.csv", help=t("hub.csv_help"))
    add.add_argument("--group", help=t("hub.group_help"))
    add.add_argument("--home-base", type=Path, default=Path("/home"), help=t("hub.home_help"))
    add.add_argument("--passwords", type=Path, metavar="FILE", help=t("hub.passwords_help"))
    add.set_defaults(func=run_add_students)


def run_check(args: argparse.Namespace) -> int:
    """Print one line per requirement; exit 1 when something is missing."""
    from smm_course.hub.classroom import HubSettings
    from smm_course.hub.diagnose import run_checks
    from smm_course.hub.system import require_root

    require_root("smm-course hub check")
    settings = HubSettings.from_env(deploy_dir=args.deploy)
    findings = run_checks(settings)
    for finding in findings:
        print(f"{'✔' if finding.ok else '✘'} {finding.text}")
        if finding.fix:
            print(f"    → {finding.fix}")
    problems = sum(not f.ok for f in findings)
    print(t("hub.check.summary_bad", count=problems) if problems else t("hub.check.summary_ok"))
    return 1 if problems else 0


def run_add_students(args: argparse.Namespace) -> int:
    """Create the students' accounts listed in a CSV file."""
    from smm_course.hub.accounts import add_students, read_students
    from smm_course.hub.classroom import HubSettings
    from smm_course.hub.system import require_root

    require_root("smm-course hub add-students")
    group = args.group or HubSettings.from_env().student_group
    students = read_students(args.csv)
    passwords = args.passwords or args.csv.with_name(f"{args.csv.stem}-password.csv")
    report = add_students(students, group, args.home_base, passwords)
    for name in report.created:
        print(t("hub.created", user=name, group=group))
    for name in report.existing:
        print(t("hub.existing", user=name, group=group))
    if report.passwords_file is not None:
        print(t("hub.passwords_written", path=str(report.passwords_file)))
    print(t("hub.add_summary", created=len(report.created), existing=len(report.existing)))
    return 0
