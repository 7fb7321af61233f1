"""The course on a real JupyterHub: a day of class through nbgrader's exchange, end to end."""

from __future__ import annotations

import html
import json
import re
import stat

import pytest

from tests.hub.assignment import auto_points, hidden_tests
from tests.hub.classroom import Classroom
from tests.hub.flow import ClassResult

# One classroom for the module: under pytest-xdist --dist loadgroup its tests share a worker.
pytestmark = [pytest.mark.hub, pytest.mark.xdist_group("hub")]


def test_every_submission_is_graded_with_the_right_score(day_of_class: ClassResult):
    result = day_of_class
    assert set(result.scores) == set(result.kinds)
    expected = result.assignment.expected_scores()
    full = auto_points(result.assignment.source_notebook(result.course_root))
    for name, score in result.scores.items():
        kind = result.kinds[name]
        if expected is not None:
            assert score == expected[kind], (name, kind, score)
        elif kind == "right":
            assert score == full, (name, score)
        elif kind == "blank":
            assert score == 0, (name, score)
        else:
            assert 0 < score < full, (name, score)
    # The answers went through both doors: the command line and the Assignments panel.
    assert set(result.channels.values()) == {"cli", "web"}


def test_export_has_each_students_grade(day_of_class: ClassResult):
    rows = day_of_class.exported
    assert rows, "the export wrote no CSV in the course folder"
    for name, score in day_of_class.scores.items():
        mine = [r for r in rows if name in r.values()]
        assert mine, f"{name} missing from the export"
        numbers = {float(v) for r in mine for v in r.values() if _is_number(v)}
        assert score in numbers, (name, score, mine)


def _is_number(value: str) -> bool:
    try:
        float(value)
    except (TypeError, ValueError):
        return False
    return True


def test_feedback_reaches_each_student_without_hidden_tests(
    day_of_class: ClassResult, classroom: Classroom
):
    source = day_of_class.assignment.source_notebook(day_of_class.course_root)
    hidden = [line for line in hidden_tests(source) if len(line) >= 12]  # no bare ")" or "pass"
    assert hidden, "the assignment should have hidden tests to protect"
    for person in classroom.students:
        files = day_of_class.feedback[person.name]
        assert files, f"no feedback in {person.home}"
        for path in files:
            assert path.stat().st_uid == person.home.stat().st_uid
            text = html.unescape(path.read_text(encoding="utf-8"))
            assert (
                f"{day_of_class.scores[person.name]:g}" in text
                or str(day_of_class.scores[person.name]) in text
            )
            for line in hidden:
                assert line not in text, f"hidden test shown to {person.name}: {line}"


def test_students_cannot_open_other_servers(day_of_class: ClassResult, classroom: Classroom):
    first, second = classroom.students[0], classroom.students[1]
    browser = classroom.browsers[first.name]
    teacher = classroom.instructor.name
    assert browser.get(f"/user/{second.name}/lab").status_code == 403
    assert browser.get(f"/user/{second.name}/api/contents").status_code == 403
    assert browser.get(f"/user/{teacher}/api/contents").status_code == 403
    submissions = f"/user/{teacher}/formgrader/api/submissions/{day_of_class.assignment.name}"
    assert browser.get(submissions).status_code == 403
    # ...while the instructor's own formgrader answers.
    assert classroom.browsers[teacher].get(submissions).status_code == 200


def test_students_cannot_read_solutions_gradebook_or_the_inbox(
    day_of_class: ClassResult, classroom: Classroom
):
    student, other = classroom.students[0], classroom.students[2]
    course = day_of_class.course_root
    solution = course.parent / "solutions" / day_of_class.assignment.name
    targets = {
        "solutions": ["cat", solution / day_of_class.assignment.notebook],
        "gradebook": ["cat", course / "gradebook.db"],
        "inbox": ["ls", classroom.settings.course_exchange / "inbound"],
        "another student": ["ls", other.home / day_of_class.assignment.name],
    }
    for what, (program, path) in targets.items():
        assert path.exists(), f"the {what} should be there: {path}"
        done = classroom.run_as(student, program, str(path))
        assert done.returncode != 0, f"{student.name} could read the {what}"
        assert "Permission denied" in done.stderr, (what, done.stderr)
    # The released assignment, instead, is open to every student.
    outbound = classroom.settings.course_exchange / "outbound" / day_of_class.assignment.name
    assert classroom.run_as(student, "ls", str(outbound)).returncode == 0


def test_each_role_gets_its_own_jupyterlab(classroom: Classroom):
    student = classroom.students[0].name
    teacher = classroom.instructor.name
    browsers = classroom.browsers
    assert browsers[student].get(f"/user/{student}/formgrader").status_code == 404
    assert browsers[teacher].get(f"/user/{teacher}/formgrader/api/assignments").status_code == 200
    listed = browsers[student].get(
        f"/user/{student}/assignments?course_id={classroom.settings.course_id}"
    )
    assert listed.status_code == 200 and listed.json()["success"] is True
    # JupyterLab speaks Italian unless the student picks another language.
    language = (
        browsers[student]
        .get(f"/user/{student}/lab/api/settings/@jupyterlab/translation-extension:plugin")
        .json()
    )
    default = language["schema"]["properties"]["locale"]["default"]
    assert language["settings"].get("locale", default) == "it_IT"
    teacher_tools = {"@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment"}
    assert teacher_tools <= _disabled_plugins(browsers[student].get(f"/user/{student}/lab").text)
    assert not teacher_tools & _disabled_plugins(browsers[teacher].get(f"/user/{teacher}/lab").text)


def _disabled_plugins(page: str) -> set[str]:
    found = re.search(r'"disabledExtensions": (\[[^\]]*\])', page)
    assert found, "no page config in the JupyterLab page"
    return set(json.loads(found.group(1)))


def test_check_passes_on_the_ready_server_and_sees_an_open_home(classroom: Classroom):
    done = classroom.cli("hub", "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✘" not in done.stdout
    home = classroom.students[1].home
    home.chmod(0o755)
    try:
        done = classroom.cli("hub", "check")
    finally:
        home.chmod(0o700)
    assert done.returncode == 1
    problem = [line for line in done.stdout.splitlines() if line.startswith("✘")]
    assert len(problem) == 1 and str(home) in problem[0] and "755" in problem[0]
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
