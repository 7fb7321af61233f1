"""Pure parts of grading: hidden-test stripping, cell restoration, records, students CSV."""

from __future__ import annotations

import nbformat
import pytest
from nbformat import v4

from smm_course.errors import UserError
from smm_course.grading.feedback_hidden import hide_hidden_tests
from smm_course.grading.gradebook import read_students
from smm_course.grading.model import CellSpec, NotebookSpec
from smm_course.grading.restore import restore_notebook
from smm_course.grading.status import (
    GradingRecord,
    Issue,
    IssueKind,
    Status,
    load_records,
    save_records,
)

SECRET = "assert segreto(7) == 49"


def _hidden_cell(traceback):
    cell = v4.new_code_cell(
        "assert visibile()\n### BEGIN HIDDEN TESTS\n" + SECRET + "\n### END HIDDEN TESTS",
        metadata={"nbgrader": {"grade": True, "grade_id": "t", "points": 1}},
    )
    cell.outputs = [v4.new_output("error", ename="AssertionError", evalue="", traceback=traceback)]
    return cell


def test_hidden_source_and_traceback_lines_are_removed():
    tb = [
        "\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
        "\x1b[0;31mAssertionError\x1b[0m    Traceback (most recent call last)",
        "Cell \x1b[0;32mIn[4], line 3\x1b[0m\n\x1b[1;32m      1\x1b[0m assert visibile()\n"
        "\x1b[0;32m----> 3\x1b[0m \x1b[38;5;28;01massert\x1b[39;00m " + SECRET,
        "\x1b[0;31mAssertionError\x1b[0m: ",
    ]
    nb = v4.new_notebook(cells=[_hidden_cell(tb)])
    hide_hidden_tests(nb)
    text = nbformat.writes(nb)
    assert "segreto" not in text
    assert "assert visibile()" in nb.cells[0].source
    assert nb.cells[0].outputs[0].traceback[0] == "Un test nascosto non è superato."


def test_visible_failure_keeps_traceback_but_drops_hidden_context():
    tb = ["Cell In[4], line 1\n----> 1 assert visibile()\n      3 " + SECRET, "AssertionError: "]
    nb = v4.new_notebook(cells=[_hidden_cell(tb)])
    hide_hidden_tests(nb)
    joined = "\n".join(nb.cells[0].outputs[0].traceback)
    assert "segreto" not in joined
    # ANSI-free traceback quoting hidden code is treated as a hidden failure too
    assert "AssertionError" in joined


def _spec():
    def cell(gid, source, **kw):
        base = {
            "grade_id": gid,
            "cell_type": "code",
            "locked": False,
            "checksum": None,
            "released_source": source,
            "points": None,
            "grade": False,
            "solution": False,
            "task": False,
        }
        base.update(kw)
        return CellSpec(**base)

    return NotebookSpec(
        "nb",
        {"name": "python3", "display_name": "Python 3", "language": "python"},
        (
            cell("setup", "X = 1", locked=True),
            cell("answer", "raise NotImplementedError()", solution=True),
            cell("test_a", "assert f() == 1", locked=True, grade=True, points=1.0),
            cell("test_b", "assert f() == 2", locked=True, grade=True, points=2.0),
        ),
    )


def _nb_from(spec, keep, answer="def f(): return 1"):
    cells = []
    for c in spec.cells:
        if c.grade_id not in keep:
            continue
        meta = {
            "nbgrader": {
                "grade_id": c.grade_id,
                "grade": c.grade,
                "solution": c.solution,
                "locked": c.locked,
                "task": False,
                "schema_version": 3,
            }
        }
        if c.points:
            meta["nbgrader"]["points"] = c.points
        src = answer if c.solution else c.released_source
        cells.append(v4.new_code_cell(src, metadata=meta))
    return v4.new_notebook(cells=cells)


def test_deleted_cells_come_back_in_place():
    spec = _spec()
    nb, issues = restore_notebook(_nb_from(spec, {"answer", "test_b"}), spec)
    ids = [c.metadata["nbgrader"]["grade_id"] for c in nb.cells]
    assert ids == ["setup", "answer", "test_a", "test_b"]
    assert issues == [Issue(IssueKind.CELLS_RESTORED, "nb", "setup, test_a")]


def test_edited_locked_cell_is_restored_and_reported():
    spec = _spec()
    nb = _nb_from(spec, {"setup", "answer", "test_a", "test_b"})
    nb.cells[2].source = "pass"
    nb, issues = restore_notebook(nb, spec)
    assert nb.cells[2].source == "assert f() == 1"
    assert [i.kind for i in issues] == [IssueKind.TESTS_EDITED]


def test_records_round_trip(tmp_path):
    rec = GradingRecord(
        "s1", "m01", Status.FAILED, 1.0, 5.0, (Issue(IssueKind.KERNEL_DIED, "nb", "#3"),)
    )
    save_records(tmp_path, [rec])
    back = load_records(tmp_path)[("m01", "s1")]
    assert back.status == Status.FAILED and back.issues == rec.issues
    assert "kernel" in back.reasons("it")
    assert "died" in back.reasons("en")


def test_students_csv_accepts_italian_headers(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("matricola;nome;cognome;email\n12;Anna;Sala;a@x.it\n", encoding="utf-8")
    rows = read_students(path)
    assert rows[0].id == "12" and rows[0].first_name == "Anna" and rows[0].last_name == "Sala"
    path.write_text("nome,cognome\nAnna,Sala\n", encoding="utf-8")
    with pytest.raises(UserError):
        read_students(path)


def test_a_class_list_saved_by_italian_excel_is_read(tmp_path):
    """Semicolons and Windows-1252, as Excel saves a CSV in Italy."""
    from smm_course.hub.accounts import read_students as hub_students

    path = tmp_path / "classe.csv"
    path.write_bytes("username;nome;cognome;email\nmmarino;Marinò;Né;m@x.it\n".encode("cp1252"))
    rows = read_students(path)
    assert (rows[0].id, rows[0].first_name, rows[0].last_name) == ("mmarino", "Marinò", "Né")
    assert hub_students(path)[0].full_name == "Marinò Né"  # the same reader for the hub


class _FakeConverter:
    """Logs like an nbgrader converter, then fails (or not)."""

    def __init__(self, fail: bool) -> None:
        import logging

        self.log = logging.getLogger(f"smm-test-converter-{fail}")
        self.fail = fail

    def start(self) -> None:
        self.log.warning("only a warning")
        if self.fail:
            self.log.error("first error")
            self.log.error("Cell 'risposta' failed")
            raise RuntimeError("nbgrader stopped")


def test_a_failing_converter_reports_the_errors_it_logged():
    from smm_course.grading.converter import ConverterFailed, run_converter

    converter = _FakeConverter(fail=True)
    with pytest.raises(ConverterFailed) as info:
        run_converter(converter)
    assert info.value.lines == ["first error", "Cell 'risposta' failed"]
    assert info.value.summary() == "first error"
    assert info.value.summary(last=True) == "Cell 'risposta' failed"
    assert converter.log.handlers == []  # the capture does not pile up across runs
    run_converter(_FakeConverter(fail=False))


def test_a_converter_that_logs_nothing_is_reported_by_its_exception():
    from smm_course.grading.converter import ConverterFailed

    failure = ConverterFailed([], ValueError("bad config"))
    assert failure.summary() == failure.summary(last=True) == "ValueError: bad config"


def test_software_in_a_closed_folder_is_bound_folder_by_folder(tmp_path, monkeypatch):
    """A checkout in `mktemp -d` (mode 0700): the grader's user cannot enter it, so its venv and
    sources are kept one by one instead of the whole closed folder."""
    import sys

    from smm_course.grading.execute.policy import software_folders

    checkout = tmp_path / "tmp.closed"
    (checkout / ".venv").mkdir(parents=True)
    (checkout / "src").mkdir()
    checkout.chmod(0o700)
    monkeypatch.setattr(sys, "path", [str(checkout), str(checkout / "src")])
    monkeypatch.setattr(sys, "prefix", str(checkout / ".venv"))
    kept = software_folders(())
    assert str(checkout) not in kept
    assert {str(checkout / ".venv"), str(checkout / "src")} <= set(kept)
    checkout.chmod(0o755)
    assert str(checkout) in software_folders(())
