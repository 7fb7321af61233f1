"""How code runs: the sandboxed fork executor for submissions, nbclient for trusted notebooks.

Both run a whole notebook in place behind one interface, `Executor`; grading itself uses the
fork executor's lower level (`fork.run_cells`), which also takes the answers out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from smm_course.grading.limits import Limits
from smm_course.grading.status import Issue


@dataclass
class RunReport:
    """What happened while a notebook ran."""

    issues: list[Issue] = field(default_factory=list)
    seconds: float = 0.0


class Executor(Protocol):
    """Runs `nb` in place with its data files from `workdir`; problems become issues."""

    def __call__(self, nb: Any, name: str, workdir: str, limits: Limits) -> RunReport: ...
