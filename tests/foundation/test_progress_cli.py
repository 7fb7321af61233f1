import json
import subprocess
import sys

from smm_course.cli import main
from smm_course.progress import format_table, progress
from smm_course.workbook import Workbook


class Result:
    def __init__(self, score, max_score, passed):
        self.score, self.max_score, self.passed = score, max_score, passed


def test_progress_counts_done_passed_and_attempts(_isolated_learner):
    wb = Workbook.open()
    wb.save_answer("l01.sorter", {"x": 1})
    wb.record_attempt("l01.sorter", Result(1, 3, False))
    wb.record_attempt("l01.sorter", Result(3, 3, True))
    wb.record_attempt("l02.canvas", Result(4, 9, False))
    rows = {row.lesson: row for row in progress(wb)}
    assert (rows["l01"].done, rows["l01"].passed, rows["l01"].attempts) == (1, 1, 2)
    assert (rows["l02"].done, rows["l02"].passed, rows["l02"].attempts) == (1, 0, 1)
    assert rows["l01"].status == "in_progress" and rows["l00"].status == "not_started"
    table = format_table(rows.values())
    assert "Brand touchpoint" in table and "1/3" in table


def test_cli_progress_json_and_table(_isolated_learner, capsys):
    Workbook.open().record_attempt("l00.profilo", Result(1, 1, True))
    assert main(["progress", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["lesson"] == "l00" and data[0]["passed"] == 1
    assert main(["--lang", "en", "progress"]) == 0
    assert "Self-checks passed: 1" in capsys.readouterr().out


def test_cli_reports_a_corrupt_workbook_in_one_line(tmp_path, capsys):
    path = tmp_path / "workbook.json"
    path.write_text("{not json")
    assert main(["progress", "--workbook", str(path)]) == 0
    out = capsys.readouterr().out
    assert "messo da parte" in out and "Lezione" in out


def test_console_script_version_and_error_without_traceback(tmp_path):
    exe = [sys.executable, "-m", "smm_course.cli"]
    version = subprocess.run([*exe, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("smm-course ")
    target = tmp_path / "newer.json"
    target.write_text(json.dumps({"schema_version": 999}))
    bad = subprocess.run(
        [*exe, "progress", "--workbook", str(target)], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1 and bad.stderr.startswith("Errore:")


def test_light_modules_do_not_import_widgets_or_matplotlib():
    code = (
        "import sys, smm_course.checks, smm_course.workbook, smm_course.i18n, smm_course.cli\n"
        "import smm_course.frameworks\n"
        "heavy = [m for m in ('ipywidgets', 'matplotlib') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_check_and_save_records_real_answers_only(_isolated_learner):
    from smm_course.checks import Exercise, check_number
    from smm_course.progress import check_and_save

    exercise = Exercise(
        "l01.analisi_costi", lambda a: check_number(a, 0.25), hints=["h"], solution=0.25
    )
    assert check_and_save(exercise, ...).score == 0
    assert Workbook.open().attempts("l01.analisi_costi") == []
    assert check_and_save(exercise, 0.25).passed
    wb = Workbook.open()
    assert wb.answer("l01.analisi_costi") == 0.25
    assert [a["passed"] for a in wb.attempts("l01.analisi_costi")] == [True]
