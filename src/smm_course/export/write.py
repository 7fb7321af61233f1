"""Write the strategy document to files: Markdown, HTML and PDF."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from smm_course.errors import UserError
from smm_course.export.collect import collect
from smm_course.export.html import to_html
from smm_course.export.markdown import to_markdown
from smm_course.export.model import StrategyDocument
from smm_course.i18n import get_language, normalize_language, t
from smm_course.workbook import Workbook

FILE_STEM = "documento-strategico"
FORMATS: tuple[str, ...] = ("md", "html", "pdf")
_ALIASES = {"markdown": "md", "htm": "html"}


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the document and one path per format, in FORMATS order."""

    document: StrategyDocument
    paths: dict[str, Path] = field(default_factory=dict)


def parse_formats(formats: str | Iterable[str] | None, lang: str | None = None) -> tuple[str, ...]:
    """('md', 'html') from 'md,html' or a list; unknown names are a UserError."""
    if formats is None:
        return FORMATS
    items = formats.split(",") if isinstance(formats, str) else list(formats)
    chosen = set()
    for item in items:
        name = str(item).strip().lower().lstrip(".")
        if not name:
            continue
        name = _ALIASES.get(name, name)
        if name not in FORMATS:
            raise UserError(
                t(
                    "export.errors.unknown_format",
                    lang,
                    name=str(item).strip(),
                    choices=", ".join(FORMATS),
                )
            )
        chosen.add(name)
    if not chosen:
        raise UserError(t("export.errors.no_format", lang, choices=", ".join(FORMATS)))
    return tuple(f for f in FORMATS if f in chosen)


def _write(path: Path, text: str, lang: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UserError(t("export.errors.cannot_write", lang, path=str(path), reason=exc)) from exc


def export_document(
    workbook: Workbook | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    formats: str | Iterable[str] | None = None,
    *,
    brand: str | None = None,
    lang: str | None = None,
) -> ExportResult:
    """Collect the learner's document and write documento-strategico.{md,html,pdf} in out_dir."""
    code = normalize_language(lang) if lang else get_language()
    wanted = parse_formats(formats, code)
    folder = Path(out_dir if out_dir is not None else ".").expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            t("export.errors.cannot_write", code, path=str(folder), reason=exc)
        ) from exc
    document = collect(workbook, brand=brand, lang=code)
    paths: dict[str, Path] = {}
    if "md" in wanted:
        paths["md"] = folder / f"{FILE_STEM}.md"
        _write(paths["md"], to_markdown(document), code)
    if "html" in wanted or "pdf" in wanted:
        page = to_html(document)
        if "html" in wanted:
            paths["html"] = folder / f"{FILE_STEM}.html"
            _write(paths["html"], page, code)
        if "pdf" in wanted:
            from smm_course.export.pdf import html_to_pdf

            target = folder / f"{FILE_STEM}.pdf"
            if "html" in wanted:
                paths["pdf"] = html_to_pdf(paths["html"], target, lang=code)
            else:
                with tempfile.TemporaryDirectory(prefix="smm-export-") as tmp:
                    source = Path(tmp) / f"{FILE_STEM}.html"
                    _write(source, page, code)
                    paths["pdf"] = html_to_pdf(source, target, lang=code)
    return ExportResult(document, {f: paths[f] for f in FORMATS if f in paths})
