"""A form's check as the learner clicks Verifica: checker, feedback HTML, workbook save.

    .venv/bin/python benchmarks/bench_feedback.py --repeat 200

The workbook is a learner's late in the course (every exercise answered, attempts
recorded), in a temporary SMM_COURSE_HOME. Rows: the whole BMCForm.check() (widget), the
model's check alone, then its parts: check_canvas, Feedback.to_html, the workbook write;
the model's check on a workbook grown to the attempts cap; check_smart on the typical
objective of bench_checks.py.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from _common import median, p95, print_table, timed
from bench_checks import TYPICAL

CANVAS = {
    "customer_segments": "Famiglie torinesi, turisti in via Po, aziende per i regali di Natale",
    "value_propositions": "Cioccolato artigianale fatto a mano a Torino, gianduiotti e praline",
    "channels": "Negozio di via Po, e-commerce dolcevetta.example, Instagram e newsletter",
    "customer_relationships": "Assistenza personale in negozio, community Instagram, newsletter",
    "revenue_streams": "Vendita in negozio e online, confezioni regalo aziendali, uova di Pasqua",
    "key_resources": "Laboratorio, ricette di Chiara Bellandi, maestri cioccolatieri, marchio",
    "key_activities": "Produzione artigianale, confezionamento, contenuti social, spedizioni",
    "key_partners": "Fornitori di cacao e nocciole del Piemonte, corrieri, uffici acquisti",
    "cost_structure": "Materie prime, personale, affitto del negozio, spedizioni, pubblicità",
}


def fill_workbook(path: Path, attempts: int) -> None:
    """A workbook with 40 answered exercises and `attempts` attempts each."""
    from smm_course.checks import Feedback
    from smm_course.workbook import Workbook

    wb = Workbook.open(path)
    for lesson in range(8):
        for n in range(5):
            exercise = f"l0{lesson}.esercizio_{n}"
            wb.save_answer(exercise, {"testo": TYPICAL, "scelte": list(range(12))})
            for score in range(attempts):
                wb.record_attempt(exercise, Feedback(score % 5, 4, score % 5 == 4, ("ok",)))


def main() -> None:
    """Print the form-check table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smm-bench-feedback-") as home:
        os.environ["SMM_COURSE_HOME"] = home
        from smm_course.checks import check_canvas, check_smart
        from smm_course.widgets import BMCForm
        from smm_course.widgets.bmc import BMCModel
        from smm_course.workbook import MAX_ATTEMPTS_KEPT, Workbook

        path = Path(home) / "workbook.json"
        fill_workbook(path, 5)
        wb = Workbook.open(path)
        size_kib = path.stat().st_size / 1024
        big = Path(home) / "big" / "workbook.json"
        fill_workbook(big, MAX_ATTEMPTS_KEPT)
        big_wb = Workbook.open(big)
        big_kib = big.stat().st_size / 1024
        form = BMCForm(workbook=wb)
        form.answer = CANVAS
        model = BMCModel("l02.canvas", workbook=wb)
        model.answer = CANVAS
        big_model = BMCModel("l02.canvas", workbook=big_wb)
        big_model.answer = CANVAS
        feedback = check_canvas(CANVAS)
        cases = {
            "BMCForm.check() (widget: read, check, HTML, save)": form.check,
            "BMCModel.check() + Feedback.to_html()": lambda: model.check().to_html(),
            "  check_canvas alone": lambda: check_canvas(CANVAS),
            "  Feedback.to_html alone": feedback.to_html,
            "  Workbook.save_checked alone (one write, fsync)": lambda: wb.save_checked(
                "l02.canvas", CANVAS, feedback
            ),
            f"BMCModel.check() + to_html, full workbook ({big_kib:.0f} KiB)": lambda: (
                big_model.check().to_html()
            ),
            "check_smart alone (typical objective)": lambda: check_smart(TYPICAL),
        }
        rows = []
        for name, func in cases.items():
            func()  # warm caches and lazy imports
            times = timed(func, args.repeat)
            rows.append((name, median(times) * 1000, p95(times) * 1000))
    print_table(
        f"Form check (ms, {args.repeat} runs each)",
        ("what", "median ms", "p95 ms"),
        rows,
        note=f"Workbook of {size_kib:.0f} KiB (40 exercises, 5 attempts each); the full one "
        "keeps the most attempts stored per exercise. Each save replaces the file atomically "
        "with fsync.",
    )


if __name__ == "__main__":
    main()
