"""The feedback page a student opens speaks the course's language, labels included."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from smm_course.cli import main
from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

ENGLISH_LABELS = ("Student's answer", "Test cell", "Score:", "Written response", "(Top)")


def _page(root) -> tuple[str, str]:
    path = root / "feedback" / "mrossi" / h.ASSIGNMENT / f"{h.NOTEBOOK}.html"
    raw = path.read_text(encoding="utf-8")
    return raw, html.unescape(re.sub(r"<[^>]+>", " ", raw))


@pytest.fixture
def graded_root(course_root):
    h.write_submission(
        course_root, "mrossi", h.submission(course_root, "visible_only", "Perché sì.")
    )
    grade_assignment(open_course(course_root), h.ASSIGNMENT, jobs=1, progress=False)
    return course_root


def test_feedback_labels_are_italian_by_default(graded_root):
    assert main(["course", "--course", str(graded_root), "feedback", h.ASSIGNMENT]) == 0
    raw, text = _page(graded_root)
    assert '<html lang="it">' in raw
    assert "Punteggio: 1 / 5" in text  # the total at the top: visible test only
    assert "Cella di test" in text and "Risposta scritta" in text
    assert "La tua risposta" in text and "Cella valutata" in text and "(torna su)" in text
    for label in ENGLISH_LABELS:
        assert label not in text
    assert "Un test nascosto non è superato" in text  # hidden tests stay hidden


def test_feedback_labels_follow_the_language_option(graded_root):
    argv = ["--lang", "en", "course", "--course", str(graded_root), "feedback", h.ASSIGNMENT]
    assert main(argv) == 0
    raw, text = _page(graded_root)
    assert '<html lang="en">' in raw
    assert "Score: 1 / 5" in text
    assert "Your answer" in text and "Test cell" in text and "Written response" in text
    assert "Punteggio" not in text and "Cella di test" not in text


def test_nbgrader_own_feedback_command_uses_the_course_page_too(graded_root):
    # the Formgrader's "Generate feedback" runs nbgrader with course/nbgrader_config.py only
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": os.pathsep.join([str(bin_dir), os.environ["PATH"]])}
    done = subprocess.run(
        [str(bin_dir / "nbgrader"), "generate_feedback", h.ASSIGNMENT, "--force"],
        cwd=graded_root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    raw, text = _page(graded_root)
    assert '<html lang="it">' in raw
    assert "Punteggio" in text and "Cella di test" in text and "La tua risposta" in text
    for label in ENGLISH_LABELS:
        assert label not in text
    assert "controllo nascosto" not in text


def test_scores_are_written_as_the_learner_writes_numbers(monkeypatch):
    from smm_course.grading.feedback_template import points

    assert (points(1.5), points(2.0), points(None), points(0.333)) == ("1,5", "2", "0", "0,33")
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    assert (points(1.5), points(2.0)) == ("1.5", "2")
