"""The strategy document from a complete, an empty and a damaged workbook."""

from __future__ import annotations

from pathlib import Path

import mistune
import pytest

from smm_course.curriculum import LESSONS
from smm_course.export import SECTION_SOURCES, SECTIONS, collect, export_document, to_html
from smm_course.export.collect import form_name
from smm_course.export.markdown import to_markdown
from smm_course.export.sections import lesson_label
from smm_course.i18n import t
from tests.export.conftest import IMG, SCRIPT, Page, complete_answers, make_workbook

SECTION_IDS = [spec.id for spec in SECTIONS]


def test_every_source_is_an_exercise_of_the_curriculum() -> None:
    known = {check for lesson in LESSONS for check in lesson.self_checks}
    sources = {source for ids in SECTION_SOURCES.values() for source in ids}
    assert sources <= known
    assert list(SECTION_SOURCES) == SECTION_IDS


def test_complete_workbook_gives_every_section_with_content_and_pictures(full_workbook, tmp_path):
    result = export_document(full_workbook, tmp_path / "out", "md,html")
    assert set(result.paths) == {"md", "html"}
    page = Page(result.paths["html"].read_text(encoding="utf-8"))
    assert list(page.sections) == SECTION_IDS
    for number, spec in enumerate(SECTIONS, start=1):
        heading = page.headings[spec.id]
        assert heading == f"{number}. {t(f'export.sections.{spec.id}.title', 'it')}"
        assert "Sezione ancora da completare" not in page.section_text(spec.id)
        assert "Parte ancora da completare" not in page.section_text(spec.id)
    assert result.document.completed == len(SECTIONS)
    text = " ".join(page.text)
    assert "Giulia Rossi" in text and "Cioccolateria Dolce Vetta" in text
    assert "Contenuto del blocco 9" in page.section_text("canvas")
    # item ids saved by the forms come back as the names the learner saw
    assert "Inserzioni Instagram" in page.section_text("touchpoints")
    assert "Negozio fisico" in page.section_text("touchpoints")
    assert "spedizione lenta" in page.section_text("journey")
    assert "Rispondere a ogni recensione entro 48 ore." in page.section_text("zmot")
    # 96 conversions out of 3200 visitors; ROAS 4320 / 1200
    plan = page.section_text("plan")
    assert "3,0 %" in plan and "3,60" in plan
    assert "tre post a settimana" in page.section_text("channels")
    images = [a["src"] for tag, a in page.tags if tag == "img"]
    expected = ("touchpoints", "canvas", "journey", "plan", "channels")
    assert len(images) == len(expected)
    assert all(src.startswith("data:image/png;base64,") and len(src) > 5000 for src in images)
    markdown = result.paths["md"].read_text(encoding="utf-8")
    for spec in SECTIONS:
        assert f"## {SECTIONS.index(spec) + 1}. {t(f'export.sections.{spec.id}.title', 'it')}" in (
            markdown
        )


def test_empty_workbook_keeps_every_section_and_says_what_to_fill(empty_workbook):
    document = collect(empty_workbook, lang="it")
    page = Page(to_html(document))
    assert list(page.sections) == SECTION_IDS
    assert document.completed == 0
    for spec in SECTIONS:
        text = page.section_text(spec.id)
        assert spec.id in page.headings
        for source in spec.sources:
            form, lesson = form_name(source, "it"), lesson_label(source, "it")
            assert f"Sezione ancora da completare: compila la scheda «{form}»" in text
            assert f"nella lezione {lesson}" in text
    assert not [tag for tag, _ in page.tags if tag == "img"]
    markdown = to_markdown(document)
    assert markdown.count("Sezione ancora da completare") == sum(
        len(spec.sources) for spec in SECTIONS
    )


def test_partly_filled_section_shows_what_is_there_and_names_the_missing_part(tmp_path):
    answers = complete_answers()
    del answers["l03.swot"]
    book = make_workbook(tmp_path / "wb.json", answers)
    document = collect(book, lang="it")
    journey = document.section("journey")
    assert journey.missing == ("l03.swot",) and journey.has_content
    text = Page(to_html(document, pictures=False)).section_text("journey")
    assert "azione awareness" in text
    assert f"Parte ancora da completare: compila la scheda «{form_name('l03.swot', 'it')}»" in text


def test_blank_forms_count_as_missing(tmp_path):
    blank = {
        "l02.canvas": {"customer_segments": "", "channels": "   "},
        "l05.race": dict.fromkeys(("reach", "visitors", "conversions"), 0),
        "l03.swot": {"touchpoint": "", "strengths": ""},
    }
    document = collect(make_workbook(tmp_path / "wb.json", blank), lang="it")
    assert document.section("canvas").missing == ("l02.canvas",)
    assert "l05.race" in document.section("plan").missing
    assert "l03.swot" in document.section("journey").missing


@pytest.mark.parametrize(
    ("exercise_id", "value", "section_id"),
    [
        ("l02.canvas", ["non", "un", "canvas"], "canvas"),
        ("l03.journey", {"awareness": "testo al posto delle righe"}, "journey"),
        ("l01.sorter", 42, "touchpoints"),
        ("l06.matrice", {"instagram": "indiretto"}, "channels"),
        ("l05.race", {"reach": "molti", "visitors": "pochi"}, "plan"),
        ("l07.sintesi", 3.5, "summary"),
    ],
)
def test_answers_of_the_wrong_shape_are_reported_not_fatal(
    tmp_path, exercise_id, value, section_id
):
    book = make_workbook(tmp_path / "wb.json", {exercise_id: value})
    document = collect(book, lang="it")
    section = document.section(section_id)
    assert exercise_id in section.missing
    text = Page(to_html(document, pictures=False)).section_text(section_id)
    assert f"La risposta salvata per «{form_name(exercise_id, 'it')}»" in text
    assert "Sezione ancora da completare" in text
    assert book.answer(exercise_id) == value  # the workbook keeps it


def test_student_markup_stays_text_in_html(tmp_path):
    answers = complete_answers()
    answers["l07.sintesi"] = {"brand": f"Dolce {SCRIPT}", "executive_summary": f"Sintesi {IMG}"}
    answers["l02.canvas"]["key_partners"] = f"Fornitori {SCRIPT}"
    answers["l03.swot"]["touchpoint"] = IMG
    answers["l04.recensioni"] = {IMG: SCRIPT}
    answers["l06.matrice"][SCRIPT] = {"type": "direct", "phases": ["purchase"]}
    book = make_workbook(tmp_path / "wb.json", answers, learner=IMG)
    page_source = to_html(collect(book, lang="it"), pictures=False)
    page = Page(page_source)
    assert not [tag for tag, _ in page.tags if tag == "script"]
    assert not [a for tag, a in page.tags if tag == "img"]
    assert not any("onerror" in attrs for _, attrs in page.tags)
    text = " ".join(page.text)
    assert text.count(SCRIPT) >= 4 and text.count(IMG) >= 4
    assert f"Fornitori {SCRIPT}" in page.section_text("canvas")


def _rendered_markdown(source: str) -> str:
    return mistune.create_markdown(plugins=["table"])(source)


def test_student_markdown_cannot_change_the_structure(tmp_path):
    answers = complete_answers()
    answers["l07.sintesi"]["executive_summary"] = (
        "# titolo\n- non una lista\n1. nemmeno questa\n> niente citazioni\n    no codice\n"
        f"**grassetto** e [link](http://example.org) {SCRIPT}"
    )
    answers["l02.canvas"]["channels"] = "negozio | e-commerce | marketplace\nseconda riga"
    answers["l03.swot"]["strengths"] = "a | b"
    book = make_workbook(tmp_path / "wb.json", answers)
    source = to_markdown(collect(book, lang="it"))
    rendered = _rendered_markdown(source)
    page = Page(rendered)
    tags = [tag for tag, _ in page.tags]
    assert tags.count("h1") == 1  # only the document title
    assert "script" not in tags and "a" not in tags and "blockquote" not in tags
    assert "code" not in tags and "strong" in tags
    text = " ".join(page.text)
    for literal in (
        "# titolo",
        "- non una lista",
        "1. nemmeno questa",
        "> niente citazioni",
        "**grassetto**",
        "[link](http://example.org)",
        SCRIPT,
    ):
        assert literal in text
    # every table row keeps the header's number of columns
    tables = rendered.split("<table>")[1:]
    for table in tables:
        rows = table.split("<tr>")[1:]
        assert len({row.count("<td") + row.count("<th") for row in rows}) == 1
    canvas_table = next(table for table in tables if "seconda riga" in table)
    assert all(row.count("<td") + row.count("<th") == 2 for row in canvas_table.split("<tr>")[1:])
    assert "negozio | e-commerce | marketplace" in canvas_table
    assert "seconda riga" in canvas_table


def test_english_export_has_english_headings_and_messages(monkeypatch, empty_workbook, tmp_path):
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    result = export_document(empty_workbook, tmp_path, ["html", "md"])
    page = Page(result.paths["html"].read_text(encoding="utf-8"))
    assert page.headings["summary"] == "1. Executive summary"
    assert page.headings["canvas"] == "3. Business Model Canvas"
    assert page.headings["plan"] == "6. SOSTAC plan with SMART objectives and RACE KPIs"
    assert "Section still to complete: fill in the form" in page.section_text("channels")
    assert "lesson 06 · Channels and the e-commerce ecosystem" in page.section_text("channels")
    assert ('lang="en"') in result.paths["html"].read_text(encoding="utf-8")
    assert result.paths["md"].read_text(encoding="utf-8").startswith("# Strategy Document")


def test_brand_override_and_output_names(full_workbook, tmp_path: Path):
    result = export_document(full_workbook, tmp_path, "markdown", brand="Bottega Sole")
    assert result.paths == {"md": tmp_path / "documento-strategico.md"}
    assert (
        result.paths["md"]
        .read_text(encoding="utf-8")
        .startswith("# Documento Strategico: Bottega Sole")
    )


def test_cac_is_spend_per_new_customer_and_repeat_rate_is_per_customer(full_workbook, tmp_path):
    """1200 € for 60 new customers is a CAC of 20 €, not 12,50 € (spend per order)."""
    result = export_document(full_workbook, tmp_path / "out", "html")
    plan = Page(result.paths["html"].read_text(encoding="utf-8")).section_text("plan")
    assert "20,00 €" in plan and "12,50 €" not in plan
    assert "Spesa di marketing / Nuovi clienti" in plan
    # 24 repeat customers among 60 + 24 customers, not 24 of 96 orders
    assert "28,6 %" in plan and "25,0 %" not in plan
    assert "Clienti che riacquistano / Clienti (nuovi + di ritorno)" in plan


def test_old_race_answer_without_new_customers_shows_no_cac(tmp_path):
    numbers = {"reach": 1000, "visitors": 100, "conversions": 10, "spend": 50.0}
    book = make_workbook(tmp_path / "wb.json", {"l05.race": numbers})
    plan = Page(to_html(collect(book, lang="it"), pictures=False)).section_text("plan")
    assert "Costo di acquisizione cliente" not in plan
    assert "5,00 €" not in plan


def test_tables_break_lines_between_words_not_inside_them(full_workbook, tmp_path):
    """'overflow-wrap:anywhere' let the PDF squeeze columns to 'Fas e', 'Conver t'."""
    result = export_document(full_workbook, tmp_path / "out", "html")
    page = result.paths["html"].read_text(encoding="utf-8")
    assert "overflow-wrap:anywhere" not in page
    assert "overflow-wrap:break-word" in page and "hyphens:manual" in page


def test_channel_plan_budget_column_says_its_unit(tmp_path):
    plan = [
        {"canale": "Instagram", "fase RACE": "Reach", "obiettivo": "x", "KPI": "y", "budget": 400}
    ]
    book = make_workbook(tmp_path / "wb.json", {"l07.canali": plan})
    text = Page(to_html(collect(book, lang="it"), pictures=False)).section_text("channels")
    assert "budget (€ al mese)" in text and "Instagram" in text
