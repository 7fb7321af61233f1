"""Grade one student's submission in a worker process: no gradebook access here, only files."""

from __future__ import annotations

import json
import os
import shutil
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from smm_course.grading.spec import AssignmentSpec, NotebookSpec, grade_ids_of
from smm_course.grading.status import Issue, IssueKind
from smm_course.startup import skip_unused_iri_grammar

IGNORED = {".ipynb_checkpoints", "__pycache__", ".DS_Store"}


@dataclass(frozen=True)
class GradeJob:
    """Everything a worker needs to grade one submission."""

    student: str
    spec: AssignmentSpec
    submitted: Path  # submitted/<student>/<assignment>
    autograded: Path  # autograded/<student>/<assignment>
    cell_timeout: int
    notebook_timeout: float
    renamed: dict[str, str] = field(default_factory=dict)  # notebook -> original file name


@dataclass(frozen=True)
class NotebookResult:
    """Scores of one notebook (auto score None means: a human must grade it)."""

    name: str
    grades: dict[str, float | None]
    comments: dict[str, str | None]
    submitted: bool


@dataclass(frozen=True)
class SubmissionResult:
    """The outcome of grading one submission, sent back to the parent process."""

    student: str
    assignment: str
    notebooks: tuple[NotebookResult, ...]
    issues: tuple[Issue, ...]
    timestamp: str | None
    seconds: float


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


def _copy_files(src: Path, dest: Path) -> None:
    if not src.is_dir():
        return
    for path in src.rglob("*"):
        rel = path.relative_to(src)
        if path.is_dir() or path.suffix == ".ipynb" or IGNORED & set(rel.parts):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def _grade_notebook(
    job: GradeJob, spec: NotebookSpec, path: Path | None
) -> tuple[NotebookResult, list[Issue]]:
    import nbformat

    from smm_course.grading.execute import run_notebook, score_cells
    from smm_course.grading.restore import restore_notebook

    zero = {c.grade_id: 0.0 for c in spec.cells if c.grade or c.task}
    if path is None:
        issue = Issue(IssueKind.NOTEBOOK_MISSING, spec.name)
        return NotebookResult(spec.name, zero, {}, submitted=False), [issue]
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:  # not JSON, not a notebook: the student sent the wrong file
        issue = Issue(IssueKind.UNREADABLE, spec.name, f"{path.name}: {type(exc).__name__}")
        return NotebookResult(spec.name, zero, {}, submitted=True), [issue]

    from nbgrader.nbgraderformat import MetadataValidator

    nb, issues = restore_notebook(nb, spec)
    try:
        MetadataValidator().validate_nb(nb)
    except Exception as exc:
        issues.append(Issue(IssueKind.METADATA_CORRUPT, spec.name, str(exc)[:120]))
        return NotebookResult(spec.name, zero, {}, submitted=True), issues
    report = run_notebook(
        nb, spec.name, str(job.autograded), job.cell_timeout, job.notebook_timeout
    )
    issues.extend(report.issues)
    grades, comments = score_cells(nb)
    for cell in spec.cells:  # a graded cell missing after all (should not happen): zero, said
        if (cell.grade or cell.task) and cell.grade_id not in grades:
            grades[cell.grade_id] = 0.0
    nbformat.write(nb, str(job.autograded / f"{spec.name}.ipynb"))
    return NotebookResult(spec.name, grades, comments, submitted=True), issues


def grade_submission(job: GradeJob) -> SubmissionResult:
    """Grade every notebook of one submission; never raises (problems become issues)."""
    skip_unused_iri_grammar()
    start = time.monotonic()
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    results: list[NotebookResult] = []
    issues: list[Issue] = []
    timestamp = None
    try:
        if job.autograded.exists():
            shutil.rmtree(job.autograded)
        job.autograded.mkdir(parents=True)
        _copy_files(job.submitted, job.autograded)
        _copy_files(job.spec.source_dir, job.autograded)
        stamp = job.submitted / "timestamp.txt"
        if stamp.is_file():
            timestamp = stamp.read_text(encoding="utf-8").strip() or None
            shutil.copyfile(stamp, job.autograded / "timestamp.txt")
        found, match_issues = _match_notebooks(job)
        issues.extend(match_issues)
        for spec in job.spec.notebooks:
            result, nb_issues = _grade_notebook(job, spec, found.get(spec.name))
            results.append(result)
            issues.extend(nb_issues)
    except Exception as exc:  # a bug or a disk problem: this submission fails, the batch goes on
        detail = f"{type(exc).__name__}: {exc}".strip()[:200]
        issues.append(Issue(IssueKind.INTERNAL_ERROR, "", detail))
        traceback.print_exc()
        done = {r.name for r in results}
        for spec in job.spec.notebooks:
            if spec.name not in done:
                zero = {c.grade_id: 0.0 for c in spec.cells if c.grade or c.task}
                results.append(NotebookResult(spec.name, zero, {}, submitted=True))
    return SubmissionResult(
        student=job.student,
        assignment=job.spec.name,
        notebooks=tuple(results),
        issues=tuple(issues),
        timestamp=timestamp,
        seconds=time.monotonic() - start,
    )
