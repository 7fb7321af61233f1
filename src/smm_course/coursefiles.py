"""Where the lessons and exercises live, and copying them into a learner's folder."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".smm-course-manifest.json"
CONTENT_DIRS = ("lessons", "exercises")
# Editor, system and archive clutter that is never course content (one list for every copy).
IGNORED_PARTS = frozenset(
    {".ipynb_checkpoints", "__pycache__", ".DS_Store", "__MACOSX", ".git", "node_modules"}
)


def copy_support_files(src: Path, dest: Path) -> None:
    """Copy a folder's data files (not notebooks, not editor clutter) into `dest`."""
    if not src.is_dir():
        return
    for path in src.rglob("*"):
        rel = path.relative_to(src)
        if path.is_dir() or path.suffix == ".ipynb" or IGNORED_PARTS & set(rel.parts):
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def repository_root() -> Path | None:
    """The source checkout this package runs from (editable install), if any."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "lessons").is_dir() and (root / "pyproject.toml").is_file() else None


def installed_content() -> Path | None:
    """The lessons and exercises installed with the wheel (<prefix>/share/smm-course)."""
    for prefix in (sys.prefix, sys.base_prefix):
        folder = Path(prefix) / "share" / "smm-course"
        if (folder / "lessons").is_dir():
            return folder
    return None


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sources_digest(path: Path) -> str | None:
    """A digest of a notebook's cells without their outputs (None for other files)."""
    if path.suffix != ".ipynb":
        return None
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        sources = [[cell.get("cell_type"), "".join(cell.get("source", ""))] for cell in cells]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return hashlib.sha256(json.dumps(sources).encode("utf-8")).hexdigest()


_SOURCES = "cells:"  # manifest key prefix: a notebook's digest without outputs


def _only_run(copy: Path, copied_sources: str | None) -> bool:
    """True when the learner's notebook has the cells copied last time, only run."""
    return copied_sources is not None and _sources_digest(copy) == copied_sources


def default_working_folder(checkout: Path | None = None) -> Path:
    """The learner's own copy of the course: ~/smm-course, unless that is the checkout."""
    folder = Path.home() / "smm-course"
    if checkout is not None:
        inside = (
            folder.resolve() == checkout.resolve() or checkout.resolve() in folder.resolve().parents
        )
        if inside:
            return Path.home() / "smm-course-lavoro"
    return folder


@dataclass
class SyncReport:
    """What copying the course into the learner's folder did."""

    copied: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def sync_course(source: Path, target: Path) -> SyncReport:
    """Copy lessons/exercises from `source` to `target`, never overwriting a learner's edit.

    A file is replaced only when the learner's copy is still the version copied last time
    (recorded in a manifest), or differs from it only in the outputs of its cells (a lesson
    that was run: the answers of its forms live in the workbook); a copy whose cells the
    learner edited is kept as it is.
    """
    report = SyncReport()
    target.mkdir(parents=True, exist_ok=True)
    manifest_path = target / MANIFEST
    try:
        manifest: dict[str, str] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    for folder in CONTENT_DIRS:
        for src in sorted((source / folder).rglob("*")):
            if not src.is_file() or ".ipynb_checkpoints" in src.parts:
                continue
            rel = src.relative_to(source).as_posix()
            dst = target / rel
            new = _digest(src)
            if not dst.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dst)
                report.copied.append(rel)
            elif _digest(dst) == new:
                pass
            elif manifest.get(rel) == _digest(dst) or _only_run(dst, manifest.get(_SOURCES + rel)):
                shutil.copy2(src, dst)
                report.updated.append(rel)
            else:
                report.kept.append(rel)
                continue
            manifest[rel] = new
            sources = _sources_digest(src)
            if sources is not None:
                manifest[_SOURCES + rel] = sources
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    return report
