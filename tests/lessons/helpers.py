"""Reading lesson notebooks: cells by tag, exercise ids, bold framework terms."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import time
from functools import cache
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from smm_course.curriculum import LESSONS, Lesson
from smm_course.frameworks.concepts import Concept, fold

ROOT = Path(__file__).resolve().parents[2]
LESSON_DIR = ROOT / "lessons"
LESSON_PATHS = sorted(LESSON_DIR.glob("[0-9][0-9]_*.ipynb"))

SLIDE_TYPES = frozenset({"slide", "subslide", "fragment", "-", "skip", "notes"})
EXERCISE_ID = re.compile(r"""["'](l\d\d\.[a-z0-9_]+)["']""")
BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
PLACEHOLDER = re.compile(r"\b(TODO|FIXME|XXX|lorem|ipsum)\b", re.IGNORECASE)
ANSWER_PLACEHOLDER = re.compile(r"^(\w+) = \.\.\.", re.MULTILINE)
VERIFY_CALL = re.compile(r"verifica\((\w+), (\w+)\)")
ITALIAN_ENDINGS = "aeio"


def read(path: Path) -> nbformat.NotebookNode:
    """The notebook at `path` (nbformat 4)."""
    return nbformat.read(path, as_version=4)


def tags(cell: nbformat.NotebookNode) -> list[str]:
    """The cell's tags."""
    return list(cell.get("metadata", {}).get("tags", []))


def tagged(nb: nbformat.NotebookNode, tag: str) -> list[nbformat.NotebookNode]:
    """Every cell carrying `tag`."""
    return [cell for cell in nb.cells if tag in tags(cell)]


def lesson_for(path: Path) -> Lesson | None:
    """The curriculum entry whose notebook is `path`."""
    return next((item for item in LESSONS if item.notebook == path.name), None)


def exercise_ids(nb: nbformat.NotebookNode) -> set[str]:
    """Exercise ids named in the code cells tagged 'autoverifica'."""
    return {
        found
        for cell in tagged(nb, "autoverifica")
        if cell.cell_type == "code"
        for found in EXERCISE_ID.findall(cell.source)
    }


def code_answers(nb: nbformat.NotebookNode) -> list[str]:
    """Names of the Exercise objects checked from a `risposta = ...` placeholder cell."""
    names = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        placeholders = set(ANSWER_PLACEHOLDER.findall(cell.source))
        names += [ex for ex, arg in VERIFY_CALL.findall(cell.source) if arg in placeholders]
    return names


def _stem(text: str) -> str:
    """Folded text with one final Italian vowel dropped per word (gestiti ~ gestito)."""
    words = fold(text).split()
    return " ".join(w[:-1] if len(w) > 1 and w[-1] in ITALIAN_ENDINGS else w for w in words)


@cache
def framework_names() -> frozenset[str]:
    """Stems of every id, name, label and alias of every Concept in smm_course.frameworks."""
    import smm_course.frameworks as package

    names: set[str] = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Concept) and cls is not Concept:
                for member in cls:
                    spellings = (member.id, member.name, member.labels.it, member.labels.en)
                    names.update(_stem(s) for s in (*spellings, *member.aliases))
    return frozenset(names)


def unknown_bold_terms(markdown: str) -> list[str]:
    """Bold terms of `markdown` that name no framework concept (bold is kept for labels)."""
    found = (" ".join(term.split()) for term in BOLD.findall(markdown))
    return [term for term in found if _stem(term) not in framework_names()]


def run_with_probe(name: str, probe: str, folder: Path) -> tuple[dict, float]:
    """Run lesson `name` with `probe` appended; the JSON the probe prints last, and the seconds."""
    from tests.kernels import IPCKernelManager

    nb = read(LESSON_DIR / name)
    nb.cells.append(nbformat.v4.new_code_cell(probe))
    client = NotebookClient(
        nb,
        timeout=60,
        kernel_name="python3",
        kernel_manager_class=IPCKernelManager,
        resources={"metadata": {"path": str(folder)}},
    )
    start = time.monotonic()
    client.execute()
    seconds = time.monotonic() - start
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs if "text" in o)
    return json.loads(printed.strip().splitlines()[-1]), seconds
