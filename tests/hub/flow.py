"""The day of class through the exchange: release, fetch, answer, submit, grade, feedback."""

from __future__ import annotations

import csv
import json
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.hub.assignment import KINDS, Assignment
from tests.hub.classroom import Classroom, Person
from tests.hub.hubhttp import HubError

CLI_STUDENTS = 1  # the others use the web endpoints of JupyterLab's Assignments panel


@dataclass
class ClassResult:
    """What happened to every student, as the instructor and the students see it."""

    assignment: Assignment
    course_root: Path
    kinds: dict[str, str] = field(default_factory=dict)
    channels: dict[str, str] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    max_scores: dict[str, float] = field(default_factory=dict)
    exported: list[dict[str, str]] = field(default_factory=list)
    feedback: dict[str, list[Path]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def _check(done: subprocess.CompletedProcess, what: str) -> subprocess.CompletedProcess:
    if done.returncode != 0:
        raise HubError(
            f"{what} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        )
    return done


def prepare_course(assignment: Assignment) -> Callable[[Classroom], None]:
    """The Classroom hook that writes the course into the instructor's home."""

    def prepare(room: Classroom) -> None:
        person = room.instructor
        room.course_root = assignment.write_course(
            person.home, person.name, room.settings.course_id
        )

    return prepare


def prepare_exercise(assignment: Assignment) -> Callable[[Classroom], None]:
    """The Classroom hook that enrols the class and makes the student version."""

    def prepare(room: Classroom) -> None:
        enroll = assignment.enroll_command(room.class_list)
        if enroll is not None:
            _instructor(room, enroll)
        _instructor(room, assignment.generate_command())

    return prepare


def _instructor(room: Classroom, command: list[str]) -> subprocess.CompletedProcess:
    return _check(
        room.run_as(room.instructor, *command, cwd=room.course_root),
        f"{room.instructor.name}: {' '.join(command)}",
    )


def _answer_cli(room: Classroom, result: ClassResult, person: Person, source: dict) -> None:
    name = result.assignment.name
    _check(room.run_as(person, "nbgrader", "fetch_assignment", name), f"{person.name} fetch")
    path = person.home / name / result.assignment.notebook
    notebook = json.loads(path.read_text(encoding="utf-8"))
    result.assignment.answer(notebook, result.kinds[person.name], source)
    path.write_text(json.dumps(notebook), encoding="utf-8")  # keeps the student's ownership
    _check(room.run_as(person, "nbgrader", "submit", name), f"{person.name} submit")


def _answer_web(room: Classroom, result: ClassResult, person: Person, source: dict) -> None:
    browser = room.browsers[person.name]
    course_id, name = room.settings.course_id, result.assignment.name
    browser.assignments("fetch", course_id, name)
    path = f"{name}/{result.assignment.notebook}"
    notebook = browser.notebook(path)
    result.assignment.answer(notebook, result.kinds[person.name], source)
    browser.save_notebook(path, notebook)
    reply = browser.assignments("submit", course_id, name)
    submitted = [a for a in reply.get("value", []) if a.get("status") == "submitted"]
    if not reply.get("success") or not submitted:
        raise HubError(f"{person.name} submit through the web: {reply}")


def _timed(result: ClassResult, label: str, step: Callable[[], None]) -> None:
    start = time.perf_counter()
    step()
    result.timings[label] = time.perf_counter() - start


def run_class(room: Classroom, assignment: Assignment) -> ClassResult:
    """Run the whole day once; return scores, exported grades and the feedback files."""
    result = ClassResult(assignment, room.course_root)
    for i, person in enumerate(room.students):
        result.kinds[person.name] = KINDS[i % len(KINDS)]
        result.channels[person.name] = "cli" if i < CLI_STUDENTS else "web"
    source = assignment.source_notebook(room.course_root)

    teacher = room.browsers[room.instructor.name]

    def release() -> None:
        teacher.formgrader("release", assignment.name)

    def students_work() -> None:
        # Students work at the same time, as in class.
        def work(person: Person) -> None:
            if result.channels[person.name] == "cli":
                _answer_cli(room, result, person, source)
            else:
                _answer_web(room, result, person, source)

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(work, room.students))

    def grade() -> None:
        teacher.formgrader("collect", assignment.name)
        _instructor(room, assignment.grade_command())
        browser = teacher
        reply = browser.get(
            f"/user/{room.instructor.name}/formgrader/api/submissions/{assignment.name}"
        )
        if reply.status_code != 200:
            raise HubError(f"formgrader submissions: {reply.status_code} {reply.text[:300]}")
        for row in reply.json():
            result.scores[row["student"]] = float(row["score"])
            result.max_scores[row["student"]] = float(row["max_score"])

    def export() -> None:
        before = {p: p.stat().st_mtime for p in room.course_root.rglob("*.csv")}
        _instructor(room, assignment.export_command())
        written = [p for p in room.course_root.rglob("*.csv") if before.get(p) != p.stat().st_mtime]
        for path in written:
            with path.open(encoding="utf-8") as handle:
                result.exported.extend(csv.DictReader(handle))

    def feedback() -> None:
        _instructor(room, assignment.feedback_command())
        teacher.formgrader("release_feedback", assignment.name)

        def fetch(person: Person) -> None:
            if result.channels[person.name] == "cli":
                _check(
                    room.run_as(person, "nbgrader", "fetch_feedback", assignment.name),
                    f"{person.name} fetch_feedback",
                )
            else:
                room.browsers[person.name].assignments(
                    "fetch_feedback", room.settings.course_id, assignment.name
                )
            folder = person.home / assignment.name / "feedback"
            result.feedback[person.name] = sorted(folder.glob("*/*.html"))

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(fetch, room.students))

    _timed(result, "release", release)
    _timed(result, "students fetch, answer, submit", students_work)
    _timed(result, "collect + grade", grade)
    _timed(result, "export", export)
    _timed(result, "feedback", feedback)
    return result
