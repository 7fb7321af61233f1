"""Plain data that crosses a process boundary of the grading floor (no hidden-test text here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from smm_course.grading.limits import Limits
from smm_course.grading.status import Issue


@dataclass(frozen=True)
class CellSpec:
    """One nbgrader cell as the students received it (hidden tests are held apart)."""

    grade_id: str
    cell_type: str
    locked: bool
    checksum: str | None
    released_source: str
    points: float | None
    grade: bool
    solution: bool
    task: bool
    capture: tuple[str, ...] = ()  # answer names the trusted side needs before this cell

    @property
    def is_test(self) -> bool:
        """An autograded test cell (graded, not an answer)."""
        return self.grade and not self.solution and self.cell_type == "code"

    @property
    def earns_points(self) -> bool:
        """A cell with points of its own: a graded cell or a task."""
        return self.grade or self.task


@dataclass(frozen=True)
class NotebookSpec:
    """One notebook of an assignment, cells in notebook order."""

    name: str
    kernelspec: dict[str, Any] | None
    cells: tuple[CellSpec, ...]

    @property
    def max_score(self) -> float:
        """Points available in this notebook."""
        return sum(c.points or 0.0 for c in self.cells if c.earns_points)

    def cell(self, grade_id: str) -> CellSpec | None:
        """The cell with this grade id, if any."""
        return next((c for c in self.cells if c.grade_id == grade_id), None)

    def zero_grades(self) -> dict[str, float | None]:
        """Every cell that earns points, at zero (a notebook that could not be graded)."""
        return {c.grade_id: 0.0 for c in self.cells if c.earns_points}


@dataclass(frozen=True)
class AssignmentSpec:
    """An assignment: its notebooks and the folder its data files come from."""

    name: str
    source_dir: Path
    notebooks: tuple[NotebookSpec, ...]

    def notebook(self, name: str) -> NotebookSpec | None:
        """The notebook called `name`, if any."""
        return next((n for n in self.notebooks if n.name == name), None)


class Mode(str, Enum):
    """How strongly a submission can be shut in on this machine."""

    ROOT = "root"  # namespaces + the smm-grader user
    USERNS = "userns"  # namespaces inside a user namespace, capabilities dropped
    LIMITS = "limits"  # resource limits and a private folder only


class Protection(str, Enum):
    """One protection the sandbox gives; `missing` names those it could not set up."""

    FILES = "files"  # only the submission's folder and the software are visible
    NETWORK = "network"
    PROCESSES = "processes"  # its own PID namespace: it sees and signals only itself
    USER = "user"  # a user without rights on the grader's files


@dataclass(frozen=True)
class SandboxConfig:
    """How submissions are shut in, decided once per batch in the parent."""

    mode: Mode
    uid: int
    gid: int
    keep: tuple[str, ...] = ()  # software folders bound read-only (interpreter, venv, package)
    missing: tuple[Protection, ...] = field(default=())


@dataclass(frozen=True)
class GradeJob:
    """Everything a worker needs to grade one submission."""

    student: str
    spec: AssignmentSpec
    submitted: Path  # submitted/<student>/<assignment>
    autograded: Path  # autograded/<student>/<assignment>
    hidden: Path  # JSON of the instructor's test sources, never shown to the sandbox
    limits: Limits = field(default_factory=Limits)
    renamed: dict[str, str] = field(default_factory=dict)  # notebook -> original file name
    digest: str = ""  # of the submission's files and of the tests it is graded with


@dataclass(frozen=True)
class NotebookResult:
    """Scores of one notebook (auto score None means: a human must grade it)."""

    name: str
    grades: dict[str, float | None]
    comments: dict[str, str | None]
    submitted: bool
    answers: dict[str, str] = field(default_factory=dict)  # grade id -> digest of the answer


@dataclass(frozen=True)
class SubmissionResult:
    """The outcome of grading one submission, sent back to the parent process."""

    student: str
    assignment: str
    notebooks: tuple[NotebookResult, ...]
    issues: tuple[Issue, ...]
    timestamp: str | None
    seconds: float

    @classmethod
    def failed(cls, job: GradeJob, issue: Issue) -> SubmissionResult:
        """Every notebook at zero, with the reason (the batch goes on)."""
        notebooks = tuple(
            NotebookResult(nb.name, nb.zero_grades(), {}, True) for nb in job.spec.notebooks
        )
        return cls(job.student, job.spec.name, notebooks, (issue,), None, 0.0)
