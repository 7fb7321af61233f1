"""`smm-course export` and the PDF made with Chromium."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from smm_course.cli import main
from smm_course.errors import UserError
from smm_course.export import SECTIONS, html_to_pdf
from smm_course.export.pdf import find_chromium
from smm_course.frameworks.journey import MapRow
from smm_course.i18n import t
from tests.export.conftest import complete_answers, make_workbook

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed")

CHANNEL_PLAN = [
    {
        "canale": "Instagram",
        "fase RACE": "Reach",
        "obiettivo": "Farsi conoscere dalle famiglie torinesi",
        "KPI": "Copertura mensile",
        "budget": 400,
    },
    {
        "canale": "Newsletter",
        "fase RACE": "Conversione",
        "obiettivo": "Riportare i clienti natalizi",
        "KPI": "Tasso di conversione",
        "budget": 150,
    },
    {
        "canale": "Google Business Profile",
        "fase RACE": "Engagement",
        "obiettivo": "Recensioni dopo ogni acquisto",
        "KPI": "Recensioni al mese",
        "budget": 0,
    },
]
MIN_LINES = 10  # a page without a picture and with fewer lines than this is "near empty"


@pytest.fixture(scope="module")
def shop_pdf(tmp_path_factory) -> tuple[list[str], list[int], str]:
    """A shop owner's document printed once: text and picture count per page, and the HTML."""
    folder = tmp_path_factory.mktemp("shop")
    answers = complete_answers()
    answers["l07.canali"] = CHANNEL_PLAN
    answers["l07.sintesi"] = {**answers["l07.sintesi"], "brand": "Ceramiche Ferretti 🏺✨"}
    book = make_workbook(folder / "wb.json", answers, "Anna Ferretti")
    code = main(["export", "--out", str(folder), "--workbook", str(book.path)])
    assert code == 0
    pages = PdfReader(folder / "documento-strategico.pdf").pages
    texts = [unicodedata.normalize("NFKC", page.extract_text()) for page in pages]
    html = Path(folder / "documento-strategico.html").read_text(encoding="utf-8")
    return texts, [len(page.images) for page in pages], html


def _words(value: object) -> list[str]:
    return re.findall(r"\w+", str(value))


@needs_chromium
def test_pdf_table_cells_keep_their_words_whole(shop_pdf):
    text = " ".join(shop_pdf[0])
    for row in CHANNEL_PLAN:
        for cell in row.values():
            for word in _words(cell):
                assert re.search(rf"(?<!\w){word}(?!\w)", text), (word, text)
    for word in ("Fase", "Analisi", "situazione", "Conversioni", "Engagement", "budget"):
        assert re.search(rf"(?<!\w){word}(?!\w)", text), word
    assert "budget (€ al" in text  # the unit is in the column's header


@needs_chromium
def test_pdf_prints_the_journey_map_once(shop_pdf):
    texts, images, html = shop_pdf
    row_label = MapRow.ACTIONS.label("it")
    assert row_label in html  # the table stays in the HTML page, for the screen
    intro = t("export.sections.journey.intro", "it")[:30]  # in the section, not in the contents
    journey_pages = [i for i, text in enumerate(texts) if intro in " ".join(text.split())]
    assert len(journey_pages) == 1
    assert images[journey_pages[0]] >= 1  # the map's picture
    assert not any(row_label in text for text in texts)  # and not its table again


@needs_chromium
def test_pdf_has_no_near_empty_page(shop_pdf):
    texts, images, _ = shop_pdf
    assert len(texts) < len(SECTIONS) + 1  # sections follow one another, not one per page
    for number, (text, pictures) in enumerate(zip(texts[:-1], images[:-1], strict=True), 1):
        lines = [line for line in text.splitlines() if line.strip()]
        assert pictures or len(lines) >= MIN_LINES, (number, text)


@needs_chromium
def test_pdf_shows_no_empty_box_for_an_emoji(shop_pdf):
    texts, _, html = shop_pdf
    assert "🏺" in html  # the HTML page keeps what the learner wrote
    assert "Ceramiche Ferretti" in texts[0]
    assert not any("\x00" in text or "\ufffd" in text for text in texts)


@needs_chromium
def test_cli_writes_three_files_and_prints_their_paths(full_workbook, tmp_path, capsys):
    out = tmp_path / "documento"
    code = main(["export", "--out", str(out), "--workbook", str(full_workbook.path)])
    printed = capsys.readouterr().out.split()
    assert code == 0
    assert printed == [str(out / f"documento-strategico.{ext}") for ext in ("md", "html", "pdf")]
    reader = PdfReader(out / "documento-strategico.pdf")
    text = " ".join(page.extract_text() for page in reader.pages)
    for spec in SECTIONS:
        assert t(f"export.sections.{spec.id}.title", "it").split()[0] in text
    assert "Contenuto del blocco 9" in text and "Giulia Rossi" in text


@needs_chromium
def test_pdf_of_an_empty_workbook_says_what_is_missing(empty_workbook, tmp_path, capsys):
    book = str(empty_workbook.path)
    code = main(["export", "--workbook", book, "--out", str(tmp_path), "--format", "pdf"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.split() == [str(tmp_path / "documento-strategico.pdf")]
    assert "Sezioni ancora da completare" in captured.err
    assert not (tmp_path / "documento-strategico.html").exists()
    pages = PdfReader(tmp_path / "documento-strategico.pdf").pages
    text = " ".join(page.extract_text() for page in pages)
    assert "Sezione ancora da completare" in text.replace("\n", " ")


def test_unknown_format_is_a_one_line_error(empty_workbook, tmp_path, capsys):
    code = main(
        [
            "export",
            "--workbook",
            str(empty_workbook.path),
            "--out",
            str(tmp_path),
            "--format",
            "md,docx",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "Errore: formato sconosciuto «docx»: scegli tra md, html, pdf"
    ]
    assert not list(tmp_path.glob("documento-strategico.*"))


def test_cli_messages_follow_the_language(monkeypatch, empty_workbook, tmp_path, capsys):
    monkeypatch.setenv("SMM_COURSE_LANG", "en")
    code = main(
        [
            "export",
            "--workbook",
            str(empty_workbook.path),
            "--out",
            str(tmp_path),
            "--format",
            "pdf,odt",
        ]
    )
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "Error: unknown format “odt”: choose among md, html, pdf"
    )
    assert (
        main(
            [
                "export",
                "--workbook",
                str(empty_workbook.path),
                "--out",
                str(tmp_path),
                "--format",
                "md",
            ]
        )
        == 0
    )
    assert "Sections still to complete: Executive summary;" in capsys.readouterr().err


def test_missing_chromium_is_a_clear_error(monkeypatch, tmp_path, empty_workbook, capsys):
    monkeypatch.setenv("SMM_COURSE_CHROMIUM", str(tmp_path / "no-such-browser"))
    page = tmp_path / "page.html"
    page.write_text("<p>ciao</p>", encoding="utf-8")
    with pytest.raises(UserError, match="per creare il PDF serve Chromium"):
        html_to_pdf(page, tmp_path / "page.pdf")
    code = main(
        [
            "export",
            "--workbook",
            str(empty_workbook.path),
            "--out",
            str(tmp_path),
            "--format",
            "md,pdf",
        ]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert err[-1].startswith("Errore: per creare il PDF serve Chromium")
