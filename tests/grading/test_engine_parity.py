"""The sandboxed engine grades the course's real exercises exactly as a kernel running the
instructor's notebook does (nbgrader's own way): the same points for every test cell."""

from __future__ import annotations

import copy
import shutil
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest

from smm_course.grading.batch import grade_assignments
from smm_course.grading.course import ensure_tools_on_path, open_course
from smm_course.grading.execute.kernel import run_notebook
from smm_course.grading.gradebook import init_gradebook
from smm_course.grading.limits import Limits
from smm_course.grading.release import release_assignment
from tests.exercises import helpers as h
from tests.exercises.mutations import MISTAKES

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]
CELL_TIMEOUT = 5


def _class(
    assignment: str, release: nbformat.NotebookNode, solution: nbformat.NotebookNode
) -> dict[str, nbformat.NotebookNode]:
    """Submissions: all right, untouched, each answer cell left as released in turn, a typical
    mistake, and the broken ones."""
    answers = {
        h.grading(c)["grade_id"]: c.source for c in solution.cells if h.grading(c).get("solution")
    }
    right = copy.deepcopy(release)
    for cell in right.cells:
        if h.grading(cell).get("solution"):
            cell.source = answers[h.grading(cell)["grade_id"]]
    out = {"right": right, "blank": copy.deepcopy(release)}
    for cell in release.cells:
        gid = h.grading(cell).get("grade_id")
        if cell.cell_type == "code" and h.grading(cell).get("solution"):
            one = copy.deepcopy(right)
            for target in one.cells:
                if h.grading(target).get("grade_id") == gid:
                    target.source = cell.source
            out[f"without_{gid}"] = one
    code = [c for c in right.cells if c.cell_type == "code" and h.grading(c).get("solution")]
    broken = {  # the benchmark's broken students: a loop, a syntax error, a dead kernel
        "loop": (0, "{}\nwhile True:\n    pass"),
        "syntax": (1, "{}\nfor riga in range(3)\n    print(riga)"),
        "death": (1, "import os\n\nos._exit(1)\n{}"),
    }
    for student, (position, template) in broken.items():
        nb = copy.deepcopy(right)
        gid = h.grading(code[position])["grade_id"]
        cell = next(c for c in nb.cells if h.grading(c).get("grade_id") == gid)
        cell.source = template.replace("{}", cell.source)
        out[student] = nb
    out["wrong"] = _with_mistakes(copy.deepcopy(right), assignment)
    return out


def _with_mistakes(nb: nbformat.NotebookNode, assignment: str) -> nbformat.NotebookNode:
    """`nb` with the edits of the exercise suite's first typical mistake."""
    mistakes = MISTAKES[assignment]
    first = mistakes[0] if isinstance(mistakes, tuple) else mistakes
    for grade_id, old, new in first.edits:
        cell = next(c for c in nb.cells if h.grading(c).get("grade_id") == grade_id)
        cell.source = cell.source.replace(old, new, 1)
    return nb


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    ensure_tools_on_path()
    base = tmp_path_factory.mktemp("parity")
    root = base / "course"
    root.mkdir()
    config = (h.COURSE / "nbgrader_config.py").read_text(encoding="utf-8")
    (root / "nbgrader_config.py").write_text(
        config + f"\nc.ExecutePreprocessor.timeout = {CELL_TIMEOUT}\n", encoding="utf-8"
    )
    for assignment in h.AUTOGRADED:
        shutil.copytree(h.SOLUTIONS / assignment, base / "solutions" / assignment)
    course = open_course(root)
    init_gradebook(course)
    submissions: dict[tuple[str, str], nbformat.NotebookNode] = {}
    for assignment in h.AUTOGRADED:
        assert all(c.ok for c in release_assignment(course, assignment))
        release = h.read(h.release_path(assignment, base / "exercises"))
        for student, nb in _class(assignment, release, h.read(h.solution_path(assignment))).items():
            submissions[student, assignment] = nb
            folder = root / "submitted" / student / assignment
            folder.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, str(folder / f"{assignment}.ipynb"))
    grade_assignments(open_course(root), list(h.AUTOGRADED), jobs=2, progress=False)
    engine = {
        key: h.score(h.read(root / "autograded" / key[0] / key[1] / f"{key[1]}.ipynb"))
        for key in submissions
    }
    work = base / "reference"
    work.mkdir()

    def kernel(key: tuple[str, str]) -> h.Score:
        """The engine before the sandbox: nbgrader's Execute on the instructor's notebook."""
        nb = h.submission(key[1], submissions[key])
        run_notebook(nb, key[1], str(work), Limits(cell_seconds=CELL_TIMEOUT))
        return h.score(nb)

    with ThreadPoolExecutor(max_workers=2) as pool:
        reference = dict(zip(submissions, pool.map(kernel, submissions), strict=True))
    return engine, reference


def test_every_test_cell_earns_what_the_kernel_gives(graded):
    engine, reference = graded
    assert len(engine) >= 6 * 4
    differ = {
        key: (engine[key].earned, reference[key].earned)
        for key in reference
        if engine[key].earned != reference[key].earned
    }
    assert differ == {}


def test_failures_carry_the_same_messages(graded):
    engine, reference = graded
    for key in reference:
        if key[0] in ("loop", "death"):
            continue  # the kernel's messages and the sandbox's differ in wording only
        assert engine[key].errors.keys() == reference[key].errors.keys(), key
        for gid, error in reference[key].errors.items():
            assert engine[key].errors[gid].split(":")[0] == error.split(":")[0], (key, gid)
