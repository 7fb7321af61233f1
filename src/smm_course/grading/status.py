"""Grading outcomes in words: what went wrong with a submission, and where it is recorded."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from smm_course.i18n import t

STATUS_FILE = "status.json"
COLLECT_MANIFEST = "collect.json"
SCHEMA_VERSION = 1


E = TypeVar("E", bound=Enum)


def _member(kind: type[E], value: Any, default: E) -> E:
    """The member of `kind` stored as `value`; `default` for a value a newer version wrote."""
    try:
        return kind(value)
    except ValueError:
        return default


class IssueKind(str, Enum):
    """Something noteworthy found while grading one notebook."""

    TIMEOUT = "timeout"  # a cell ran past the per-cell limit and was interrupted
    NOTEBOOK_TIMEOUT = "notebook_timeout"  # the whole-notebook budget ran out
    KERNEL_HUNG = "kernel_hung"  # the kernel ignored the interrupt
    KERNEL_DIED = "kernel_died"
    KERNEL_START = "kernel_start"  # the kernel could not be started
    CELLS_RESTORED = "cells_restored"  # deleted graded/locked cells put back
    TESTS_EDITED = "tests_edited"  # locked cells changed by the student, restored
    RENAMED = "renamed"
    SYNTAX_ERROR = "syntax_error"
    OUTPUT_TRUNCATED = "output_truncated"
    SANDBOX_LIMIT = "sandbox_limit"  # the code hit a wall of the sandbox (network, memory...)
    NOTEBOOK_MISSING = "notebook_missing"
    UNREADABLE = "unreadable"  # not a valid notebook file
    METADATA_CORRUPT = "metadata_corrupt"
    INTERNAL_ERROR = "internal_error"

    @property
    def fatal(self) -> bool:
        """True when the notebook could not be graded completely."""
        return self in _FATAL


_FATAL = frozenset(
    {
        IssueKind.NOTEBOOK_TIMEOUT,
        IssueKind.KERNEL_HUNG,
        IssueKind.KERNEL_DIED,
        IssueKind.KERNEL_START,
        IssueKind.NOTEBOOK_MISSING,
        IssueKind.UNREADABLE,
        IssueKind.METADATA_CORRUPT,
        IssueKind.INTERNAL_ERROR,
    }
)


@dataclass(frozen=True)
class Issue:
    """One issue, with the notebook it concerns and a short detail (cell ids, a name...)."""

    kind: IssueKind
    notebook: str = ""
    detail: str = ""

    def describe(self, lang: str | None = None) -> str:
        """The issue in words, in the instructor's language."""
        detail = self.detail
        if self.kind == IssueKind.SANDBOX_LIMIT:  # wall ids, said in the reader's language
            detail = ", ".join(t(f"grading.wall.{w.strip()}", lang) for w in detail.split(","))
        text = t(f"grading.issue.{self.kind.value}", lang, detail=detail)
        return f"{self.notebook}: {text}" if self.notebook else text

    def to_json(self) -> dict[str, str]:
        """A JSON-ready dict."""
        return {"kind": self.kind.value, "notebook": self.notebook, "detail": self.detail}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Issue:
        """Rebuild from `to_json` output (unknown kinds become internal errors)."""
        kind = _member(IssueKind, data.get("kind"), IssueKind.INTERNAL_ERROR)
        return cls(kind, str(data.get("notebook", "")), str(data.get("detail", "")))


class Status(str, Enum):
    """Where a student's assignment stands."""

    GRADED = "graded"
    NEEDS_MANUAL = "needs_manual"
    FAILED = "failed"
    MISSING = "missing"

    def label(self, lang: str | None = None) -> str:
        """The status in words."""
        return t(f"grading.status.{self.value}", lang)

    @classmethod
    def decide(cls, failed: bool, needs_manual: bool) -> Status:
        """The one rule: a failure first, then a human's turn, else graded."""
        if failed:
            return cls.FAILED
        return cls.NEEDS_MANUAL if needs_manual else cls.GRADED


@dataclass(frozen=True)
class GradingRecord:
    """The outcome of grading one student's assignment, as stored in status.json."""

    student: str
    assignment: str
    status: Status
    score: float
    max_score: float
    issues: tuple[Issue, ...] = ()
    graded_at: str = ""
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def reasons(self, lang: str | None = None) -> str:
        """Every issue in words, joined by '; '."""
        return "; ".join(i.describe(lang) for i in self.issues)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        data["status"] = self.status.value
        data["issues"] = [i.to_json() for i in self.issues]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GradingRecord:
        """Rebuild from `to_json` output."""
        status = _member(Status, data.get("status"), Status.FAILED)
        return cls(
            student=str(data["student"]),
            assignment=str(data["assignment"]),
            status=status,
            score=float(data.get("score", 0.0)),
            max_score=float(data.get("max_score", 0.0)),
            issues=tuple(Issue.from_json(i) for i in data.get("issues", [])),
            graded_at=str(data.get("graded_at", "")),
            seconds=float(data.get("seconds", 0.0)),
            extra=dict(data.get("extra", {})),
        )


def _write_json_atomic(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_json(path: Path, default: Any) -> Any:
    """A JSON file's content, or `default` if it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def load_records(state_dir: Path) -> dict[tuple[str, str], GradingRecord]:
    """Every stored record, keyed by (assignment, student)."""
    data = read_json(state_dir / STATUS_FILE, {})
    out: dict[tuple[str, str], GradingRecord] = {}
    for assignment, students in data.get("assignments", {}).items():
        for student, rec in students.items():
            try:
                out[(assignment, student)] = GradingRecord.from_json(rec)
            except (KeyError, TypeError, ValueError):
                continue
    return out


def save_records(state_dir: Path, records: list[GradingRecord]) -> None:
    """Merge `records` into status.json (one writer: the grading parent process)."""
    path = state_dir / STATUS_FILE
    data = read_json(path, {})
    assignments = data.setdefault("assignments", {})
    for rec in records:
        assignments.setdefault(rec.assignment, {})[rec.student] = rec.to_json()
    data["schema_version"] = SCHEMA_VERSION
    _write_json_atomic(path, data)


def write_json(path: Path, data: Any) -> None:
    """Write JSON atomically (used for the collect manifest too)."""
    _write_json_atomic(path, data)
