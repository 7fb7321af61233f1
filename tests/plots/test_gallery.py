"""`smm-course canvas`: student canvases to PNG, one HTML gallery and one PDF, never crashing."""

from __future__ import annotations

import base64
import json
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from smm_course.cli import main
from smm_course.gallery import (
    NoCanvas,
    build_gallery,
    canvas_from_notebook,
    canvas_from_source,
)
from smm_course.workbook import Workbook

LEARNERS = ["Anna Rossi", "Bruno Verdi", "<script>alert('x')</script>", "Dario Neri", "Elena Blu"]


class GalleryPage(HTMLParser):
    """Collects what a browser would see: tags, image sources and visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.images: list[str] = []
        self.captions: list[str] = []
        self.text: list[str] = []
        self._in_caption = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "img":
            self.images.append(dict(attrs)["src"])
        self._in_caption = tag == "figcaption"

    def handle_endtag(self, tag):
        if tag == "figcaption":
            self._in_caption = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_caption:
            self.captions.append(data)


def _notebook(path: Path, source: str, grade_id: str = "bmc_canvas") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Business Model Canvas"),
        nbformat.v4.new_code_cell("canvas = {}  # non modificare", metadata={}),
        nbformat.v4.new_code_cell(
            source,
            metadata={"nbgrader": {"grade_id": grade_id, "solution": True, "grade": False}},
        ),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


@pytest.fixture
def classroom(tmp_path, sample_canvas) -> Path:
    """5 workbooks, a corrupt file and an nbgrader submission with a booby-trapped cell."""
    folder = tmp_path / "classe"
    for i, name in enumerate(LEARNERS):
        book = Workbook.open(folder / f"studente_{i}.json")
        book.set_learner(name)
        book.save_answer("l02.canvas", {**sample_canvas, "value_propositions": f"Proposta {i}"})
    (folder / "rotto.json").write_text('{"answers": {"l02.canvas": ', encoding="utf-8")
    marker = tmp_path / "ESEGUITO"
    _notebook(
        folder / "submitted" / "mario" / "m02" / "canvas.ipynb",
        f"import pathlib\npathlib.Path({str(marker)!r}).write_text('x')\n"
        "%matplotlib inline\n"
        'canvas = {"customer_segments": "Turisti", "Proposta di valore": "Gianduiotti"}\n',
    )
    return folder


def test_cli_renders_every_canvas_and_skips_the_corrupt_file(classroom, tmp_path, capsys):
    out = tmp_path / "galleria"
    corrupt_before = (classroom / "rotto.json").read_bytes()
    assert main(["canvas", str(classroom), "--out", str(out)]) == 0
    printed = capsys.readouterr().out

    pngs = sorted(out.glob("*.png"))
    assert len(pngs) == 6
    assert all(p.stat().st_size > 10_000 for p in pngs)
    assert "rotto.json" in printed and "JSON" in printed
    assert (classroom / "rotto.json").read_bytes() == corrupt_before  # never touched
    assert not (tmp_path / "ESEGUITO").exists()  # student code was parsed, not run

    page = GalleryPage()
    page.feed((out / "galleria.html").read_text(encoding="utf-8"))
    assert len(page.images) == 6
    assert all(src.startswith("data:image/png;base64,") for src in page.images)
    assert base64.b64decode(page.images[0].split(",", 1)[1]).startswith(b"\x89PNG")
    assert "script" not in page.tags
    assert page.captions == [f"Studente {i}" for i in range(1, 7)]
    visible = "".join(page.text)
    assert not any(name in visible for name in LEARNERS)
    assert "mario" not in visible and "mario" not in printed
    assert "@media print" in visible

    assert len(PdfReader(out / "galleria.pdf").pages) == 6


def test_names_are_shown_escaped_on_request(classroom, tmp_path, capsys):
    out = tmp_path / "con_nomi"
    assert main(["canvas", str(classroom), "--out", str(out), "--names"]) == 0
    raw = (out / "galleria.html").read_text(encoding="utf-8")
    page = GalleryPage()
    page.feed(raw)
    assert "script" not in page.tags
    assert "&lt;script&gt;" in raw
    assert set(page.captions) == {*LEARNERS, "mario"}
    assert (out / "anna_rossi.png").exists()
    assert "mario" in capsys.readouterr().out


def test_anonymous_order_is_stable(classroom, tmp_path):
    first = build_gallery(classroom, tmp_path / "a", formats=("png",))
    second = build_gallery(classroom, tmp_path / "b", formats=("png",))
    assert [s for _, s in first.labels] == [s for _, s in second.labels]
    assert [p.name for p in first.images] == [p.name for p in second.images]
    for a, b in zip(first.images, second.images, strict=True):
        assert a.read_bytes() == b.read_bytes()


def test_format_option_limits_the_outputs(classroom, tmp_path):
    out = tmp_path / "solo_html"
    assert main(["canvas", str(classroom), "--out", str(out), "--format", "html"]) == 0
    assert [p.name for p in out.iterdir()] == ["galleria.html"]
    assert main(["canvas", str(classroom), "--out", str(out), "--format", "gif"]) == 2


def test_a_single_workbook_file(classroom, tmp_path):
    out = tmp_path / "uno"
    assert main(["canvas", str(classroom / "studente_0.json"), "--out", str(out)]) == 0
    assert len(list(out.glob("*.png"))) == 1
    assert len(PdfReader(out / "galleria.pdf").pages) == 1


def test_no_canvas_anywhere_is_a_clear_error(tmp_path, capsys):
    empty = tmp_path / "vuota"
    empty.mkdir()
    (empty / "altro.json").write_text(json.dumps({"answers": {}}), encoding="utf-8")
    assert main(["canvas", str(empty), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr()
    assert "nessun canvas" in err.err
    assert "l02.canvas" in err.out
    assert main(["canvas", str(tmp_path / "manca"), "--out", str(tmp_path / "o")]) == 2


def test_outputs_inside_the_source_folder_are_not_read_back(classroom):
    out = classroom / "galleria"
    build_gallery(classroom, out, formats=("png", "html"))
    again = build_gallery(classroom, out, formats=("html",))
    assert len(again.labels) == 6


def test_canvas_source_parsing_never_executes_and_explains_failures():
    assert canvas_from_source("x = 1\ncanvas = {'channels': 'Instagram'}") == {
        "channels": "Instagram"
    }
    assert canvas_from_source("print('no canvas here')") is None
    for bad in (
        "canvas = {'a': __import__('os').getcwd()}",
        "canvas = dict(a=1)",
        "canvas = {'a': 'b'",
        "canvas = ['a']",
    ):
        with pytest.raises(NoCanvas) as info:
            canvas_from_source(bad)
        assert str(info.value)


def test_graded_cell_wins_over_other_cells(tmp_path):
    path = _notebook(tmp_path / "nb.ipynb", "canvas = {'channels': 'Negozio'}")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert canvas_from_notebook(data) == {"channels": "Negozio"}


def test_nbgrader_course_folder_reads_only_submissions(tmp_path):
    course = tmp_path / "course"
    (course / "nbgrader_config.py").parent.mkdir(parents=True)
    (course / "nbgrader_config.py").write_text("c = get_config()\n", encoding="utf-8")
    _notebook(course / "source" / "m02" / "canvas.ipynb", "canvas = {'channels': 'Soluzione'}")
    _notebook(course / "submitted" / "s01" / "m02" / "canvas.ipynb", "canvas = {'channels': 'A'}")
    _notebook(course / "submitted" / "s02" / "m02" / "canvas.ipynb", "canvas = {'channels': 'B'}")
    result = build_gallery(course, tmp_path / "out", names=True, formats=("png",))
    assert [label for label, _ in result.labels] == ["s01", "s02"]


def _write(nb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))


def test_other_exercises_are_one_line_and_a_syntax_error_elsewhere_is_not_the_canvas(
    tmp_path, capsys
):
    course = tmp_path / "course" / "submitted"
    _notebook(course / "anna" / "m02" / "m02.ipynb", 'canvas = {"customer_segments": "Aziende"}')
    for student in ("anna", "bruno", "carla"):  # m05 notebooks: no canvas anywhere
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("kpi = {'reach': 1}")]
        _write(nb, course / student / "m05" / "m05.ipynb")
    nb = nbformat.v4.new_notebook()  # Santoro's m05: her name typed in a code cell
    nb.cells = [
        nbformat.v4.new_code_cell("Nome: Greta Santoro"),
        nbformat.v4.new_code_cell("x = 1"),
    ]
    _write(nb, course / "greta" / "m05" / "m05.ipynb")
    bad = course / "dario" / "m02" / "m02.ipynb"
    _notebook(bad, 'canvas = {"customer_segments": "Aziende"')  # the canvas cell itself is broken

    assert main(["canvas", str(tmp_path / "course"), "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert printed.count("Saltato") == 1  # only the broken canvas, with the right reason
    assert "dario" in printed and "errore di sintassi" in printed
    assert "greta" not in printed
    assert "4 file senza canvas ignorati" in printed
    assert "1 canvas disegnati, 1 file saltati." in printed
