"""What happens to one submitted notebook, step by step, in the per-submission trusted process.

sanitize (read, restore the release, check metadata) -> run the cells in the sandbox ->
evaluate the tests here, on the answers -> finish (name errors, cut outputs, score, write).
The hidden tests are read only after the sandbox has been forked, so it never holds them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from smm_course.coursefiles import copy_support_files
from smm_course.grading.evaluate.hidden import evaluate
from smm_course.grading.execute.fork import PlannedCell, run_cells, sandbox_folders
from smm_course.grading.model import GradeJob, NotebookResult, NotebookSpec, SandboxConfig
from smm_course.grading.outputs import cell_label, name_errors, score_cells
from smm_course.grading.spec import read_hidden
from smm_course.grading.status import Issue, IssueKind


def _sanitize(nb: Any, spec: NotebookSpec) -> list[Issue]:
    from nbgrader.nbgraderformat import MetadataValidator

    from smm_course.grading.restore import restore_notebook

    _, issues = restore_notebook(nb, spec)
    try:
        MetadataValidator().validate_nb(nb)
    except Exception as exc:
        issues.append(Issue(IssueKind.METADATA_CORRUPT, spec.name, str(exc)[:120]))
    return issues


def _plan(nb: Any, spec: NotebookSpec) -> tuple[list[PlannedCell], dict[int, str], set[int]]:
    """Cells to run, the instructor's cells among them, and the test cells."""
    planned: list[PlannedCell] = []
    instructor: dict[int, str] = {}
    tests: set[int] = set()
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        want = spec.cell(gid) if gid else None
        mine = want is not None and want.locked and not want.solution
        capture = want.capture if mine and want is not None else ()
        planned.append(PlannedCell(index, cell.source, capture, cell_label(cell, index)))
        if mine:
            instructor[index] = cell.source
            if want is not None and want.is_test:
                tests.add(index)
    return planned, instructor, tests


def grade_notebook(
    job: GradeJob, spec: NotebookSpec, path: Path | None, shell: Any, sandbox: SandboxConfig
) -> tuple[NotebookResult, list[Issue]]:
    """Grade one notebook of a submission; write it to the autograded folder."""
    import nbformat

    zero = spec.zero_grades()
    if path is None:
        return NotebookResult(spec.name, zero, {}, False), [
            Issue(IssueKind.NOTEBOOK_MISSING, spec.name)
        ]
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:  # not JSON, not a notebook: the student sent the wrong file
        issue = Issue(IssueKind.UNREADABLE, spec.name, f"{path.name}: {type(exc).__name__}")
        return NotebookResult(spec.name, zero, {}, True), [issue]
    issues = _sanitize(nb, spec)
    if any(i.kind == IssueKind.METADATA_CORRUPT for i in issues):
        return NotebookResult(spec.name, zero, {}, True), issues
    planned, instructor, tests = _plan(nb, spec)
    with sandbox_folders(job.autograded.parent) as (staging, root):
        copy_support_files(job.autograded, staging)
        run = run_cells(
            shell,
            planned,
            config=sandbox,
            root=root,
            staging=staging,
            name=spec.name,
            limits=job.limits,
        )
        try:
            hidden = read_hidden(job.hidden).get(spec.name, {})
            full = {i: hidden.get(cell_label(nb.cells[i], i), src) for i, src in instructor.items()}
            trusted = evaluate(
                shell,
                planned,
                instructor=full,
                tests=tests,
                run=run,
                cell_seconds=job.limits.cell_seconds,
            )
        finally:
            run.stop()
    issues.extend(run.issues)
    for cell in planned:
        target = nb.cells[cell.index]
        result = run.cells[cell.index]
        target.outputs = [nbformat.from_dict(o) for o in trusted.get(cell.index, result.outputs)]
        target.execution_count = result.count
        if cell.index in instructor:
            target.source = full[cell.index]  # the autograded copy shows the whole test
    issues.extend(name_errors(nb, spec.name, run.issues, job.limits))
    grades, comments = score_cells(nb)
    for gid, points in zero.items():  # a graded cell missing after all (should not happen)
        grades.setdefault(gid, points)
    nbformat.write(nb, str(job.autograded / f"{spec.name}.ipynb"))
    return NotebookResult(spec.name, grades, comments, True, answer_digests(nb, spec)), issues


def answer_digests(nb: Any, spec: NotebookSpec) -> dict[str, str]:
    """A digest of each answer cell's text: a regrade keeps the hand-given scores of the same."""
    out = {}
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        want = spec.cell(gid) if gid else None
        if want is not None and want.solution:
            out[gid] = hashlib.sha256(cell.source.strip().encode("utf-8")).hexdigest()[:16]
    return out
