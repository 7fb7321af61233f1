"""Workbook.save_checked: a check button's answer and attempt land together, in one write."""

from smm_course.workbook import MAX_ATTEMPTS_KEPT, Workbook


class Result:
    score, max_score, passed = 3, 4, False


def test_answer_and_attempt_saved_together(tmp_path):
    wb = Workbook.open(tmp_path / "wb.json")
    wb.save_answer("l02.canvas", {"channels": "vecchia risposta"})
    wb.save_checked("l02.canvas", {"channels": "Negozio di via Po 🍫"}, Result())
    again = Workbook.open(tmp_path / "wb.json")
    assert again.answer("l02.canvas") == {"channels": "Negozio di via Po 🍫"}
    (attempt,) = again.attempts("l02.canvas")
    assert (attempt["score"], attempt["max_score"], attempt["passed"]) == (3, 4, False)


def test_attempt_history_stays_bounded(tmp_path):
    wb = Workbook.open(tmp_path / "wb.json")
    for _ in range(MAX_ATTEMPTS_KEPT + 3):
        wb.save_checked("l01.quiz_fasi", ["acquisto"], Result())
    assert len(wb.attempts("l01.quiz_fasi")) == MAX_ATTEMPTS_KEPT
