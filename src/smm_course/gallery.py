"""Class gallery of Business Model Canvases: find them in workbooks and notebooks, draw them.

Sources are read, never run: a workbook is JSON, and in a submitted notebook the canvas is
the literal value of `canvas = {...}`, read with `ast.literal_eval`. Student files are
never modified.
"""

from __future__ import annotations

import ast
import base64
import html
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smm_course.coursefiles import IGNORED_PARTS
from smm_course.errors import UserError
from smm_course.i18n import t

CANVAS_EXERCISE = "l02.canvas"
CANVAS_VARIABLE = "canvas"
ASSIGNS_CANVAS = re.compile(rf"^\s*{CANVAS_VARIABLE}\s*(?::[^=\n]*)?=(?!=)", re.MULTILINE)
FORMATS = ("png", "pdf", "html")
MAX_FILE_BYTES = 20_000_000  # a workbook or notebook larger than this is not a student's
HTML_NAME = "galleria.html"
PDF_NAME = "galleria.pdf"


@dataclass(frozen=True)
class CanvasEntry:
    """One student's canvas and where it came from."""

    source: Path
    student: str
    canvas: dict[str, str]


@dataclass(frozen=True)
class Skipped:
    """A file that held no usable canvas, and why (already translated)."""

    source: Path
    reason: str
    relevant: bool = True  # False: a file with no canvas at all (another exercise's notebook)


@dataclass
class GalleryResult:
    """What `build_gallery` wrote and what it had to skip."""

    images: list[Path] = field(default_factory=list)
    html: Path | None = None
    pdf: Path | None = None
    skipped: list[Skipped] = field(default_factory=list)
    labels: list[tuple[str, Path]] = field(default_factory=list)  # shown label, source


class NoCanvas(Exception):
    """A source without a usable canvas; the message is the translated reason."""


class NotACanvas(NoCanvas):
    """A source that holds no canvas at all (another exercise): counted, not listed."""


# -- finding canvases -------------------------------------------------------------------


def candidate_files(root: Path, exclude: Path | None = None) -> list[Path]:
    """Workbook JSON files and notebooks under `root` (just `root` if it is a file), sorted."""
    if root.is_file():
        return [root]
    # An nbgrader course folder: only submissions are students' work (not source/release).
    is_course = (root / "nbgrader_config.py").is_file() and (root / "submitted").is_dir()
    base = root / "submitted" if is_course else root
    exclude = exclude.resolve() if exclude is not None else None
    found: list[Path] = []
    for path in sorted(base.rglob("*")):
        rel_parts = path.relative_to(base).parts
        if any(part in IGNORED_PARTS or part.startswith(".") for part in rel_parts):
            continue
        if exclude is not None and (path.resolve() == exclude or exclude in path.resolve().parents):
            continue
        if path.is_file() and path.suffix.lower() in {".json", ".ipynb"}:
            found.append(path)
    return found


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NoCanvas(t("gallery.skip.too_big"))
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise NoCanvas(t("gallery.skip.unreadable", reason=type(exc).__name__)) from exc
    except ValueError as exc:
        raise NoCanvas(t("gallery.skip.bad_json")) from exc
    except RecursionError as exc:
        raise NoCanvas(t("gallery.skip.bad_json")) from exc


def _as_canvas(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise NoCanvas(t("gallery.skip.not_a_dict"))
    return {str(k): "" if v is None else str(v) for k, v in value.items()}


def canvas_from_workbook(data: Any) -> dict[str, str]:
    """The canvas answer saved in a workbook's data (raises NoCanvas)."""
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict):
        raise NotACanvas(t("gallery.skip.not_a_workbook"))
    entry = answers.get(CANVAS_EXERCISE)
    if entry is None:
        raise NotACanvas(t("gallery.skip.no_canvas_answer", exercise=CANVAS_EXERCISE))
    value = entry.get("value") if isinstance(entry, dict) and "value" in entry else entry
    return _as_canvas(value)


def _cell_source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _strip_magics(source: str) -> str:
    # IPython lines (%magic, !shell) are not Python: blank them so the rest still parses.
    return "\n".join(
        "" if line.lstrip().startswith(("%", "!", "?")) else line for line in source.splitlines()
    )


def canvas_from_source(source: str) -> dict[str, str] | None:
    """The literal dict last assigned to `canvas` in `source`, or None if there is none."""
    try:
        tree = ast.parse(_strip_magics(source))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise NoCanvas(t("gallery.skip.syntax")) from exc
    found: ast.expr | None = None
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        if any(isinstance(tg, ast.Name) and tg.id == CANVAS_VARIABLE for tg in targets):
            found = node.value
    if found is None:
        return None
    try:
        value = ast.literal_eval(found)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError) as exc:
        raise NoCanvas(t("gallery.skip.not_literal")) from exc
    return _as_canvas(value)


def canvas_from_notebook(data: Any) -> dict[str, str]:
    """The canvas of a notebook: from the nbgrader cell whose grade_id names it, else any cell."""
    cells = data.get("cells") if isinstance(data, dict) else None
    if not isinstance(cells, list):
        raise NoCanvas(t("gallery.skip.not_a_notebook"))
    code = [c for c in cells if isinstance(c, dict) and c.get("cell_type") == "code"]

    def grade_id(cell: dict[str, Any]) -> str:
        meta = cell.get("metadata")
        nbgrader = meta.get("nbgrader") if isinstance(meta, dict) else None
        return str(nbgrader.get("grade_id", "")) if isinstance(nbgrader, dict) else ""

    graded = [c for c in code if CANVAS_VARIABLE in grade_id(c).lower()]
    # other cells count only if they assign the canvas: an error elsewhere is not the canvas's
    others = [c for c in code if c not in graded and ASSIGNS_CANVAS.search(_cell_source(c))]
    for group in (graded, others):
        result = None
        for cell in group:
            found = canvas_from_source(_cell_source(cell))
            result = found if found is not None else result
        if result is not None:
            return result
    raise NotACanvas(t("gallery.skip.no_canvas_cell"))


def _student_name(path: Path, data: Any, root: Path) -> str:
    if path.suffix.lower() == ".json" and isinstance(data, dict):
        learner = data.get("learner")
        if isinstance(learner, dict) and str(learner.get("name", "")).strip():
            return str(learner["name"]).strip()
    parts = path.parts
    if "submitted" in parts[:-1]:
        index = len(parts) - 1 - parts[::-1].index("submitted")
        if index + 1 < len(parts) - 1:
            return parts[index + 1]  # nbgrader: submitted/<student>/<assignment>/<nb>
    if path.stem.lower() == "workbook" and path.parent != root.parent:
        return path.parent.name
    return path.stem


def read_canvas(path: Path, root: Path) -> CanvasEntry:
    """The canvas held by one workbook or notebook (raises NoCanvas with the reason)."""
    data = _read_json(path)
    if path.suffix.lower() == ".ipynb":
        canvas = canvas_from_notebook(data)
    else:
        canvas = canvas_from_workbook(data)
    return CanvasEntry(path, _student_name(path, data, root), canvas)


def collect(root: Path, exclude: Path | None = None) -> tuple[list[CanvasEntry], list[Skipped]]:
    """Every canvas found under `root`, in a stable order, and the files skipped."""
    entries: list[CanvasEntry] = []
    skipped: list[Skipped] = []
    for path in candidate_files(root, exclude):
        try:
            entries.append(read_canvas(path, root))
        except NoCanvas as exc:
            skipped.append(Skipped(path, str(exc), not isinstance(exc, NotACanvas)))
    return entries, skipped


# -- writing ------------------------------------------------------------------------------


def slug(text: str) -> str:
    """A file-name-safe version of `text` (ASCII letters, digits, '_')."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_").lower()[:60] or "studente"


def parse_formats(spec: str | Iterable[str]) -> tuple[str, ...]:
    """'png,pdf' -> ('png', 'pdf'); an unknown format is a UserError."""
    items = spec.split(",") if isinstance(spec, str) else list(spec)
    formats = tuple(dict.fromkeys(i.strip().lower().lstrip(".") for i in items if i.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UserError(
            t("gallery.bad_format", formats=", ".join(unknown) or "-", allowed=", ".join(FORMATS))
        )
    return formats


def _labels(entries: Sequence[CanvasEntry], names: bool) -> list[str]:
    if names:
        return [e.student for e in entries]
    return [t("gallery.anonymous", number=i) for i in range(1, len(entries) + 1)]


def _file_names(labels: Sequence[str]) -> list[str]:
    used: dict[str, int] = {}
    out = []
    for label in labels:
        base = slug(label)
        used[base] = used.get(base, 0) + 1
        out.append(base if used[base] == 1 else f"{base}_{used[base]}")
    return out


def build_gallery(
    source: str | Path,
    out_dir: str | Path,
    *,
    names: bool = False,
    formats: Sequence[str] = FORMATS,
    lang: str | None = None,
) -> GalleryResult:
    """Draw every canvas found in `source`: a PNG each, plus galleria.html and galleria.pdf."""
    root, out = Path(source).expanduser(), Path(out_dir).expanduser()
    if not root.exists():
        raise UserError(t("gallery.not_found", path=str(root)))
    formats = parse_formats(formats)
    entries, skipped = collect(root, exclude=out.resolve())
    result = GalleryResult(skipped=skipped)
    if not entries:
        return result
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(t("gallery.cannot_write", path=str(out), reason=exc)) from exc

    from matplotlib.backends.backend_pdf import PdfPages

    from smm_course.plots._style import drawing
    from smm_course.plots.canvas import canvas_figure

    labels = _labels(entries, names)
    result.labels = [(label, e.source) for label, e in zip(labels, entries, strict=True)]
    images: list[tuple[str, bytes]] = []
    pdf = PdfPages(out / PDF_NAME) if "pdf" in formats else None
    try:
        for entry, label, stem in zip(entries, labels, _file_names(labels), strict=True):
            fig = canvas_figure(entry.canvas, title=label, lang=lang)
            with drawing():
                buffer = io.BytesIO()
                fig.savefig(buffer, format="png", dpi=fig.dpi)
                if pdf is not None:
                    pdf.savefig(fig)
            png = buffer.getvalue()
            images.append((label, png))
            if "png" in formats:
                target = out / f"{stem}.png"
                target.write_bytes(png)
                result.images.append(target)
    finally:
        if pdf is not None:
            info = pdf.infodict()
            info["Title"] = t("gallery.title", lang)
            pdf.close()
    if pdf is not None:
        result.pdf = out / PDF_NAME
    if "html" in formats:
        result.html = out / HTML_NAME
        result.html.write_text(gallery_html(images, lang=lang), encoding="utf-8")
    return result


def gallery_html(images: Sequence[tuple[str, bytes]], lang: str | None = None) -> str:
    """A self-contained page showing the PNG canvases side by side (one per page in print)."""
    from smm_course.frameworks.bmc import CREDIT
    from smm_course.i18n import get_language, normalize_language

    code = normalize_language(lang or get_language())
    title = html.escape(t("gallery.title", lang))
    figures = "\n".join(_figure_html(label, png, lang) for label, png in images)
    return f"""<!DOCTYPE html>
<html lang="{code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{_CSS}
</style>
</head>
<body>
<header><h1>{title}</h1>
<p>{html.escape(t("gallery.count", lang, count=len(images)))}</p></header>
<main class="gallery">
{figures}
</main>
<footer><p>{html.escape(CREDIT.get(lang))}</p></footer>
</body>
</html>
"""


def _figure_html(label: str, png: bytes, lang: str | None) -> str:
    data = base64.b64encode(png).decode("ascii")
    name = html.escape(label)
    alt = html.escape(t("gallery.alt", lang, student=label))
    return (
        f'<figure class="canvas"><img src="data:image/png;base64,{data}" alt="{alt}">'
        f"<figcaption>{name}</figcaption></figure>"
    )


_CSS = """
:root { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; }
body { margin: 0 auto; padding: 1.5rem; max-width: 2700px; background: #fafafa; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
header p, footer p { color: #555; margin: .25rem 0 1rem; }
.gallery { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr));
           gap: 1.25rem; }
figure.canvas { margin: 0; background: #fff; border: 1px solid #ccc; padding: .5rem; }
figure.canvas img { display: block; width: 100%; height: auto; }
figcaption { font-weight: bold; padding: .4rem .2rem 0; overflow-wrap: anywhere; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { background: #fff; padding: 0; max-width: none; }
  header p { display: none; }
  .gallery { display: block; }
  figure.canvas { border: none; padding: 0; break-inside: avoid; page-break-inside: avoid;
                  break-after: page; page-break-after: always; }
  figure.canvas:last-child { break-after: auto; page-break-after: auto; }
}
"""


def iter_report(result: GalleryResult, names: bool) -> Iterator[str]:
    """Lines telling the instructor what was written and what was skipped."""
    for path in result.images:
        yield t("gallery.wrote", path=str(path))
    for path in (result.html, result.pdf):
        if path is not None:
            yield t("gallery.wrote", path=str(path))
    if names:
        for label, source in result.labels:
            yield t("gallery.source", student=label, path=str(source))
    # with no canvas drawn at all, every reason helps: list them all
    relevant = [item for item in result.skipped if item.relevant or not result.labels]
    for item in relevant:
        yield t("gallery.skipped", path=str(item.source), reason=item.reason)
    ignored = len(result.skipped) - len(relevant)
    if ignored:
        yield t("gallery.ignored", count=ignored)
    yield t("gallery.summary", count=len(result.labels), skipped=len(relevant))
