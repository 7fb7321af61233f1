import json
import multiprocessing as mp
from pathlib import Path

import pytest

from smm_course.errors import UserError
from smm_course.workbook import SCHEMA_VERSION, Workbook


def test_default_location_follows_smm_course_home(_isolated_learner):
    wb = Workbook.open()
    assert wb.path == _isolated_learner / "workbook.json"
    assert json.loads(wb.path.read_text())["schema_version"] == SCHEMA_VERSION


def test_answers_round_trip_with_emoji_and_markup(tmp_path):
    wb = Workbook.open(tmp_path / "wb.json")
    value = {"customer_segments": "Golosi 🍫 <script>alert(1)</script>", "n": [1, 2.5, None]}
    wb.save_answer("l02.canvas", value)
    again = Workbook.open(tmp_path / "wb.json")
    assert again.answer("l02.canvas") == value
    assert again.answer("l02.missing", default="nessuna") == "nessuna"
    assert "🍫" in (tmp_path / "wb.json").read_text(encoding="utf-8")


def test_attempts_are_recorded_in_order(tmp_path):
    class Result:
        score, max_score, passed = 2, 5, False

    wb = Workbook.open(tmp_path / "wb.json")
    wb.record_attempt("l01.sorter", Result())
    Result.score, Result.passed = 5, True
    wb.record_attempt("l01.sorter", Result())
    history = wb.attempts("l01.sorter")
    assert [(a["score"], a["passed"]) for a in history] == [(2.0, False), (5.0, True)]


def test_corrupt_file_is_set_aside_never_overwritten(tmp_path):
    path = tmp_path / "workbook.json"
    path.write_text('{"answers": {"l02.canvas": "mezzo file', encoding="utf-8")
    original = path.read_bytes()
    wb = Workbook.open(path)
    moved = list(tmp_path.glob("workbook.corrupt-*.json"))
    assert len(moved) == 1 and moved[0].read_bytes() == original
    assert wb.warnings and str(moved[0]) in wb.warnings[0]
    assert "messo da parte" in wb.warnings[0]
    wb.save_answer("l01.sorter", {"ok": 1})
    assert Workbook.open(path).answer("l01.sorter") == {"ok": 1}


def test_non_object_json_and_binary_garbage_are_set_aside(tmp_path):
    for content in (b"[1, 2, 3]", b"\xff\xfe\x00garbage"):
        path = tmp_path / "workbook.json"
        path.write_bytes(content)
        assert Workbook.open(path).warnings
    assert len(list(tmp_path.glob("workbook.corrupt-*.json"))) == 2


def test_workbook_from_a_newer_version_is_refused_not_rewritten(tmp_path):
    path = tmp_path / "workbook.json"
    path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "answers": {}}))
    with pytest.raises(UserError, match="più recente"):
        Workbook.open(path).answer("x")
    assert json.loads(path.read_text())["schema_version"] == SCHEMA_VERSION + 1


def _save_many(path: str, prefix: str, count: int) -> None:
    wb = Workbook.open(path)
    for i in range(count):
        wb.save_answer(f"{prefix}.q{i}", {"i": i, "who": prefix})


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "workbook.json")
    Workbook.open(path)
    ctx = mp.get_context("spawn")
    workers = [ctx.Process(target=_save_many, args=(path, p, 200)) for p in ("l01", "l02")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    answers = Workbook.open(path).answers()
    for prefix in ("l01", "l02"):
        assert all(answers[f"{prefix}.q{i}"] == {"i": i, "who": prefix} for i in range(200))
    assert not list(Path(tmp_path).glob("*.corrupt-*"))
    assert not list(Path(tmp_path).glob(".workbook-*.tmp"))


def test_dataframe_and_tuples_are_stored_as_plain_json(tmp_path):
    pd = pytest.importorskip("pandas")
    wb = Workbook.open(tmp_path / "wb.json")
    frame = pd.DataFrame({"awareness": ["Instagram"]}, index=["touchpoints"])
    wb.save_answer("l03.journey", frame)
    wb.save_answer("l01.tuple", ("a", "b"))
    assert wb.answer("l03.journey") == {"awareness": {"touchpoints": "Instagram"}}
    assert wb.answer("l01.tuple") == ["a", "b"]
