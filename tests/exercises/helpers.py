"""Read the graded notebooks, run them with nbclient and score them the way nbgrader does."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
SOLUTIONS = REPO / "solutions"
EXERCISES = REPO / "exercises"
COURSE = REPO / "course"
AUTOGRADED = (
    "m01_touchpoint",
    "m02_canvas",
    "m03_journey",
    "m04_zmot",
    "m05_sostac_race",
    "m06_canali",
    "m08_attribuzione",
)
ASSIGNMENTS = (*AUTOGRADED, "m07_documento_strategico")
REGIONS = (
    ("### BEGIN SOLUTION", "### END SOLUTION"),
    ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
)
MIN_SECRET_CHARS = 12  # shorter lines ("})", "else:") say nothing about the answer


def solution_path(assignment: str) -> Path:
    """The instructor notebook of an assignment."""
    return SOLUTIONS / assignment / f"{assignment}.ipynb"


def release_path(assignment: str, root: Path = EXERCISES) -> Path:
    """The student notebook of an assignment under `root`."""
    return root / assignment / f"{assignment}.ipynb"


def read(path: Path) -> nbformat.NotebookNode:
    """A notebook from disk."""
    return nbformat.read(path, as_version=4)


def grading(cell: dict) -> dict:
    """The cell's nbgrader metadata ({} for a plain cell)."""
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def is_test(cell: dict) -> bool:
    """An autograded test cell."""
    meta = grading(cell)
    return cell["cell_type"] == "code" and bool(meta.get("grade")) and not meta.get("solution")


def is_manual(cell: dict) -> bool:
    """A manually graded answer cell."""
    meta = grading(cell)
    return bool(meta.get("grade")) and bool(meta.get("solution"))


def points(nb: nbformat.NotebookNode) -> tuple[float, float]:
    """(autograded points, manually graded points) of a notebook."""
    auto = sum(float(grading(c).get("points", 0)) for c in nb.cells if is_test(c))
    manual = sum(float(grading(c).get("points", 0)) for c in nb.cells if is_manual(c))
    return auto, manual


def _split(source: str) -> tuple[list[str], list[str]]:
    """(lines inside solution/hidden regions, lines outside them)."""
    inside: list[str] = []
    outside: list[str] = []
    depth = 0
    for line in source.splitlines():
        text = line.strip()
        if any(text.startswith(begin) for begin, _ in REGIONS):
            depth += 1
            continue
        if any(text.startswith(end) for _, end in REGIONS):
            depth = max(depth - 1, 0)
            continue
        (inside if depth else outside).append(text)
    return inside, outside


def secret_lines(nb: nbformat.NotebookNode, public: str = "") -> set[str]:
    """Lines a student must never see: inside a region and found nowhere outside one
    (neither in `nb` nor in `public`, the open text of the other instructor notebooks)."""
    inside: set[str] = set()
    outside: list[str] = [public]
    for cell in nb.cells:
        ins, outs = _split(cell["source"])
        inside.update(ins)
        outside.extend(outs)
    corpus = "\n".join(outside)
    return {line for line in inside if len(line) >= MIN_SECRET_CHARS and line not in corpus}


def public_text(notebooks: Iterable[nbformat.NotebookNode]) -> str:
    """Everything outside the solution and hidden-test regions of `notebooks`."""
    return "\n".join(line for nb in notebooks for c in nb.cells for line in _split(c["source"])[1])


def leaked(secrets: Iterable[str], texts: Iterable[str]) -> list[str]:
    """The secrets found in any of `texts`."""
    corpus = "\n".join(texts)
    return sorted(s for s in secrets if s in corpus)


def notebook_texts(path: Path) -> list[str]:
    """The sources and outputs of a notebook file as plain text."""
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = []
    for cell in data.get("cells", []):
        source = cell.get("source", "")
        texts.append("".join(source) if isinstance(source, list) else source)
        texts.append(json.dumps(cell.get("outputs", []), ensure_ascii=False))
    return texts


def comparable(nb: nbformat.NotebookNode) -> list[dict]:
    """Cells without the fields that change on every save (ids, outputs, counters)."""
    return [
        {"cell_type": c["cell_type"], "source": c["source"], "metadata": c.get("metadata", {})}
        for c in nb.cells
    ]


def parts(nb: nbformat.NotebookNode) -> dict[str, list[str]]:
    """Each autograded answer cell (grade id) with the test cells that follow it, in order."""
    out: dict[str, list[str]] = {}
    current = None
    for cell in nb.cells:
        meta = grading(cell)
        if cell["cell_type"] == "code" and meta.get("solution"):
            current = meta["grade_id"]
            out[current] = []
        elif is_test(cell) and current is not None:
            out[current].append(meta["grade_id"])
    return out


def blank_answer(assignment: str, grade_id: str) -> nbformat.NotebookNode:
    """The solution notebook with one answer cell as the student receives it (blank)."""
    released = {
        grading(c).get("grade_id"): c["source"] for c in read(release_path(assignment)).cells
    }
    return replace_cells(read(solution_path(assignment)), {grade_id: released[grade_id]})


def submission(assignment: str, answers: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """What autograde runs: the instructor's notebook with the answer cells of `answers`."""
    nb = copy.deepcopy(read(solution_path(assignment)))
    given = {grading(c).get("grade_id"): c["source"] for c in answers.cells if grading(c)}
    for cell in nb.cells:
        meta = grading(cell)
        if meta.get("solution") and meta.get("grade_id") in given:
            cell["source"] = given[meta["grade_id"]]
    return nb


def replace_cells(nb: nbformat.NotebookNode, sources: dict[str, str]) -> nbformat.NotebookNode:
    """A copy of `nb` with the cells named by grade id replaced by new sources."""
    out = copy.deepcopy(nb)
    found = set()
    for cell in out.cells:
        gid = grading(cell).get("grade_id")
        if gid in sources:
            cell["source"] = sources[gid]
            found.add(gid)
    missing = set(sources) - found
    if missing:
        raise KeyError(f"no cell with grade id {sorted(missing)}")
    return out


@dataclass(frozen=True)
class Score:
    """Result of running a notebook: points per test cell and the error of each failed cell."""

    points: dict[str, float]
    earned: dict[str, float]
    errors: dict[str, str]

    @property
    def total(self) -> float:
        return sum(self.earned.values())

    @property
    def maximum(self) -> float:
        return sum(self.points.values())

    @property
    def failed(self) -> set[str]:
        return set(self.errors)


def score(executed: nbformat.NotebookNode) -> Score:
    """Score an executed notebook as nbgrader does: a test cell passes if it raised no error."""
    pts: dict[str, float] = {}
    earned: dict[str, float] = {}
    errors: dict[str, str] = {}
    for cell in executed.cells:
        if not is_test(cell):
            continue
        gid = grading(cell)["grade_id"]
        pts[gid] = float(grading(cell).get("points", 0))
        failures = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if failures:
            errors[gid] = f"{failures[0].get('ename')}: {failures[0].get('evalue')}"
            earned[gid] = 0.0
        else:
            earned[gid] = pts[gid]
    return Score(pts, earned, errors)


def execute(nb: nbformat.NotebookNode, workdir: Path) -> nbformat.NotebookNode:
    """Run every cell (errors allowed, as in autograde) and return the executed copy."""
    from nbclient import NotebookClient

    from tests.kernels import IPCKernelManager

    nb = copy.deepcopy(nb)
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        kernel_manager_class=IPCKernelManager,
        allow_errors=True,
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()
    return nb


ITALIAN = re.compile(
    r"\b(il|lo|la|le|gli|un|una|uno|di|del|dello|della|dei|delle|nel|nella|sul|sullo|sulla|"
    r"con|per|tra|su|da|non|che|deve|devono|sono|manca|mancano|aggiungi|scegli)\b",
    re.IGNORECASE,
)


def looks_italian(text: str) -> bool:
    """True when a message reads as Italian (several common Italian words)."""
    return len(ITALIAN.findall(text)) >= 2
