"""Autograde a whole class: workers execute notebooks, this process alone writes the gradebook."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from smm_course.errors import UserError
from smm_course.grading.changes import fingerprint, submission_digest, unchanged
from smm_course.grading.course import Course, ensure_tools_on_path
from smm_course.grading.execute.policy import probe
from smm_course.grading.gradebook import open_gradebook, record_result
from smm_course.grading.model import (
    AssignmentSpec,
    GradeJob,
    Protection,
    SandboxConfig,
    SubmissionResult,
)
from smm_course.grading.spec import load_spec, write_hidden
from smm_course.grading.status import (
    COLLECT_MANIFEST,
    GradingRecord,
    Issue,
    IssueKind,
    Status,
    load_records,
    read_json,
    save_records,
)
from smm_course.grading.worker import grade_submission, warm_up
from smm_course.i18n import t


@dataclass(frozen=True)
class BatchReport:
    """What a grading batch did."""

    records: tuple[GradingRecord, ...]
    seconds: float
    missing: tuple[Protection, ...] = ()  # sandbox protections this machine could not give
    skipped: int = 0  # submissions left as they were graded: same files, same tests

    @property
    def problems(self) -> tuple[GradingRecord, ...]:
        """Records with an issue or a failure, for the end-of-batch table."""
        return tuple(r for r in self.records if r.issues)


def submitted_students(course: Course, assignment: str) -> list[str]:
    """Students with a submission folder for `assignment`."""
    if not course.submitted_dir.is_dir():
        return []
    return sorted(
        p.name
        for p in course.submitted_dir.iterdir()
        if (p / assignment).is_dir() and not p.name.startswith(".")
    )


def build_jobs(
    course: Course, spec: AssignmentSpec, hidden: Path, students: list[str] | None = None
) -> list[GradeJob]:
    """One job per submitted student of `spec`'s assignment."""
    manifest = read_json(course.state_dir / COLLECT_MANIFEST, {}).get(spec.name, {})
    against = fingerprint(spec, hidden)
    return [
        GradeJob(
            student=student,
            spec=spec,
            submitted=course.submitted_dir / student / spec.name,
            autograded=course.autograded_dir / student / spec.name,
            hidden=hidden,
            limits=course.limits,
            renamed=dict(manifest.get(student, {}).get("renamed", {})),
            digest=submission_digest(course.submitted_dir / student / spec.name, against),
        )
        for student in (students or submitted_students(course, spec.name))
    ]


def _crashed(job: GradeJob, exc: BaseException) -> SubmissionResult:
    issue = Issue(IssueKind.INTERNAL_ERROR, "", f"{type(exc).__name__}: {exc}"[:200])
    return SubmissionResult.failed(job, issue)


def protected_paths(course: Course) -> tuple[Path, ...]:
    """What a submission must never see: the course, the instructor's notebooks, the home."""
    found = {course.root, course.source_dir, course.submitted_dir, course.autograded_dir}
    found |= {course.feedback_dir, course.release_dir, Path.home()}
    found.add(Path(tempfile.gettempdir()))  # the hidden tests wait there for the evaluator
    return tuple(sorted(p.resolve() for p in found))


def _run_pool(
    jobs: list[GradeJob],
    workers: int,
    sandbox: SandboxConfig,
    on_result: Callable[[SubmissionResult], None],
) -> None:
    """The one path of student code: warm worker processes, each submission in a sandbox."""
    import multiprocessing

    pending = list(jobs)
    restarts = jobs[0].limits.pool_restarts if jobs else 0
    for _round in range(restarts + 1):
        if not pending:
            return
        ctx = multiprocessing.get_context("spawn")
        lost: list[GradeJob] = []
        with ProcessPoolExecutor(
            max_workers=min(workers, len(pending)), mp_context=ctx, initializer=warm_up
        ) as pool:
            futures: dict[Future[SubmissionResult], GradeJob] = {
                pool.submit(grade_submission, job, sandbox): job for job in pending
            }
            while futures:
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in done:
                    job = futures.pop(future)
                    try:
                        on_result(future.result())
                    except BrokenProcessPool:
                        lost.append(job)
                    except Exception as exc:
                        on_result(_crashed(job, exc))
        pending = lost
    for job in pending:  # the pool kept breaking on these: say so, do not drop them
        on_result(_crashed(job, RuntimeError(t("grading.run.pool_broken"))))


def grade_assignments(
    course: Course,
    assignments: list[str],
    jobs: int | None = None,
    students: list[str] | None = None,
    *,
    progress: bool = True,
    sandbox: SandboxConfig | None = None,
    force: bool = False,
) -> BatchReport:
    """Autograde every submission of `assignments` with one pool of `jobs` worker processes.

    `sandbox` replaces the strongest sandbox the machine allows (benchmarks compare them).
    """
    ensure_tools_on_path()
    hidden_dir = Path(tempfile.mkdtemp(prefix="smm-hidden-"))
    try:
        return _grade(
            course,
            assignments,
            hidden_dir,
            jobs=jobs,
            students=students,
            progress=progress,
            sandbox=sandbox,
            force=force,
        )
    finally:
        shutil.rmtree(hidden_dir, ignore_errors=True)


def _grade(
    course: Course,
    assignments: list[str],
    hidden_dir: Path,
    *,
    jobs: int | None,
    students: list[str] | None,
    progress: bool,
    sandbox: SandboxConfig | None,
    force: bool,
) -> BatchReport:
    import time

    from tqdm import tqdm

    todo: list[GradeJob] = []
    for assignment in assignments:
        course.require_assignment(assignment)
        spec, hidden = load_spec(course, assignment)
        found = build_jobs(course, spec, write_hidden(hidden, hidden_dir, assignment), students)
        if not found:
            raise UserError(t("grading.errors.no_submissions", name=assignment))
        todo += found
    before = load_records(course.state_dir)
    fresh = [j for j in todo if force or not unchanged(j, before.get((j.spec.name, j.student)))]
    skipped, todo = len(todo) - len(fresh), fresh
    sandbox = sandbox or probe(protected_paths(course))
    # One pool for the whole class: a worker never idles while the next assignment waits.
    workers = max(1, jobs or os.cpu_count() or 1)
    start = time.monotonic()
    records: list[GradingRecord] = []
    bar = tqdm(
        total=len(todo),
        desc=assignments[0] if len(assignments) == 1 else course.course_id,
        unit=t("grading.grade.unit"),
        disable=None if progress else True,
        file=sys.stderr,
    )
    jobs_by_key = {(j.spec.name, j.student): j for j in todo}
    with open_gradebook(course) as gb:

        def on_result(result: SubmissionResult) -> None:
            try:
                job = jobs_by_key[result.assignment, result.student]
                earlier = before.get((result.assignment, result.student))
                records.append(record_result(gb, course, result, job.digest, earlier))
            except Exception as exc:  # keep the batch alive; the record says what failed
                gb.db.rollback()
                job = jobs_by_key[result.assignment, result.student]
                records.append(
                    GradingRecord(
                        student=result.student,
                        assignment=result.assignment,
                        status=Status.FAILED,
                        score=0.0,
                        max_score=0.0,
                        issues=result.issues + _crashed(job, exc).issues,
                    )
                )
            bar.update(1)

        try:
            _run_pool(todo, workers, sandbox, on_result)
        finally:
            bar.close()
            save_records(course.state_dir, records)
    records.sort(key=lambda r: (assignments.index(r.assignment), r.student))
    return BatchReport(tuple(records), time.monotonic() - start, sandbox.missing, skipped)


def grade_assignment(
    course: Course,
    assignment: str,
    jobs: int | None = None,
    students: list[str] | None = None,
    *,
    progress: bool = True,
    force: bool = False,
) -> BatchReport:
    """Autograde every submission of one assignment."""
    return grade_assignments(course, [assignment], jobs, students, progress=progress, force=force)


def released_assignments(course: Course) -> list[str]:
    """Assignments with both a release and at least one submission."""
    return [
        a
        for a in course.assignment_ids()
        if (course.release_dir / a).is_dir() and submitted_students(course, a)
    ]


def format_table(records: tuple[GradingRecord, ...], lang: str | None = None) -> str:
    """A plain-text table: student, assignment, status, score, reasons."""
    head = (
        t("grading.table.student", lang),
        t("grading.table.assignment", lang),
        t("grading.table.status", lang),
        t("grading.table.score", lang),
        t("grading.table.reasons", lang),
    )
    rows = [
        (
            r.student,
            r.assignment,
            r.status.label(lang),
            f"{r.score:g}/{r.max_score:g}",
            r.reasons(lang),
        )
        for r in records
    ]
    widths = [max(len(str(row[i])) for row in [head, *rows]) for i in range(4)]
    lines = []
    for row in [head, *rows]:
        cells = [str(row[i]).ljust(widths[i]) for i in range(4)]
        lines.append("  ".join([*cells, str(row[4])]).rstrip())
    lines.insert(1, "-" * min(100, len(lines[0]) + 10))
    return "\n".join(lines)
