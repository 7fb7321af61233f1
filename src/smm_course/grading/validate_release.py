"""Where `validate` finds the released notebook, and what it knows about its locked cells."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from smm_course.grading.course import Course
from smm_course.grading.model import CellSpec, NotebookSpec
from smm_course.grading.spec import nbgrader_meta

# Every exercise of the course states its total in the first cell (tests/exercises checks it).
_ANNOUNCED_TOTAL = re.compile(r"\*\*Punteggio: (\d+) punti\*\*")

__all__ = [
    "changed_by_checksum",
    "find_release",
    "missing_points",
    "release_dirs",
    "spec_of_release",
]


def _checksums(nb: Any) -> dict[str, str | None]:
    """Grade id -> the checksum nbgrader stored in the cell's metadata."""
    out: dict[str, str | None] = {}
    for cell in nb.get("cells", []):
        meta = nbgrader_meta(cell)
        if meta.get("grade_id"):
            out[str(meta["grade_id"])] = meta.get("checksum")
    return out


def release_dirs(course: Course | None) -> list[Path]:
    """Folders holding released assignments: the course's, then those installed with the course."""
    from smm_course.coursefiles import installed_content, repository_root

    dirs: list[Path] = []
    if course is not None:
        dirs.append(course.release_dir)
    for base in (repository_root(), installed_content()):
        if base is not None:
            dirs.append(base / "exercises")
    unique: list[Path] = []
    for folder in dirs:
        if folder.is_dir() and folder.resolve() not in [u.resolve() for u in unique]:
            unique.append(folder)
    return unique


def _agrees(mine: dict[str, str | None], other: dict[str, str | None]) -> int:
    """How many cells the two notebooks share, or -1 when a shared cell's checksum differs.

    A notebook carries the checksums of the release it came from; another release of the same
    exercise (an older or newer version) disagrees on at least one of them.
    """
    shared = set(mine) & set(other)
    for gid in shared:
        if mine[gid] and other[gid] and mine[gid] != other[gid]:
            return -1
    return len(shared)


def find_release(course: Course | None, nb_path: Path, nb: Any) -> Path | None:
    """The released notebook this one was made from: same cells and checksums, ideally name."""
    mine = _checksums(nb)
    for folder in release_dirs(course):
        best, best_key = None, (0, False)
        for path in sorted(folder.glob("*/*.ipynb")):
            try:
                other = _checksums(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
            key = (_agrees(mine, other), path.name == nb_path.name)
            if key > best_key:
                best, best_key = path, key
        if best is None and not mine:  # every graded cell deleted: fall back on the file name
            same = sorted(folder.glob(f"*/{nb_path.name}"))
            best = same[0] if same else None
        if best is not None:
            return best
    return None


def spec_of_release(released: Any, name: str) -> NotebookSpec:
    """The graded and locked cells of a released notebook, as the grader restores them."""
    cells = []
    for cell in released.cells:
        meta = nbgrader_meta(cell)
        if not meta.get("grade_id"):
            continue
        points = meta.get("points")
        cells.append(
            CellSpec(
                grade_id=str(meta["grade_id"]),
                cell_type=cell.cell_type,
                locked=bool(meta.get("locked")),
                checksum=meta.get("checksum"),
                released_source=cell.source,
                points=float(points) if points is not None else None,
                grade=bool(meta.get("grade")),
                solution=bool(meta.get("solution")),
                task=bool(meta.get("task")),
            )
        )
    kernelspec = released.metadata.get("kernelspec")
    return NotebookSpec(name, dict(kernelspec) if kernelspec else None, tuple(cells))


def changed_by_checksum(nb: Any) -> list[str]:
    """Locked cells whose text no longer matches the checksum stored in their own metadata."""
    from nbgrader import utils

    changed = []
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        stored = meta.get("checksum") if meta.get("grade_id") and meta.get("locked") else None
        if stored and utils.compute_checksum(cell) != stored:
            changed.append(str(meta["grade_id"]))
    return changed


def missing_points(nb: Any) -> tuple[float, float] | None:
    """(points of the graded cells present, total announced at the top) when some are missing.

    Without the release a deleted cell leaves no trace but this: the points still in the
    notebook add up to less than the total its first cell announces.
    """
    first = nb.cells[0].source if nb.cells and nb.cells[0].cell_type == "markdown" else ""
    announced = _ANNOUNCED_TOTAL.search(first)
    if not announced:
        return None
    present = 0.0
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("grade") or meta.get("task"):
            present += float(meta.get("points") or 0)
    total = float(announced.group(1))
    return (present, total) if present < total else None
