"""`smm-course course ...`: the instructor's day, from init to the grades export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from smm_course.i18n import t


def _out(text: str) -> None:
    print(text, flush=True)


def _course(args: argparse.Namespace) -> Any:
    from smm_course.grading.course import ensure_tools_on_path, open_course

    ensure_tools_on_path()
    return open_course(getattr(args, "course", None))


def _assignments(course: Any, assignment: str | None, *, released_only: bool) -> list[str]:
    if assignment:
        course.require_assignment(assignment)
        return [assignment]
    if released_only:
        from smm_course.grading.batch import released_assignments

        names = released_assignments(course)
    else:
        names = [a for a in course.assignment_ids() if course.source_notebooks(a)]
    if not names:
        from smm_course.errors import UserError

        key = "grading.errors.nothing_to_grade" if released_only else "grading.errors.no_sources"
        raise UserError(t(key))
    return names


def cmd_init(args: argparse.Namespace) -> int:
    from smm_course.grading.gradebook import init_gradebook, read_students

    course = _course(args)
    students = read_students(Path(args.students)) if args.students else None
    n_assignments, n_students = init_gradebook(course, students)
    _out(t("grading.init.done", assignments=n_assignments, students=n_students, path=course.root))
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    from smm_course.grading.release import release_assignment

    course = _course(args)
    failed = 0
    for name in _assignments(course, args.assignment, released_only=False):
        checks = release_assignment(course, name)
        for check in checks:
            for problem in check.problems:
                _out(
                    t(
                        "grading.release.problem",
                        name=name,
                        notebook=check.notebook,
                        problem=problem,
                    )
                )
        if all(c.ok for c in checks):
            _out(t("grading.release.done", name=name, path=course.release_dir / name))
        else:
            failed += 1
            _out(t("grading.release.refused", name=name))
    return 1 if failed else 0


def cmd_collect(args: argparse.Namespace) -> int:
    from smm_course.errors import UserError
    from smm_course.grading.collect import assign_file, collect

    course = _course(args)
    if args.assign:
        source, student = args.assign
        report = assign_file(course, Path(source).expanduser(), student, args.assignment)
    elif args.source:
        report = collect(course, Path(args.source).expanduser(), args.assignment)
    else:
        raise UserError(t("grading.collect.nothing_given"))
    for item in report.filed:
        key = "grading.collect.filed_renamed" if item.renamed else "grading.collect.filed"
        _out(t(key, student=item.student, assignment=item.assignment, original=item.original))
    if args.assign:
        return 0
    _out(t("grading.collect.summary", filed=len(report.filed), unmatched=len(report.unmatched)))
    if report.unmatched:
        _out(t("grading.collect.unmatched_head"))
        for item in report.unmatched:
            _out(
                t(
                    "grading.collect.unmatched",
                    original=item.original,
                    reason=item.reason,
                    kept=item.kept_at,
                )
            )
        _out(t("grading.collect.how_to_assign"))
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    from smm_course.grading.batch import format_table, grade_assignments

    if args.jobs is not None and args.jobs < 1:
        from smm_course.errors import UserError

        raise UserError(t("grading.errors.bad_jobs", jobs=args.jobs))
    course = _course(args)
    names = _assignments(course, args.assignment, released_only=True)
    report = grade_assignments(course, names, jobs=args.jobs, force=args.force)
    if report.missing:
        missing = ", ".join(t(f"grading.protection.{p.value}") for p in report.missing)
        print(t("grading.grade.sandbox_missing", missing=missing), file=sys.stderr)
    for name in names:
        count = sum(1 for r in report.records if r.assignment == name)
        _out(t("grading.grade.done", name=name, count=count))
    _out(t("grading.grade.total", count=len(report.records), seconds=f"{report.seconds:.1f}"))
    if report.skipped:
        _out(t("grading.grade.skipped", count=report.skipped))
    if report.problems:
        _out(t("grading.grade.problems_head", count=len(report.problems)))
        _out(format_table(report.problems))
    return 1 if any(r.status.value == "failed" for r in report.records) else 0


def cmd_feedback(args: argparse.Namespace) -> int:
    from smm_course.grading.feedback import generate_feedback
    from smm_course.grading.moodle import moodle_zip

    course = _course(args)
    names = _assignments(course, args.assignment, released_only=True)
    if args.zip and len(names) > 1:
        from smm_course.errors import UserError

        raise UserError(t("grading.feedback.zip_needs_one"))
    failed = 0
    for name in names:
        report = generate_feedback(course, name)
        _out(
            t(
                "grading.feedback.done",
                name=name,
                count=len(report.written),
                path=course.feedback_dir,
            )
        )
        for student, reason in report.failed:
            failed += 1
            _out(t("grading.feedback.failed", student=student, reason=reason))
        if args.zip:
            packed = moodle_zip(course, name, Path(args.zip).expanduser())
            _out(t("grading.feedback.zip_done", path=packed.path, count=len(packed.students)))
            if packed.no_folder:
                names_ = ", ".join(packed.no_folder)
                _out(
                    t("grading.feedback.zip_missing", count=len(packed.no_folder), students=names_)
                )
    return 1 if failed else 0


def cmd_export(args: argparse.Namespace) -> int:
    from smm_course.grading.export import ExportFormat, Identifier, export_grades

    course = _course(args)
    out = Path(args.out).expanduser() if args.out else None
    fmt = ExportFormat(args.format)
    path, table = export_grades(course, out, fmt, identifier=Identifier(args.id))
    _out(t("grading.export.done", path=path))
    if fmt == ExportFormat.MOODLE:
        _out(t("grading.export.moodle_match", column=table.header[0]))
        for column, maximum in table.maxima:
            _out(t("grading.export.moodle_column", column=column, max=f"{maximum:g}"))
        if not table.maxima:
            _out(t("grading.export.nothing_graded"))
        if table.pending:
            _out(t("grading.export.pending", count=table.pending))
        if table.skipped:
            skipped = ", ".join(table.skipped)
            _out(t("grading.export.skipped", count=len(table.skipped), students=skipped))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from smm_course.grading.report_page import write_report

    course = _course(args)
    out = Path(args.out).expanduser() if args.out else None
    files = write_report(course, args.assignment, out, args.below)
    count = len(files.pictures)
    _out(t("report.done", assignment=args.assignment, path=files.page, count=count))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from smm_course.errors import UserError
    from smm_course.grading.course import ensure_tools_on_path, open_course
    from smm_course.grading.validate import report_lines, validate_notebook

    ensure_tools_on_path()
    try:
        course = open_course(getattr(args, "course", None))
    except UserError:
        if getattr(args, "course", None):
            raise
        course = None  # a student without the course folder: run the checks we can
    report = validate_notebook(Path(args.notebook).expanduser(), course)
    for line in report_lines(report):
        _out(line)
    return 0 if report.ok else 1


def _add_course_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--course",
        metavar=t("grading.cli.dir_metavar"),
        default=default,
        help=t("grading.cli.course_help"),
    )


def register(subparsers: Any) -> None:
    """Add `course` and its sub-commands to the smm-course parser."""
    fmt = argparse.RawDescriptionHelpFormatter
    parser = subparsers.add_parser(
        "course",
        help=t("grading.cli.help"),
        description=t("grading.cli.description"),
        formatter_class=fmt,
    )
    _add_course_option(parser, None)
    sub = parser.add_subparsers(dest="course_command", metavar=t("grading.cli.command_metavar"))
    parser.set_defaults(func=lambda _args: parser.print_help() or 0)

    def command(name: str, func: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=t(f"grading.cli.{name}.help"),
            description=t(f"grading.cli.{name}.description"),
            formatter_class=fmt,
        )
        _add_course_option(p, argparse.SUPPRESS)
        p.set_defaults(func=func)
        return p

    p = command("init", cmd_init)
    p.add_argument("--students", metavar="CSV", help=t("grading.cli.init.students_help"))

    p = command("release", cmd_release)
    p.add_argument("assignment", nargs="?", metavar="ID", help=t("grading.cli.assignment_help"))

    p = command("collect", cmd_collect)
    p.add_argument(
        "source",
        nargs="?",
        metavar=t("grading.cli.collect.source_metavar"),
        help=t("grading.cli.collect.source_help"),
    )
    p.add_argument("--assignment", metavar="ID", help=t("grading.cli.collect.assignment_help"))
    p.add_argument(
        "--assign",
        nargs=2,
        metavar=(t("grading.cli.file_metavar"), t("grading.cli.collect.student_metavar")),
        help=t("grading.cli.collect.assign_help"),
    )

    p = command("grade", cmd_grade)
    p.add_argument("assignment", nargs="?", metavar="ID", help=t("grading.cli.assignment_help"))
    p.add_argument("--jobs", "-j", type=int, metavar="N", help=t("grading.cli.grade.jobs_help"))
    p.add_argument("--force", action="store_true", help=t("grading.cli.grade.force_help"))

    p = command("feedback", cmd_feedback)
    p.add_argument("assignment", nargs="?", metavar="ID", help=t("grading.cli.assignment_help"))
    p.add_argument(
        "--zip", metavar=t("grading.cli.file_metavar"), help=t("grading.cli.feedback.zip_help")
    )

    p = command("export", cmd_export)
    p.add_argument(
        "--format",
        choices=("moodle", "csv", "excel"),
        default="moodle",
        help=t("grading.cli.export.format_help"),
    )
    p.add_argument(
        "--out", metavar=t("grading.cli.file_metavar"), help=t("grading.cli.export.out_help")
    )
    p.add_argument(
        "--id", choices=("email", "idnumber"), default="email", help=t("grading.cli.export.id_help")
    )

    p = command("report", cmd_report)
    p.add_argument("assignment", metavar="ID", help=t("grading.cli.assignment_help"))
    p.add_argument(
        "--out", metavar=t("grading.cli.dir_metavar"), help=t("grading.cli.report.out_help")
    )
    p.add_argument(
        "--below", type=float, default=60.0, metavar="%", help=t("grading.cli.report.below_help")
    )

    p = command("validate", cmd_validate)
    p.add_argument("notebook", metavar="NOTEBOOK", help=t("grading.cli.validate.notebook_help"))
