"""Model solutions for self-learners: the class setting and the side-by-side comparison."""

from __future__ import annotations

import json

import pytest

from smm_course.compare import compare_html
from smm_course.settings import CLASS_FILE, solutions_allowed
from smm_course.workbook import Workbook
from tests.export.conftest import IMG, SCRIPT, Page


@pytest.fixture
def lessons_dir(tmp_path, monkeypatch):
    """A class folder with lessons/ inside; the current folder is lessons/."""
    folder = tmp_path / "classe" / "lessons"
    folder.mkdir(parents=True)
    monkeypatch.chdir(folder)
    return folder


def test_solutions_are_allowed_by_default(lessons_dir, tmp_path):
    assert solutions_allowed() is True
    assert solutions_allowed(Workbook.open(tmp_path / "wb.json")) is True


@pytest.mark.parametrize("value", ["off", "0", "no", "false", "OFF", " False "])
def test_environment_turns_solutions_off(monkeypatch, lessons_dir, value):
    monkeypatch.setenv("SMM_COURSE_SOLUTIONS", value)
    assert solutions_allowed() is False


def test_class_file_beside_the_lessons_or_above(lessons_dir):
    (lessons_dir.parent / CLASS_FILE).write_text(json.dumps({"solutions": False}), "utf-8")
    assert solutions_allowed() is False
    (lessons_dir / CLASS_FILE).write_text(json.dumps({"solutions": "on"}), "utf-8")
    assert solutions_allowed() is True  # the nearest file decides


def test_class_file_too_far_up_is_ignored(tmp_path, monkeypatch):
    (tmp_path / CLASS_FILE).write_text(json.dumps({"solutions": False}), "utf-8")
    deep = tmp_path / "a" / "b" / "c" / "d"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert solutions_allowed() is True
    monkeypatch.chdir(deep.parent)
    assert solutions_allowed() is False


def test_unreadable_class_file_does_not_decide(lessons_dir):
    (lessons_dir / CLASS_FILE).write_text("{solutions: no", "utf-8")
    assert solutions_allowed() is True


def test_order_env_then_class_file_then_workbook(monkeypatch, lessons_dir, tmp_path):
    book = Workbook.open(tmp_path / "wb.json")
    book.set_setting("solutions", False)
    assert solutions_allowed(book) is False
    (lessons_dir / CLASS_FILE).write_text(json.dumps({"solutions": True}), "utf-8")
    assert solutions_allowed(book) is True  # the class file overrides the workbook
    (lessons_dir / CLASS_FILE).write_text(json.dumps({"solutions": False}), "utf-8")
    monkeypatch.setenv("SMM_COURSE_SOLUTIONS", "on")
    assert solutions_allowed(book) is True  # the environment overrides both
    monkeypatch.setenv("SMM_COURSE_SOLUTIONS", "off")
    assert solutions_allowed(Workbook.open(tmp_path / "other.json")) is False


def test_compare_puts_both_answers_side_by_side_escaped():
    own = {"customer_segments": f"Turisti {SCRIPT}", "channels": ""}
    model = {"customer_segments": "Turisti e famiglie di Torino", "channels": f"Negozio {IMG}"}
    source = compare_html(own, model, lang="it")
    page = Page(source)
    tags = [tag for tag, _ in page.tags]
    assert "script" not in tags and "img" not in tags
    assert tags.count("table") == 2
    text = " ".join(page.text)
    assert "La tua risposta" in text and "Soluzione modello" in text
    assert f"Turisti {SCRIPT}" in text and f"Negozio {IMG}" in text
    # both tables list the same blocks in the same order, with their Italian labels
    sides = source.split('class="smm-compare__side')[1:]
    labels = [[th.split("</th>")[0] for th in side.split("<th>")[1:]] for side in sides]
    assert labels[0] == labels[1] == ["Segmenti di clientela", "Canali"]


def test_compare_plain_text_and_missing_answer_in_english():
    page = Page(compare_html(None, "Aumentare gli ordini del 20% entro giugno", lang="en"))
    text = " ".join(page.text)
    assert "Your answer" in text and "(no answer)" in text
    assert "Aumentare gli ordini del 20% entro giugno" in text
