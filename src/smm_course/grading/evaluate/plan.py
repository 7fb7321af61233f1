"""Which names are a notebook's answers, and which of them each instructor cell reads."""

from __future__ import annotations

import ast
import re

ASSIGNED = re.compile(r"^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)", re.MULTILINE)


def _tree(source: str) -> ast.AST | None:
    lines = [line for line in source.splitlines() if not line.lstrip().startswith(("%", "!"))]
    try:
        return ast.parse("\n".join(lines))
    except SyntaxError:
        return None


def bound_names(source: str) -> set[str]:
    """Names a cell assigns, defines or imports (its answers, when it is a solution cell)."""
    tree = _tree(source)
    if tree is None:
        return {n.strip() for m in ASSIGNED.finditer(source) for n in m.group(1).split(",")}
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
    return names


def read_names(source: str) -> set[str]:
    """Every name a cell mentions (a superset of what it reads from earlier cells)."""
    tree = _tree(source)
    if tree is None:
        return set(re.findall(r"[A-Za-z_]\w*", source))
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def answer_names(solution_sources: list[str]) -> set[str]:
    """The names a notebook's solution cells bind: what the student may decide."""
    found: set[str] = set()
    for source in solution_sources:
        found |= bound_names(source)
    return found
