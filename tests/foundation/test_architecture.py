"""The floors of docs/architecture.md are never crossed upward, and modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "smm_course"
FLOORS = {
    "frameworks": 1, "i18n": 1, "workbook": 1, "data": 1, "errors": 1, "curriculum": 1,
    "settings": 1, "coursefiles": 1, "locales": 1, "startup": 1, "roster": 1,
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


# ------------------------------------------------------ the grading floor's trust boundary

GRADING = PACKAGE / "grading"
SANDBOX_MAY_IMPORT = ("protocol", "limits", "model", "shell", "sandbox", "status")
DESERIALISERS = ("pickle", "dill", "marshal", "shelve", "cloudpickle")


def _grading_modules(room: str) -> list[Path]:
    return sorted((GRADING / room).rglob("*.py")) if (GRADING / room).is_dir() else []


def _grading_imports(path: Path) -> list[str]:
    names = _imports(ast.parse(path.read_text(encoding="utf-8")), top_level_only=False)
    return [n.split(".")[2] for n in names if n.startswith("smm_course.grading.")]


@pytest.mark.parametrize("path", _grading_modules("sandbox"), ids=lambda p: p.name)
def test_the_sandbox_imports_only_the_wire_and_plain_data(path: Path):
    names = _imports(ast.parse(path.read_text(encoding="utf-8")), top_level_only=False)
    ours = [n for n in names if n.startswith("smm_course.")]
    outside = [n for n in ours if not n.startswith("smm_course.grading.")]
    assert outside == []  # not even the checks: nothing a test relies on lives here
    assert [n for n in _grading_imports(path) if n not in SANDBOX_MAY_IMPORT] == []


@pytest.mark.parametrize("path", _grading_modules("evaluate"), ids=lambda p: p.name)
def test_the_trusted_side_never_imports_the_sandbox(path: Path):
    assert "sandbox" not in _grading_imports(path)


def test_only_the_executors_enter_the_sandbox():
    users = {
        str(p.relative_to(GRADING))
        for p in GRADING.rglob("*.py")
        if "sandbox" in _grading_imports(p) and p.parent.name != "sandbox"
    }
    assert users <= {"execute/fork.py", "execute/policy.py"}


@pytest.mark.parametrize("path", sorted(GRADING.rglob("*.py")), ids=lambda p: p.name)
def test_nothing_in_grading_unpickles(path: Path):
    names = _imports(ast.parse(path.read_text(encoding="utf-8")), top_level_only=False)
    assert [n for n in names if n.split(".")[0] in DESERIALISERS] == []


def test_student_code_has_one_path():
    """Only the sandboxed fork executor runs a submission; the kernel executor serves release."""
    users = {
        str(p.relative_to(GRADING))
        for p in GRADING.rglob("*.py")
        if "smm_course.grading.execute.kernel" in p.read_text(encoding="utf-8")
    }
    assert users <= {"release.py"}
    assert "run_cells" in (GRADING / "pipeline.py").read_text(encoding="utf-8")
    assert "sandboxed(" in (GRADING / "validate.py").read_text(encoding="utf-8")


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


@pytest.mark.parametrize("unit", ["checks", "grading"])
def test_no_import_cycles_inside(unit: str):
    """Modules of a unit import each other one way only (lazy imports count too)."""
    modules = {_module_name(p): p for p in (PACKAGE / unit).rglob("*.py")}
    graph = {
        name: {
            imported
            for imported in _imports(ast.parse(path.read_text(encoding="utf-8")), False)
            if imported in modules and imported != name and not name.startswith(imported + ".")
        }
        for name, path in modules.items()
    }
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_frameworks_package_imports_every_framework():
    """Code that looks up every concept (the class report) relies on `smm_course.frameworks`."""
    import smm_course.frameworks as frameworks

    folder = Path(frameworks.__file__).parent
    modules = {p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")}
    assert modules == set(frameworks.__all__)
