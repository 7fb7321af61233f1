"""What an assignment's graded cells must be: read once from the gradebook, sent to workers."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.grading.course import Course
from smm_course.i18n import t


@dataclass(frozen=True)
class CellSpec:
    """One nbgrader cell as the instructor made it (source keeps the hidden tests)."""

    grade_id: str
    cell_type: str
    locked: bool
    checksum: str | None
    source: str
    released_source: str
    points: float | None
    grade: bool
    solution: bool
    task: bool

    @property
    def is_test(self) -> bool:
        """An autograded test cell (graded, not an answer)."""
        return self.grade and not self.solution and self.cell_type == "code"


@dataclass(frozen=True)
class NotebookSpec:
    """One notebook of an assignment, cells in notebook order."""

    name: str
    kernelspec: dict[str, Any] | None
    cells: tuple[CellSpec, ...]

    @property
    def max_score(self) -> float:
        """Points available in this notebook."""
        return sum(c.points or 0.0 for c in self.cells if c.grade or c.task)

    def cell(self, grade_id: str) -> CellSpec | None:
        """The cell with this grade id, if any."""
        return next((c for c in self.cells if c.grade_id == grade_id), None)


@dataclass(frozen=True)
class AssignmentSpec:
    """An assignment: its notebooks and the folder its data files come from."""

    name: str
    source_dir: Path
    notebooks: tuple[NotebookSpec, ...]

    def notebook(self, name: str) -> NotebookSpec | None:
        """The notebook called `name`, if any."""
        return next((n for n in self.notebooks if n.name == name), None)


def grade_ids_of(nb: Any) -> list[str]:
    """The grade ids of a notebook's nbgrader cells, in order."""
    ids = []
    for cell in nb.get("cells", []):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if isinstance(meta, dict) and meta.get("grade_id"):
            ids.append(str(meta["grade_id"]))
    return ids


def _released_cells(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for cell in data.get("cells", []):
        gid = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if gid:
            src = cell.get("source", "")
            out[gid] = "".join(src) if isinstance(src, list) else src
    return out


def load_spec(course: Course, assignment: str) -> AssignmentSpec:
    """Read the graded cells of `assignment` from the gradebook (it must be released)."""
    import warnings

    from nbgrader.api import Gradebook, MissingEntry

    warnings.filterwarnings("ignore", module="sqlalchemy")
    notebooks: list[NotebookSpec] = []
    with Gradebook(course.db_url, course.course_id) as gb:
        try:
            record = gb.find_assignment(assignment)
        except MissingEntry as exc:
            raise UserError(t("grading.errors.not_released", name=assignment)) from exc
        for nb in sorted(record.notebooks, key=lambda n: n.name):
            released = _released_cells(course.release_dir / assignment / f"{nb.name}.ipynb")
            points = {c.name: float(c.max_score) for c in nb.grade_cells}
            points.update({c.name: float(c.max_score) for c in nb.task_cells})
            solutions = {c.name for c in nb.solution_cells}
            tasks = {c.name for c in nb.task_cells}
            cells = {
                c.name: CellSpec(
                    grade_id=c.name,
                    cell_type=c.cell_type,
                    locked=bool(c.locked),
                    checksum=c.checksum,
                    source=c.source or "",
                    released_source=released.get(c.name, c.source or ""),
                    points=points.get(c.name),
                    grade=c.name in points and c.name not in tasks,
                    solution=c.name in solutions,
                    task=c.name in tasks,
                )
                for c in nb.source_cells
            }
            order = [gid for gid in released if gid in cells]
            order += [gid for gid in cells if gid not in order]
            kernelspec = json.loads(nb.kernelspec) if nb.kernelspec else None
            notebooks.append(
                NotebookSpec(
                    name=nb.name,
                    kernelspec=kernelspec,
                    cells=tuple(cells[g] for g in order),
                )
            )
    if not notebooks:
        raise UserError(t("grading.errors.not_released", name=assignment))
    return AssignmentSpec(
        name=assignment, source_dir=course.source_dir / assignment, notebooks=tuple(notebooks)
    )
