"""A class batch with every kind of bad submission: graded, explained, never a silent zero."""

from __future__ import annotations

import csv
import html
import re
import shutil

import nbformat
import pytest

from smm_course.cli import main
from smm_course.grading.batch import grade_assignment
from smm_course.grading.course import open_course
from smm_course.grading.feedback import generate_feedback
from smm_course.grading.gradebook import open_gradebook
from smm_course.grading.status import IssueKind, Status
from tests.grading import helpers as h

pytestmark = [pytest.mark.nbgrader, pytest.mark.slow]

ANSWER = "Misura quante persone reagiscono davvero ai post del negozio di Via Po."


@pytest.fixture(scope="module")
def graded(released_template, tmp_path_factory):
    """A copy of the released course where a whole batch was graded once."""
    dest = tmp_path_factory.mktemp("batch") / "copy"
    shutil.copytree(released_template.parent, dest)
    root = dest / "course"
    for variant in h.VARIANTS:
        h.write_submission(root, variant, h.submission(root, variant))
    h.write_submission(root, "mrossi", h.submission(root, "good", answer_text=ANSWER))
    h.write_submission(
        root, "deleted_test", h.delete_cell(h.submission(root, "good"), "test_visibile")
    )
    h.write_submission(
        root,
        "deleted_all",
        h.delete_cell(h.delete_cell(h.submission(root, "good"), "test_visibile"), "test_nascosto"),
    )
    h.write_submission(
        root,
        "edited_test",
        h.edit_cell(h.submission(root, "wrong"), "test_visibile", "assert True"),
    )
    h.write_submission(root, "renamed", h.submission(root, "good"), name="touchpoint (1)")
    broken = root / "submitted" / "not_json" / h.ASSIGNMENT
    broken.mkdir(parents=True)
    (broken / f"{h.NOTEBOOK}.ipynb").write_text("{ questo non è json", encoding="utf-8")
    course = open_course(root)
    report = grade_assignment(course, h.ASSIGNMENT, jobs=2, progress=False)
    return root, {r.student: r for r in report.records}


def kinds(record):
    return {i.kind for i in record.issues}


def test_every_submission_gets_a_record(graded):
    root, records = graded
    submitted = {p.name for p in (root / "submitted").iterdir()}
    assert set(records) == submitted
    stored = h.status_of(root)["assignments"][h.ASSIGNMENT]
    assert set(stored) == submitted


def test_good_submissions_are_graded_right(graded):
    _, records = graded
    assert records["good"].score == h.MAX_AUTO
    assert records["good"].status == Status.GRADED  # unanswered text: auto zero, nothing pending
    assert records["mrossi"].score == h.MAX_AUTO
    assert records["mrossi"].status == Status.NEEDS_MANUAL
    assert records["wrong"].score == 0
    assert records["visible_only"].score == 1  # visible test passes, hidden one fails
    assert records["sysexit"].score == h.MAX_AUTO  # SystemExit is caught by IPython


def test_syntax_error_is_named(graded):
    _, records = graded
    assert records["syntax"].score == 0
    assert IssueKind.SYNTAX_ERROR in kinds(records["syntax"])
    assert "sintassi" in records["syntax"].reasons("it")


def test_killed_kernel_is_a_reported_failure_not_a_silent_zero(graded):
    _, records = graded
    rec = records["kernel_killed"]
    assert rec.status == Status.FAILED
    assert IssueKind.KERNEL_DIED in kinds(rec)
    assert "kernel" in rec.reasons("it")


def test_infinite_loops_are_interrupted_and_reported(graded):
    _, records = graded
    top = records["loop_top"]  # function defined before the loop: tests still pass
    assert IssueKind.TIMEOUT in kinds(top)
    assert top.score == h.MAX_AUTO
    inside = records["loop_inside"]
    assert kinds(inside) & {IssueKind.TIMEOUT, IssueKind.NOTEBOOK_TIMEOUT}
    assert inside.score == 0


def test_deleted_test_cells_are_restored_and_graded(graded):
    root, records = graded
    rec = records["deleted_test"]
    assert IssueKind.CELLS_RESTORED in kinds(rec)
    assert "test_visibile" in rec.reasons("it")
    assert rec.score == h.MAX_AUTO
    assert records["deleted_all"].score == h.MAX_AUTO
    autograded = root / "autograded" / "deleted_test" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    nb = nbformat.read(str(autograded), as_version=4)
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    assert ids.index("risposta") < ids.index("test_visibile") < ids.index("test_nascosto")


def test_edited_test_cell_is_restored_and_reported(graded):
    _, records = graded
    rec = records["edited_test"]
    assert IssueKind.TESTS_EDITED in kinds(rec)
    assert rec.score == 0  # the instructor's test ran, not `assert True`


def test_renamed_notebook_is_matched_and_reported(graded):
    _, records = graded
    rec = records["renamed"]
    assert rec.score == h.MAX_AUTO
    assert IssueKind.RENAMED in kinds(rec)
    assert "touchpoint (1).ipynb" in rec.reasons("it")


def test_huge_output_is_truncated(graded):
    root, records = graded
    rec = records["huge_output"]
    assert IssueKind.OUTPUT_TRUNCATED in kinds(rec)
    assert rec.score == h.MAX_AUTO
    autograded = root / "autograded" / "huge_output" / h.ASSIGNMENT / f"{h.NOTEBOOK}.ipynb"
    assert autograded.stat().st_size < 200_000


def test_unreadable_file_fails_with_reason(graded):
    _, records = graded
    rec = records["not_json"]
    assert rec.status == Status.FAILED
    assert IssueKind.UNREADABLE in kinds(rec)


def test_feedback_never_shows_hidden_tests(graded):
    root, records = graded
    report = generate_feedback(open_course(root), h.ASSIGNMENT)
    assert [student for student, _ in report.failed] == ["not_json"]
    assert {p.parts[-3] for p in report.written} == set(records) - {"not_json"}
    for path in report.written:
        text = path.read_text(encoding="utf-8")
        plain = html.unescape(re.sub(r"<[^>]+>", "", text))
        for line in h.HIDDEN_LINES:
            assert line not in plain, path
        assert "controllo nascosto" not in plain
        assert "0.3333" not in plain
        assert "HIDDEN TESTS" not in plain
    page = root / "feedback" / "visible_only" / h.ASSIGNMENT / f"{h.NOTEBOOK}.html"
    failing = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
    assert "Un test nascosto non è superato" in failing
    assert "assert tasso(1, 4) == 0.25" in failing  # the visible part of the cell stays


def test_csv_export_has_questions_totals_and_statuses(graded, capsys):
    root, _ = graded
    out = root / "voti.csv"
    assert (
        main(["course", "--course", str(root), "export", "--format", "csv", "--out", str(out)]) == 0
    )
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    header = list(rows[0])
    assert {"student_id", "first_name", "last_name", "email"} <= set(header)
    assert f"{h.ASSIGNMENT}: test_visibile" in header
    assert f"{h.ASSIGNMENT}: test_nascosto" in header
    assert f"{h.ASSIGNMENT}: spiegazione" in header
    assert len(rows) == len({r["student_id"] for r in rows})
    by_id = {r["student_id"]: r for r in rows}
    status = f"{h.ASSIGNMENT} (stato)"
    total = f"{h.ASSIGNMENT} (totale)"
    assert by_id["mrossi"][status].startswith("da correggere a mano")
    assert by_id["mrossi"]["email"] == "mario.rossi@example.it"
    assert by_id["mrossi"][f"{h.ASSIGNMENT}: spiegazione"] == ""  # waits for a human
    assert by_id["gbianchi"][status] == "mancante"
    assert by_id["kernel_killed"][status].startswith("non riuscita")
    assert "kernel" in by_id["kernel_killed"][status]
    assert "rinominato" in by_id["renamed"][status]
    assert by_id["visible_only"][total] == "1"
    assert by_id["visible_only"][f"{h.ASSIGNMENT}: test_nascosto"] == "0"
    assert by_id["good"][status] == "corretta"


def test_moodle_export_has_only_the_identifier_and_numbers(graded, capsys):
    """Nothing Moodle's import could choke on: one email column, one number per assignment."""
    root, records = graded
    out = root / "moodle.csv"
    assert main(["course", "--course", str(root), "export", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"«Voto massimo» impostato a {h.MAX_TOTAL:g}" in said
    assert "da correggere a mano" in said  # mrossi's written answer is still open
    assert "senza identificativo" in said  # the graded variants have no email
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Email address", f"{h.ASSIGNMENT} (totale)"]
    by_mail = dict(rows[1:])
    assert by_mail == {
        "mario.rossi@example.it": f"{records['mrossi'].score:g}",
        "giulia.bianchi@example.it": "",  # nothing handed in: no grade
        "luca.verdi@example.it": "",
    }
    assert (
        main(["course", "--course", str(root), "export", "--id", "idnumber", "--out", str(out)])
        == 0
    )
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == "ID number"
    scores = {r[0]: r[1] for r in rows[1:]}
    assert scores["visible_only"] == "1" and scores["good"] == f"{h.MAX_AUTO:g}"
    for value in scores.values():
        assert value == "" or float(value) >= 0  # numbers only


def test_excel_export_opens_in_columns_in_italian(graded, tmp_path):
    root = h.copy_course(graded[0], tmp_path / "copia")
    with open_gradebook(open_course(root)) as gb:  # a half point given by hand
        grade = gb.find_grade("spiegazione", h.NOTEBOOK, h.ASSIGNMENT, "mrossi")
        grade.manual_score = 1.5
        gb.db.commit()
    out = root / "excel.csv"
    argv = ["course", "--course", str(root), "export", "--format", "excel", "--out", str(out)]
    assert main(argv) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert "student_id" in rows[0]
    by_id = {r["student_id"]: r for r in rows}
    assert by_id["mrossi"][f"{h.ASSIGNMENT} (totale)"] == "4,5"
    assert by_id["mrossi"][f"{h.ASSIGNMENT}: spiegazione"] == "1,5"
    assert by_id["good"][f"{h.ASSIGNMENT} (totale)"] == f"{h.MAX_AUTO:g}"
