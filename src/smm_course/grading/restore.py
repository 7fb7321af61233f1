"""Bring a submitted notebook back in line with the release: restore locked cells, fix metadata."""

from __future__ import annotations

from typing import Any

from smm_course.grading.model import CellSpec, NotebookSpec
from smm_course.grading.status import Issue, IssueKind


def _norm(source: str) -> str:
    return "\n".join(line.rstrip() for line in source.strip().splitlines())


def _restored_cell(spec: CellSpec) -> Any:
    from nbformat import v4

    meta: dict[str, Any] = {
        "nbgrader": {
            "grade": spec.grade,
            "grade_id": spec.grade_id,
            "locked": spec.locked,
            "checksum": spec.checksum,
            "cell_type": spec.cell_type,
            "solution": spec.solution,
            "task": spec.task,
            "schema_version": 3,
        },
        "deletable": False,
        "smm_course": {"restored": True},
    }
    if spec.points is not None:
        meta["nbgrader"]["points"] = spec.points
    if spec.locked:
        meta["editable"] = False
    if spec.cell_type == "code":
        return v4.new_code_cell(source=spec.released_source, metadata=meta)
    return v4.new_markdown_cell(source=spec.released_source, metadata=meta)


def _fix_cell_type(cell: Any, cell_type: str) -> None:
    if cell.cell_type == cell_type:
        return
    cell.cell_type = cell_type
    if cell_type == "code":
        cell["outputs"] = []
        cell["execution_count"] = None
    else:
        cell.pop("outputs", None)
        cell.pop("execution_count", None)


def _index_of(nb: Any) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, cell in enumerate(nb.cells):
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid:
            out[gid] = i
    return out


def _fix_existing(nb: Any, spec: NotebookSpec) -> list[str]:
    """Put metadata and locked sources back as the instructor made them; return edited ids."""
    from nbgrader.utils import compute_checksum

    edited: list[str] = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader")
        gid = meta.get("grade_id") if meta else None
        if not gid:
            continue
        want = spec.cell(gid)
        if want is None:  # an id the course does not know: an ordinary cell from now on
            del cell.metadata["nbgrader"]
            continue
        _fix_cell_type(cell, want.cell_type)
        meta.update(locked=want.locked, grade=want.grade, solution=want.solution, task=want.task)
        if want.points is not None:
            meta["points"] = want.points
        meta["checksum"] = want.checksum
        if want.locked and compute_checksum(cell) != want.checksum:
            # test cells differ from the stored source by their hidden tests, which the
            # trusted evaluator adds back: the sandbox runs the released source
            if _norm(cell.source) != _norm(want.released_source):
                edited.append(gid)
            cell.source = want.released_source
    return edited


def _insert_missing(nb: Any, spec: NotebookSpec) -> list[CellSpec]:
    """Re-insert deleted locked/graded cells next to their neighbours; return them."""
    present = _index_of(nb)
    missing = [c for c in spec.cells if c.grade_id not in present and (c.locked or c.grade)]
    order = [c.grade_id for c in spec.cells]
    for want in missing:
        pos = order.index(want.grade_id)
        before = [g for g in order[:pos] if g in present]
        after = [g for g in order[pos + 1 :] if g in present]
        if before:
            index = present[before[-1]] + 1
        elif after:
            index = present[after[0]]
        else:
            index = len(nb.cells)
        nb.cells.insert(index, _restored_cell(want))
        present = _index_of(nb)
    return missing


def restore_notebook(nb: Any, spec: NotebookSpec) -> tuple[Any, list[Issue]]:
    """Clear outputs, restore locked/test cells, re-add deleted ones; report what was changed."""
    from nbgrader.preprocessors import DeduplicateIds

    for cell in nb.cells:
        if cell.cell_type == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        if not isinstance(cell.metadata.get("nbgrader", {}), dict):
            cell.metadata["nbgrader"] = {}
    nb, _ = DeduplicateIds().preprocess(nb, {})
    edited = _fix_existing(nb, spec)
    missing = _insert_missing(nb, spec)
    if spec.kernelspec:
        nb.metadata["kernelspec"] = dict(spec.kernelspec)
    issues: list[Issue] = []
    if missing:
        ids = ", ".join(c.grade_id for c in missing)
        issues.append(Issue(IssueKind.CELLS_RESTORED, spec.name, ids))
    if edited:
        issues.append(Issue(IssueKind.TESTS_EDITED, spec.name, ", ".join(edited)))
    return nb, issues
