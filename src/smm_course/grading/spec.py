"""What an assignment's graded cells must be: read once from the gradebook, in the parent only."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.grading.course import Course
from smm_course.grading.evaluate.plan import answer_names, read_names
from smm_course.grading.model import AssignmentSpec, CellSpec, NotebookSpec
from smm_course.i18n import t

# Instructor's sources of the test cells, by notebook then grade id: the parent and the
# trusted evaluator hold them; the sandbox never does.
HiddenTests = dict[str, dict[str, str]]


def nbgrader_meta(cell: Any) -> dict[str, Any]:
    """A cell's nbgrader metadata ({} when it has none, or something that is not a dict)."""
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def grade_ids_of(nb: Any) -> list[str]:
    """The grade ids of a notebook's nbgrader cells, in order."""
    return [
        str(m["grade_id"]) for c in nb.get("cells", []) if (m := nbgrader_meta(c)).get("grade_id")
    ]


def cell_sources(path: Path) -> dict[str, str]:
    """Grade id -> source of a notebook's nbgrader cells ({} when the file is missing)."""
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for cell in data.get("cells", []):
        gid = nbgrader_meta(cell).get("grade_id")
        if gid:
            src = cell.get("source", "")
            out[gid] = "".join(src) if isinstance(src, list) else src
    return out


def load_spec(course: Course, assignment: str) -> tuple[AssignmentSpec, HiddenTests]:
    """The graded cells of `assignment` (it must be released) and its tests' full sources."""
    import warnings

    from nbgrader.api import Gradebook, MissingEntry

    warnings.filterwarnings("ignore", module="sqlalchemy")
    notebooks: list[NotebookSpec] = []
    hidden: HiddenTests = {}
    with Gradebook(course.db_url, course.course_id) as gb:
        try:
            record = gb.find_assignment(assignment)
        except MissingEntry as exc:
            raise UserError(t("grading.errors.not_released", name=assignment)) from exc
        for nb in sorted(record.notebooks, key=lambda n: n.name):
            released = cell_sources(course.release_dir / assignment / f"{nb.name}.ipynb")
            instructor = cell_sources(course.source_dir / assignment / f"{nb.name}.ipynb")
            points = {c.name: float(c.max_score) for c in nb.grade_cells}
            points.update({c.name: float(c.max_score) for c in nb.task_cells})
            solutions = {c.name for c in nb.solution_cells}
            tasks = {c.name for c in nb.task_cells}
            # the gradebook keeps solution cells as released: the answers are in the source
            answers = answer_names(
                [
                    instructor.get(c.name, c.source or "")
                    for c in nb.source_cells
                    if c.name in solutions and c.cell_type == "code"
                ]
            )
            cells = {
                c.name: CellSpec(
                    grade_id=c.name,
                    cell_type=c.cell_type,
                    locked=bool(c.locked),
                    checksum=c.checksum,
                    released_source=released.get(c.name, c.source or ""),
                    points=points.get(c.name),
                    grade=c.name in points and c.name not in tasks,
                    solution=c.name in solutions,
                    task=c.name in tasks,
                    capture=tuple(sorted(read_names(c.source or "") & answers))
                    if c.cell_type == "code" and c.name not in solutions
                    else (),
                )
                for c in nb.source_cells
            }
            hidden[nb.name] = {
                c.name: c.source or ""
                for c in nb.source_cells
                if c.cell_type == "code" and c.name in points and c.name not in solutions
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
    spec = AssignmentSpec(
        name=assignment, source_dir=course.source_dir / assignment, notebooks=tuple(notebooks)
    )
    return spec, hidden


def write_hidden(hidden: HiddenTests, folder: Path, assignment: str) -> Path:
    """Store the tests' sources for the trusted evaluator (readable by the grader only)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"{assignment}.json"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(hidden, out, ensure_ascii=False)
    return path


def read_hidden(path: Path) -> HiddenTests:
    """The tests' sources written by `write_hidden`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(nb): {str(g): str(s) for g, s in cells.items()} for nb, cells in data.items()}
