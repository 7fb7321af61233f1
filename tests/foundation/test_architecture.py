"""The floors of DESIGN.md are never crossed upward, and modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "smm_course"
FLOORS = {
    "frameworks": 1, "i18n": 1, "workbook": 1, "data": 1, "errors": 1, "curriculum": 1,
    "settings": 1, "coursefiles": 1, "locales": 1, "startup": 1,
    "checks": 2, "progress": 2, "compare": 2,
    "plots": 3,
    "widgets": 4, "export": 4, "grading": 4, "gallery": 4, "hub": 4,
    "cli": 5,
}  # fmt: skip
LIGHT = ("frameworks", "checks", "workbook", "i18n")
HEAVY = ("ipywidgets", "matplotlib", "pandas")
MAX_LINES = 420


def _unit(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if _unit(p) not in ("__init__", "__main__")]


def _imports(tree: ast.AST, top_level_only: bool) -> list[str]:
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return found


def test_every_unit_has_a_floor():
    assert sorted({_unit(p) for p in _modules()} - set(FLOORS)) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_never_go_upward(path: Path):
    floor = FLOORS[_unit(path)]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    upward = [
        name
        for name in _imports(tree, top_level_only=False)
        if name.startswith("smm_course.")
        and name.split(".")[1] in FLOORS
        and FLOORS[name.split(".")[1]] > floor
    ]
    assert upward == []


@pytest.mark.parametrize(
    "path",
    [p for p in _modules() if _unit(p) in LIGHT],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_light_units_import_no_heavy_library_at_module_level(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    heavy = [n for n in _imports(tree, top_level_only=True) if n.split(".")[0] in HEAVY]
    assert heavy == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
