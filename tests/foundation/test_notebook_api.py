"""Lessons, solutions and exercises use only the public notebook API of docs/notebook-api.md."""

from __future__ import annotations

import ast
import importlib
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted(
    [
        *REPO.glob("lessons/*.ipynb"),
        *REPO.glob("solutions/*/*.ipynb"),
        *REPO.glob("exercises/*/*.ipynb"),
    ]
)
# The modules a notebook may import from; each says what it offers in its __all__.
PUBLIC = (
    "smm_course",
    "smm_course.checks",
    "smm_course.checks.keys",
    "smm_course.checks.measurement",
    "smm_course.checks.numeric",
    "smm_course.curriculum",
    "smm_course.data",
    "smm_course.export",
    "smm_course.export.sections",
    "smm_course.frameworks",
    "smm_course.frameworks.attribution",
    "smm_course.frameworks.bmc",
    "smm_course.frameworks.campaign",
    "smm_course.frameworks.channels",
    "smm_course.frameworks.concepts",
    "smm_course.frameworks.journey",
    "smm_course.frameworks.measurement",
    "smm_course.frameworks.race",
    "smm_course.frameworks.sostac",
    "smm_course.frameworks.touchpoints",
    "smm_course.frameworks.zmot",
    "smm_course.plots",
    "smm_course.progress",
    "smm_course.settings",
    "smm_course.widgets",
    "smm_course.widgets.attribution",
    "smm_course.widgets.business",
    "smm_course.widgets.capstone",
    "smm_course.widgets.capstone_forms",
    "smm_course.widgets.export_panel",
    "smm_course.widgets.own_forms",
    "smm_course.widgets.plan_forms",
    "smm_course.widgets.progress_panel",
    "smm_course.workbook",
)


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every smm_course import of a notebook's code cells."""
    found = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        try:
            tree = ast.parse("\n".join(lines))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("smm_course"):
                found += [(node.module, alias.name) for alias in node.names]
            elif isinstance(node, ast.Import):
                found += [(a.name, "") for a in node.names if a.name.startswith("smm_course")]
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebooks_import_only_the_public_api(path: Path):
    wrong = []
    for module, name in _imports(path):
        if module not in PUBLIC:
            wrong.append(f"{module} is not public")
        elif (
            name
            and name not in importlib.import_module(module).__all__
            and f"{module}.{name}" not in PUBLIC
        ):
            wrong.append(f"{module}.{name} is not in its __all__")
    assert wrong == []


@pytest.mark.parametrize("module", PUBLIC)
def test_every_public_module_lists_what_it_offers(module: str):
    names = importlib.import_module(module).__all__
    assert names and all(hasattr(importlib.import_module(module), n) for n in names)


def test_the_public_api_is_documented():
    doc = (REPO / "docs" / "notebook-api.md").read_text(encoding="utf-8")
    assert [m for m in PUBLIC if f"`{m}`" not in doc] == []
