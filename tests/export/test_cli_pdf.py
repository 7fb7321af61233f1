"""`smm-course export` and the PDF made with Chromium."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from smm_course.cli import main
from smm_course.errors import UserError
from smm_course.export import SECTIONS, html_to_pdf
from smm_course.export.pdf import find_chromium
from smm_course.i18n import t

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed")


@needs_chromium
def test_cli_writes_three_files_and_prints_their_paths(full_workbook, tmp_path, capsys):
    out = tmp_path / "documento"
    code = main(["export", "--out", str(out), "--workbook", str(full_workbook.path)])
    printed = capsys.readouterr().out.split()
    assert code == 0
    assert printed == [str(out / f"documento-strategico.{ext}") for ext in ("md", "html", "pdf")]
    reader = PdfReader(out / "documento-strategico.pdf")
    # a cover page, then every section starts on a page of its own
    assert len(reader.pages) >= len(SECTIONS) + 1
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
