"""A grading worker process: warm once, then grade each submission in a fork of its own.

The worker imports pandas, matplotlib and the course and builds an IPython shell once. For
each submission it forks a trusted process that grades it (that process forks the sandbox
that runs the student's code, then evaluates the tests) and sends back the scores as JSON.
Nothing a submission leaves in memory can reach the next one: each starts from the worker.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import time
import traceback
from functools import cache
from pathlib import Path
from typing import Any

from smm_course.grading.model import GradeJob, NotebookResult, SandboxConfig, SubmissionResult
from smm_course.grading.protocol import Channel, ChannelClosed, ChannelTimeout
from smm_course.grading.spec import grade_ids_of
from smm_course.grading.status import Issue, IssueKind
from smm_course.startup import skip_unused_iri_grammar

EXTRA_SECONDS = 60.0  # set-up and evaluation on top of the notebooks' own time budgets


@cache
def warm_shell() -> Any:
    """Import what every graded notebook imports, and build the shell (once per worker)."""
    skip_unused_iri_grammar()
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import nbformat  # noqa: F401
    import nbgrader.nbgraderformat
    import nbgrader.preprocessors  # noqa: F401
    import pandas  # noqa: F401

    import smm_course.checks
    import smm_course.frameworks.attribution
    import smm_course.frameworks.bmc  # noqa: F401
    from smm_course import data
    from smm_course.grading.shell import make_shell

    for table in ("touchpoints", "channels", "funnel", "reviews", "social_posts", "journeys"):
        with contextlib.suppress(Exception):
            data.load(table)
    fig = plt.figure()
    fig.canvas.draw()  # loads the fonts once, here
    plt.close(fig)
    shell = make_shell()
    shell.enable_matplotlib("inline")
    return shell


def warm_up() -> None:
    """Pool initializer: pay the imports once per worker, not once per notebook."""
    warm_shell()


def _match_notebooks(job: GradeJob) -> tuple[dict[str, Path], list[Issue]]:
    """Map each expected notebook to a submitted file, matching renamed ones by their cells."""
    files = sorted(p for p in job.submitted.glob("*.ipynb") if p.is_file())
    found: dict[str, Path] = {}
    issues: list[Issue] = []
    for nb in job.spec.notebooks:
        path = job.submitted / f"{nb.name}.ipynb"
        if path in files:
            found[nb.name] = path
            if nb.name in job.renamed:
                issues.append(Issue(IssueKind.RENAMED, nb.name, job.renamed[nb.name]))
    spare = [p for p in files if p not in found.values()]
    wanted = [nb for nb in job.spec.notebooks if nb.name not in found]
    for nb in wanted:
        ids = {c.grade_id for c in nb.cells}
        best, best_overlap = None, 0
        for path in spare:
            try:
                overlap = len(ids & set(grade_ids_of(json.loads(path.read_text("utf-8")))))
            except (OSError, ValueError):
                overlap = 0
            if overlap > best_overlap:
                best, best_overlap = path, overlap
        if best is None and len(wanted) == 1 and len(spare) == 1:
            best = spare[0]
        if best is not None:
            spare.remove(best)
            found[nb.name] = best
            issues.append(Issue(IssueKind.RENAMED, nb.name, best.name))
    return found, issues


def _grade(job: GradeJob, sandbox: SandboxConfig) -> SubmissionResult:
    """Grade every notebook of one submission (in the per-submission process)."""
    from smm_course.coursefiles import copy_support_files
    from smm_course.grading.pipeline import grade_notebook

    start = time.monotonic()
    results: list[NotebookResult] = []
    issues: list[Issue] = []
    timestamp = None
    try:
        if job.autograded.exists():
            shutil.rmtree(job.autograded)
        job.autograded.mkdir(parents=True)
        copy_support_files(job.submitted, job.autograded)
        copy_support_files(job.spec.source_dir, job.autograded)
        stamp = job.submitted / "timestamp.txt"
        if stamp.is_file():
            timestamp = stamp.read_text(encoding="utf-8").strip() or None
            shutil.copyfile(stamp, job.autograded / "timestamp.txt")
        found, match_issues = _match_notebooks(job)
        issues.extend(match_issues)
        for spec in job.spec.notebooks:
            result, nb_issues = grade_notebook(
                job, spec, found.get(spec.name), warm_shell(), sandbox
            )
            results.append(result)
            issues.extend(nb_issues)
    except Exception as exc:  # a bug or a disk problem: this submission fails, the batch goes on
        issues.append(
            Issue(IssueKind.INTERNAL_ERROR, "", f"{type(exc).__name__}: {exc}".strip()[:200])
        )
        traceback.print_exc()
        done = {r.name for r in results}
        results += [
            NotebookResult(nb.name, nb.zero_grades(), {}, True)
            for nb in job.spec.notebooks
            if nb.name not in done
        ]
    return SubmissionResult(
        job.student, job.spec.name, tuple(results), tuple(issues), timestamp,
        time.monotonic() - start,
    )  # fmt: skip


def result_to_json(result: SubmissionResult) -> dict[str, Any]:
    """A JSON-ready dict of a submission's outcome."""
    return {
        "student": result.student,
        "assignment": result.assignment,
        "notebooks": [
            {
                "name": n.name,
                "grades": n.grades,
                "comments": n.comments,
                "submitted": n.submitted,
                "answers": n.answers,
            }
            for n in result.notebooks
        ],
        "issues": [i.to_json() for i in result.issues],
        "timestamp": result.timestamp,
        "seconds": result.seconds,
    }


def result_from_json(data: dict[str, Any]) -> SubmissionResult:
    """Rebuild a `result_to_json` dict."""
    return SubmissionResult(
        student=str(data["student"]),
        assignment=str(data["assignment"]),
        notebooks=tuple(
            NotebookResult(
                str(n["name"]),
                dict(n["grades"]),
                dict(n["comments"]),
                bool(n["submitted"]),
                {str(k): str(v) for k, v in dict(n.get("answers", {})).items()},
            )
            for n in data["notebooks"]
        ),
        issues=tuple(Issue.from_json(i) for i in data["issues"]),
        timestamp=data.get("timestamp"),
        seconds=float(data.get("seconds", 0.0)),
    )


def grade_submission(job: GradeJob, sandbox: SandboxConfig) -> SubmissionResult:
    """Grade one submission in a fresh fork of this warm worker; never raises."""
    warm_shell()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read_fd)
            os.setpgid(0, 0)
            Channel(None, write_fd, 1 << 26).send(result_to_json(_grade(job, sandbox)))
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    channel = Channel(read_fd, None, 1 << 26)
    budget = job.limits.notebook_seconds * len(job.spec.notebooks) + EXTRA_SECONDS
    try:
        return result_from_json(channel.receive(time.monotonic() + budget))
    except (ChannelClosed, ChannelTimeout, KeyError, ValueError, TypeError) as exc:
        detail = "timeout" if isinstance(exc, ChannelTimeout) else type(exc).__name__
        return SubmissionResult.failed(job, Issue(IssueKind.INTERNAL_ERROR, "", detail))
    finally:
        channel.close()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
