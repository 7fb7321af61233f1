"""The learner works on a copy of the lessons: running one never changes a file git tracks,
and course updates reach every lesson the learner only ran, never one they edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smm_course.cli.start import course_folder
from smm_course.coursefiles import default_working_folder, repository_root, sync_course


def _notebook(path: Path, sources: list[str], outputs: list[dict] | None = None) -> None:
    cells = [
        {
            "cell_type": "code",
            "execution_count": 1 if outputs else None,
            "metadata": {},
            "outputs": outputs or [],
            "source": source,
        }
        for source in sources
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    notebook = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path.write_text(json.dumps(notebook), encoding="utf-8")


def _run(path: Path) -> None:
    """What running a lesson in JupyterLab does to its file: outputs and counts appear."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        cell["execution_count"] = 1
        cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "fatto\n"}]
    path.write_text(json.dumps(notebook, indent=2), encoding="utf-8")


def _sources(path: Path) -> list[str]:
    return [c["source"] for c in json.loads(path.read_text(encoding="utf-8"))["cells"]]


@pytest.fixture
def course(tmp_path: Path) -> Path:
    source = tmp_path / "checkout"
    _notebook(source / "lessons" / "00_benvenuto.ipynb", ["print('v1')"])
    _notebook(source / "lessons" / "01_touchpoint.ipynb", ["risposta = ..."])
    return source


def test_a_lesson_only_run_still_gets_the_course_update(course: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    sync_course(course, mine)
    _run(mine / "lessons" / "00_benvenuto.ipynb")
    _notebook(course / "lessons" / "00_benvenuto.ipynb", ["print('v2')"])
    report = sync_course(course, mine)
    assert report.updated == ["lessons/00_benvenuto.ipynb"] and report.kept == []
    assert _sources(mine / "lessons" / "00_benvenuto.ipynb") == ["print('v2')"]


def test_a_lesson_with_the_learners_code_is_kept(course: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    sync_course(course, mine)
    _notebook(mine / "lessons" / "01_touchpoint.ipynb", ["risposta = 42"], [])
    _run(mine / "lessons" / "01_touchpoint.ipynb")
    _notebook(course / "lessons" / "01_touchpoint.ipynb", ["risposta = ...  # nuova"])
    report = sync_course(course, mine)
    assert report.kept == ["lessons/01_touchpoint.ipynb"]
    assert _sources(mine / "lessons" / "01_touchpoint.ipynb") == ["risposta = 42"]


def test_in_a_checkout_start_opens_a_copy_not_the_tracked_lessons(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    checkout = repository_root()
    assert checkout is not None
    monkeypatch.setenv("HOME", str(tmp_path))
    folder = course_folder(None)
    assert folder == tmp_path / "smm-course"
    assert checkout not in folder.resolve().parents and folder.resolve() != checkout
    lesson = folder / "lessons" / "00_benvenuto.ipynb"
    tracked = checkout / "lessons" / "00_benvenuto.ipynb"
    assert lesson.read_bytes() == tracked.read_bytes()
    before = tracked.read_bytes()
    _run(lesson)
    assert tracked.read_bytes() == before


def test_a_checkout_cloned_as_the_default_folder_gets_a_copy_beside_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    clone = tmp_path / "smm-course"
    clone.mkdir()
    assert default_working_folder(clone) == tmp_path / "smm-course-lavoro"
    assert default_working_folder(tmp_path / "altrove") == tmp_path / "smm-course"
