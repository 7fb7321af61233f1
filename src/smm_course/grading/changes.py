"""Which submissions changed since they were last graded (by content, never by date)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from smm_course.coursefiles import IGNORED_PARTS
from smm_course.grading.model import AssignmentSpec, GradeJob
from smm_course.grading.status import GradingRecord, Status

ENGINE = "2"  # bump when grading itself changes what a submission scores


def fingerprint(spec: AssignmentSpec, hidden: Path) -> str:
    """A digest of what a submission is graded against: released cells and the tests."""
    released = {
        nb.name: [(c.grade_id, c.released_source, c.points) for c in nb.cells]
        for nb in spec.notebooks
    }
    digest = hashlib.sha256(ENGINE.encode())
    digest.update(json.dumps(released, sort_keys=True).encode("utf-8"))
    digest.update(hidden.read_bytes())
    return digest.hexdigest()[:24]


def submission_digest(folder: Path, graded_against: str) -> str:
    """A digest of a submission's files (names and bytes) and of what it is graded against."""
    digest = hashlib.sha256(graded_against.encode())
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_file() and not IGNORED_PARTS & set(rel.parts):
                digest.update(str(rel).encode("utf-8") + b"\0")
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:24]


def unchanged(job: GradeJob, before: GradingRecord | None) -> bool:
    """True when `job` was graded already, completely, with these same files and tests."""
    return (
        before is not None
        and before.status != Status.FAILED
        and bool(job.digest)
        and before.extra.get("digest") == job.digest
        and job.autograded.is_dir()
    )
