"""The instructor: `smm-course start --instructor` opens the Formgrader of course/ with scores."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from .answers import answered
from .conftest import Server, copy_course, screenshot
from .starting import started

pytestmark = pytest.mark.e2e

ASSIGNMENT = "m01_touchpoint"
STUDENTS = {"mrossi": "good", "gbianchi": "blank", "lverdi": "broken"}


def course_cli(course: Path, *args: str) -> subprocess.CompletedProcess:
    """Run `smm-course course ...` on `course`."""
    return subprocess.run(
        [sys.executable, "-m", "smm_course.cli", "course", "--course", str(course), *args],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


def write_submissions(course: Path) -> None:
    """Three students hand in m01: a right one, an untouched one, one that kills the kernel."""
    for student, kind in STUDENTS.items():
        if kind == "good":
            notebook = answered(ASSIGNMENT)
        elif kind == "blank":
            notebook = answered(ASSIGNMENT, answers={})
        else:
            notebook = answered(ASSIGNMENT, answers={"classificazione": "import os\nos._exit(1)"})
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(json.dumps(notebook), encoding="utf-8")


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, str]]:
    """A copy of the course with three graded submissions, started the documented way."""
    base = tmp_path_factory.mktemp("instructor")
    root, home = base / "root", base / "home"
    root.mkdir()
    home.mkdir()
    copy_course(root)
    course = root / "course"
    init = course_cli(course, "init", "--students", str(course / "students.example.csv"))
    assert init.returncode == 0, init.stdout + init.stderr
    release = course_cli(course, "release", ASSIGNMENT)
    assert release.returncode == 0, release.stdout + release.stderr
    write_submissions(course)
    grade = course_cli(course, "grade", ASSIGNMENT, "--jobs", "2")
    report = grade.stdout + grade.stderr
    with started(home, root, "--instructor", f"--dir={root}") as server:
        yield server, report


def test_grading_report_names_the_broken_submission(graded_course):
    _, report = graded_course
    assert "lverdi" in report
    assert re.search(r"kernel", report, re.IGNORECASE), report


def test_the_instructor_start_opens_the_formgrader_on_the_courses_assignments(
    graded_course, page: Page
):
    server, _ = graded_course
    # The start page itself: JupyterLab opens with the Formgrader tab.
    page.goto(f"{server.url}/?token={server.token}")
    frame = page.frame_locator("iframe").first
    for assignment in ("m01_touchpoint", "m02_canvas", "m07_documento_strategico"):
        expect(frame.locator("body")).to_contain_text(assignment, timeout=60_000)
    screenshot(page, "05-formgrader-assignments")
    # nbgrader found course/nbgrader_config.py and its gradebook; nothing outside course/.
    log = (server.home / "start.log").read_text()
    assert "No nbgrader_config.py" not in log
    assert sorted(server.root.rglob("gradebook.db")) == [server.root / "course" / "gradebook.db"]
    assert not list(server.home.glob("gradebook.db"))


def test_the_formgrader_is_also_in_the_nbgrader_menu(graded_course, page: Page):
    server, _ = graded_course
    page.goto(f"{server.url}/lab?reset&token={server.token}")
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Formgrader$")).click()
    frame = page.frame_locator("iframe").first
    expect(frame.locator("body")).to_contain_text("m03_journey", timeout=60_000)


def test_formgrader_shows_the_scores(graded_course, page: Page):
    server, _ = graded_course
    # the documented start page logs the browser in (the Formgrader's own pages call the API
    # with the login cookie, not with the token of their address)
    page.goto(f"{server.url}/?token={server.token}")
    page.locator(".lm-MenuBar-itemLabel").first.wait_for(timeout=60_000)
    page.goto(f"{server.url}/formgrader/manage_submissions/{ASSIGNMENT}?token={server.token}")
    table = page.locator("table").first
    for student in STUDENTS:
        expect(table).to_contain_text(student, timeout=60_000)
    good = page.locator("tr", has_text="mrossi").first
    expect(good).to_contain_text(re.compile(r"14(\.0+)?\s*/\s*20"))
    screenshot(page, "05-formgrader-scores")


def test_the_instructor_sees_no_exchange_tools_and_no_exchange_errors(graded_course, page: Page):
    server, _ = graded_course
    page.goto(f"{server.url}/lab?reset&token={server.token}")
    page.locator(".lm-MenuBar-itemLabel", has_text="Nbgrader").click(timeout=60_000)
    menu = page.locator(".lm-Menu").last
    expect(menu).to_contain_text("Formgrader")
    expect(menu).to_contain_text(re.compile("Create assignment", re.IGNORECASE))
    labels = [text.strip() for text in menu.locator(".lm-Menu-itemLabel").all_inner_texts()]
    # one machine, no exchange: Assignment List and Courses would only show errors
    assert not [label for label in labels if "Assignment List" in label or "Course" in label]
    page.keyboard.press("Escape")
    expect(page.locator("body")).not_to_contain_text("Error fetching courses")
    expect(page.locator("body")).not_to_contain_text("exchange directory")
    # nor do their server routes answer
    for route in ("assignments", "courses", "formgraders"):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(f"{server.url}/{route}?token={server.token}")
        assert error.value.code == 404
