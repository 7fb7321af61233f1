"""Session fixtures: the release generated from solutions/ now, and every notebook run once."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from tests.exercises import helpers as h
from tests.exercises.mutations import MISTAKES, Mistake

WORKERS = 2  # the machine has 2 cores; each run is one kernel


def apply_mistakes(assignment: str, mistakes: Iterable[Mistake]) -> nbformat.NotebookNode:
    """The solution notebook with the edits of `mistakes` applied in order."""
    nb = h.read(h.solution_path(assignment))
    sources = {h.grading(c).get("grade_id"): c["source"] for c in nb.cells if h.grading(c)}
    touched: set[str] = set()
    for mistake in mistakes:
        for grade_id, old, new in mistake.edits:
            assert old in sources[grade_id], f"{assignment}:{grade_id} has no {old!r}"
            sources[grade_id] = sources[grade_id].replace(old, new, 1)
            touched.add(grade_id)
    return h.replace_cells(nb, {g: sources[g] for g in touched})


def in_english(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """`nb` run with SMM_COURSE_LANG=en, as a kernel started in English would run it."""
    out = copy.deepcopy(nb)
    out.cells.insert(
        0, nbformat.v4.new_code_cell('import os\nos.environ["SMM_COURSE_LANG"] = "en"')
    )
    return out


def touched_parts(assignment: str, mistake: Mistake) -> list[str]:
    """The answer cells a mistake edits, in notebook order."""
    order = list(h.parts(h.read(h.solution_path(assignment))))
    return sorted({g for g, _, _ in mistake.edits}, key=order.index)


def batches(assignment: str) -> list[list[Mistake]]:
    """The mistakes of an assignment grouped so that no two in a group touch the same part:
    they are independent, so one kernel run checks them all."""
    groups: list[tuple[set[str], list[Mistake]]] = []
    for mistake in MISTAKES[assignment]:
        cells = set(touched_parts(assignment, mistake))
        for used, members in groups:
            if not used & cells:
                used.update(cells)
                members.append(mistake)
                break
        else:
            groups.append((cells, [mistake]))
    return [members for _, members in groups]


@pytest.fixture(scope="session")
def generated_release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`nbgrader generate_assignment` of every assignment, with the course's own config."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    tmp = tmp_path_factory.mktemp("release")
    config = PyFileConfigLoader("nbgrader_config.py", path=str(h.COURSE)).load_config()
    config.CourseDirectory.source_directory = str(h.SOLUTIONS)
    config.CourseDirectory.release_directory = str(tmp / "release")
    config.CourseDirectory.db_url = f"sqlite:///{tmp / 'gradebook.db'}"
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    for assignment in h.ASSIGNMENTS:
        result = api.generate_assignment(assignment, force=True)
        assert result["success"], result.get("error") or result.get("log")
    return tmp / "release"


@pytest.fixture(scope="session")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], nbformat.NotebookNode]:
    """Every notebook the round-trip tests need, executed once (two kernels at a time).

    Keys: (assignment, "solution" | "blank"), (assignment, "batch", i) for the i-th group of
    independent mistakes, and (assignment, "blank", grade id) for the solution with that one
    answer cell left as released. "blank" alone is the released notebook left untouched,
    graded with the instructor's tests as autograde does. ("m01_touchpoint", "english") is
    the first m01 mistake run with SMM_COURSE_LANG=en.
    """
    workdir = tmp_path_factory.mktemp("runs")
    jobs: dict[tuple[str, ...], nbformat.NotebookNode] = {}
    for assignment in h.ASSIGNMENTS:
        jobs[assignment, "solution"] = h.read(h.solution_path(assignment))
    for assignment in h.AUTOGRADED:
        jobs[assignment, "blank"] = h.submission(assignment, h.read(h.release_path(assignment)))
        for number, group in enumerate(batches(assignment)):
            jobs[assignment, "batch", str(number)] = apply_mistakes(assignment, group)
        for grade_id in h.parts(h.read(h.solution_path(assignment))):
            jobs[assignment, "blank", grade_id] = h.blank_answer(assignment, grade_id)
    jobs["m01_touchpoint", "english"] = in_english(
        apply_mistakes("m01_touchpoint", MISTAKES["m01_touchpoint"][:1])
    )
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {key: pool.submit(h.execute, nb, workdir) for key, nb in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


@pytest.fixture(scope="session")
def wheel_texts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The text of every file in a wheel built from a copy of the repository."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src-copy"
    skip = shutil.ignore_patterns(
        ".venv",
        ".git",
        "test-artifacts",
        "node_modules",
        "*.egg-info",
        "__pycache__",
        "build",
        "dist",
        "gradebook.db*",
        "submitted",
        "autograded",
        "feedback",
    )
    shutil.copytree(h.REPO, source, ignore=skip)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(tmp / "out")],
        cwd=source,
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp / "out").glob("*.whl")
    texts: dict[str, list[str]] = {}
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            raw = archive.read(name)
            if name.endswith(".ipynb"):
                path = tmp / "nb.ipynb"
                path.write_bytes(raw)
                texts[name] = h.notebook_texts(path)
            else:
                texts[name] = [raw.decode("utf-8", errors="ignore")]
    return texts
