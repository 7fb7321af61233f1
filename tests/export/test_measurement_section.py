"""The Strategy Document's measurement section comes only from the learner's plan (l08.misura)."""

from __future__ import annotations

from smm_course.export import collect, to_html, to_markdown
from tests.export.conftest import Page, make_workbook

PLAN = {
    "model": "position",
    "why": "I percorsi della mia gelateria sono brevi.",
    "decision": "Spostare 80 € al mese sulla newsletter.",
    "test": "Tre settimane senza inserzioni a Cuneo, Asti come controllo.",
    "offline": "<script>alert('x')</script> codici sconto in cassa",
}


def test_the_section_shows_the_learners_plan_and_nothing_of_the_case_study(tmp_path):
    document = collect(make_workbook(tmp_path / "wb.json", {"l08.misura": PLAN}), lang="it")
    section = document.section("measurement")
    assert section.complete and section.title == "Misurazione e attribuzione"
    markdown = to_markdown(document)
    text = markdown.split("Misurazione e attribuzione", 2)[-1]
    assert "Basato sulla posizione (40/20/40): I percorsi della mia gelateria sono brevi." in text
    for part in ("Decisione di budget", "Test di incrementalità", "Contatti offline"):
        assert part in text
    assert "Asti come controllo" in text
    assert "Dolce Vetta" not in text and "Instagram" not in text


def test_learner_text_is_escaped_in_the_html(tmp_path):
    document = collect(make_workbook(tmp_path / "wb.json", {"l08.misura": PLAN}), lang="it")
    html = to_html(document, pictures=False)
    assert "<script>alert" not in html
    assert "codici sconto in cassa" in Page(html).section_text("measurement")


def test_a_missing_plan_points_to_lesson_08(tmp_path):
    document = collect(make_workbook(tmp_path / "wb.json", {}), lang="en")
    section = document.section("measurement")
    assert section.missing == ("l08.misura",)
    text = Page(to_html(document, pictures=False)).section_text("measurement")
    assert "Measurement plan" in text and "08 · Measuring and attributing" in text
