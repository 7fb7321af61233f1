"""Progress after a scripted run through lessons 00-02: the CLI's JSON and the ProgressPanel."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from smm_course.cli import main
from smm_course.curriculum import LESSONS, lesson_of
from smm_course.workbook import Workbook
from tests.export.conftest import Page

# What a learner did: exercise id -> (saved an answer?, results of each check in order)
SCRIPT: dict[str, tuple[bool, tuple[bool, ...]]] = {
    "l00.profilo": (True, (True,)),
    "l00.quiz_corso": (True, (False, True)),
    "l00.prova_smart": (True, (False, False, True)),
    "l01.quiz_definizione": (True, (True,)),
    "l01.sorter": (True, (False, False)),
    "l01.analisi_costi": (True, ()),
    "l02.quiz_blocchi": (False, (False,)),
    "l02.canvas": (True, ()),
}
# Lesson 00 is finished: every one of its self-checks passes at the first try.
for _check in LESSONS[0].self_checks:
    SCRIPT.setdefault(_check, (True, (True,)))


def play(book: Workbook) -> None:
    """Save the answers and record the checks of SCRIPT, in order."""
    for exercise_id, (saved, results) in SCRIPT.items():
        if saved:
            book.save_answer(exercise_id, {"risposta": exercise_id})
        for passed in results:
            book.record_attempt(
                exercise_id, SimpleNamespace(score=float(passed), max_score=1.0, passed=passed)
            )


def expected(lesson_id: str) -> dict[str, int]:
    """done / passed / attempts / total of one lesson, worked out from SCRIPT."""
    lesson = next(item for item in LESSONS if item.id == lesson_id)
    mine = {k: v for k, v in SCRIPT.items() if lesson_of(k) == lesson_id}
    assert set(mine) <= set(lesson.self_checks)
    return {
        "done": sum(1 for saved, results in mine.values() if saved or results),
        "passed": sum(1 for _, results in mine.values() if any(results)),
        "attempts": sum(len(results) for _, results in mine.values()),
        "total": len(lesson.self_checks),
    }


@pytest.fixture
def played(tmp_path) -> Workbook:
    book = Workbook.open(tmp_path / "wb.json")
    play(book)
    return book


def test_progress_json_after_lessons_00_to_02(played, capsys):
    assert main(["progress", "--json", "--workbook", str(played.path)]) == 0
    rows = {row["lesson"]: row for row in json.loads(capsys.readouterr().out)}
    assert list(rows) == [lesson.id for lesson in LESSONS]
    for lesson_id in ("l00", "l01", "l02"):
        row = rows[lesson_id]
        assert {k: row[k] for k in ("done", "passed", "attempts", "total")} == expected(lesson_id)
    assert rows["l00"]["status"] == "completed"
    assert rows["l01"]["status"] == "in_progress" and rows["l02"]["status"] == "in_progress"
    assert all(rows[f"l0{n}"]["status"] == "not_started" for n in range(3, 8))


def _table_rows(panel) -> dict[str, list[str]]:
    """The panel's table as {lesson number: [cell texts]}."""
    rows = []
    for chunk in panel.table.value.split("<tr")[1:]:
        rows.append([" ".join(Page(f"<td{part}").text).strip() for part in chunk.split("<td")[1:]])
    return {row[0][:2]: row for row in rows if row}


def test_progress_panel_table_matches_the_workbook_and_refreshes(played):
    from smm_course.widgets.progress_panel import ProgressPanel

    panel = ProgressPanel(workbook=played)
    assert "smm-progress-refresh" in panel.refresh_button._dom_classes
    assert "smm-progress-table" in panel.table._dom_classes
    rows = _table_rows(panel)
    for lesson_id in ("l00", "l01", "l02"):
        numbers = expected(lesson_id)
        row = rows[lesson_id[1:]]
        assert row[1:5] == [
            f"{numbers['done']}/{numbers['total']}",
            f"{numbers['passed']}/{numbers['total']}",
            "0",  # no solution seen before passing
            str(numbers["attempts"]),
        ]
    assert panel.chart.value[:8] == b"\x89PNG\r\n\x1a\n"
    played.record_attempt("l01.sorter", SimpleNamespace(score=1.0, max_score=1.0, passed=True))
    panel.refresh_button.click()
    row = _table_rows(panel)["01"]
    assert row[2] == f"{expected('l01')['passed'] + 1}/{expected('l01')['total']}"
    assert row[4] == str(expected("l01")["attempts"] + 1)


def test_progress_panel_escapes_and_speaks_english(played):
    from smm_course.progress import LessonProgress
    from smm_course.widgets.progress_panel import ProgressPanel, table_html

    odd = LessonProgress("l09", "<img src=x onerror=alert(1)>", 1, 0, 0, 0)
    page = Page(table_html([odd], "it"))
    assert not [tag for tag, _ in page.tags if tag == "img"]
    assert "<img src=x onerror=alert(1)>" in " ".join(page.text)
    panel = ProgressPanel(workbook=played, lang="en")
    assert panel.refresh_button.description == "Refresh"
    assert "Attempts" in panel.table.value and "completed" in panel.table.value


def test_progress_chart_names_lessons_as_learners_read_them(played, monkeypatch):
    from smm_course import plots
    from smm_course.widgets.progress_panel import ProgressPanel

    seen: list[list[str]] = []
    real = plots.progress_figure

    def spy(rows, lang=None):
        seen.append([row["lesson"] for row in rows])
        return real(rows, lang=lang)

    monkeypatch.setattr(plots, "progress_figure", spy)
    ProgressPanel(workbook=played)
    assert seen and seen[0][:3] == ["00", "01", "02"]


def test_a_solution_seen_before_passing_is_not_completed(tmp_path, capsys):
    from smm_course.curriculum import lesson
    from smm_course.progress import format_table, progress

    book = Workbook.open(tmp_path / "helped.json")
    checks = lesson("l01").self_checks
    good = SimpleNamespace(score=1.0, max_score=1.0, passed=True)
    for check in checks[:-1]:
        book.record_attempt(check, good)  # passed alone
    book.record_reveal(checks[-1])  # "Mostrami la soluzione" before trying
    book.record_attempt(checks[-1], good)  # then passed, with the solution in view
    row = next(r for r in progress(book) if r.lesson == "l01")
    assert (row.passed, row.solution_seen, row.total) == (len(checks) - 1, 1, len(checks))
    assert row.status == "solution_seen"
    table = format_table(progress(book))
    assert "soluzione vista" in table and "Soluzioni viste" in table
    assert main(["progress", "--json", "--workbook", str(book.path)]) == 0
    rows = {r["lesson"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["l01"]["status"] == "solution_seen" and rows["l01"]["solution_seen"] == 1


def test_passing_first_and_peeking_afterwards_stays_completed(tmp_path):
    from smm_course.curriculum import lesson
    from smm_course.progress import progress

    book = Workbook.open(tmp_path / "alone.json")
    for check in lesson("l01").self_checks:
        book.record_attempt(check, SimpleNamespace(score=1.0, max_score=1.0, passed=True))
    row = next(r for r in progress(book) if r.lesson == "l01")
    assert row.status == "completed" and row.solution_seen == 0
