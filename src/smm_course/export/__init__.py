"""The "Documento Strategico": a learner's workbook as Markdown, HTML and PDF."""

from smm_course.export.collect import collect, collect_answers
from smm_course.export.html import to_html
from smm_course.export.markdown import to_markdown
from smm_course.export.model import Section, StrategyDocument
from smm_course.export.pdf import html_to_pdf
from smm_course.export.sections import SECTION_SOURCES, SECTIONS
from smm_course.export.write import FILE_STEM, FORMATS, ExportResult, export_document, parse_formats

__all__ = [
    "FILE_STEM",
    "FORMATS",
    "SECTIONS",
    "SECTION_SOURCES",
    "ExportResult",
    "Section",
    "StrategyDocument",
    "collect",
    "collect_answers",
    "export_document",
    "html_to_pdf",
    "parse_formats",
    "to_html",
    "to_markdown",
]
