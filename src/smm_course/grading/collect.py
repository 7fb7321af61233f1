"""File the submissions an LMS hands out (folder or ZIP) as submitted/<student>/<assignment>/."""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from smm_course.coursefiles import IGNORED_PARTS
from smm_course.errors import UserError
from smm_course.frameworks.concepts import fold
from smm_course.grading.course import Course
from smm_course.grading.gradebook import open_gradebook
from smm_course.grading.spec import grade_ids_of
from smm_course.grading.status import COLLECT_MANIFEST, read_json, write_json
from smm_course.i18n import t

# Moodle: "Mario Rossi_12345_assignsubmission_file_<original name>" (file or folder); since
# Moodle 4.1 a folder has no final "_". Its feedback upload reads the same folder names back.
MOODLE = re.compile(
    r"^(?P<name>.+?)_(?P<pid>\d+)_assign(?:submission|feedback)_(?P<plugin>[a-z0-9]+)"
    r"(?:_(?P<rest>.*))?$"
)


@dataclass(frozen=True)
class Filed:
    """A notebook filed for a student."""

    student: str
    assignment: str
    notebook: str
    original: str
    renamed: bool


@dataclass(frozen=True)
class Unmatched:
    """A file that could not be filed, kept aside with the reason."""

    original: str
    reason: str
    kept_at: Path


@dataclass(frozen=True)
class CollectReport:
    """What collect did."""

    filed: tuple[Filed, ...]
    unmatched: tuple[Unmatched, ...]


@dataclass(frozen=True)
class _Roster:
    keys: dict[str, str]  # folded name / id / email -> student id

    def match(self, text: str) -> str | None:
        key = fold(text)
        if key in self.keys:
            return self.keys[key]
        return None


def _roster(course: Course) -> _Roster:
    keys: dict[str, str] = {}
    with open_gradebook(course) as gb:
        for s in gb.students:
            first, last = s.first_name or "", s.last_name or ""
            for variant in (s.id, f"{first} {last}", f"{last} {first}", s.email or ""):
                if fold(variant):
                    keys.setdefault(fold(variant), s.id)
            if s.email and "@" in s.email:
                keys.setdefault(fold(s.email.split("@")[0]), s.id)
    return _Roster(keys)


def _safe_extract(archive: Path, dest: Path) -> None:
    try:
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                parts = list(PurePosixPath(info.filename.replace("\\", "/")).parts)
                parts = [p for p in parts if p not in ("", ".", "..", "/")]
                if not parts or info.is_dir():
                    continue
                target = dest.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UserError(t("grading.errors.bad_zip", path=str(archive), error=exc)) from exc


def _released_ids(course: Course, only: str | None) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    names = [only] if only else course.assignment_ids()
    for assignment in names:
        for path in course.released_notebooks(assignment) or course.source_notebooks(assignment):
            data = read_json(path, {})
            out[(assignment, path.stem)] = set(grade_ids_of(data))
    return out


def _which_notebook(
    path: Path, original: str, targets: dict[tuple[str, str], set[str]]
) -> tuple[str, str] | None:
    data = read_json(path, None)
    ids = set(grade_ids_of(data)) if isinstance(data, dict) else set()
    best = max(targets, key=lambda k: len(targets[k] & ids), default=None)
    if best is not None and targets[best] & ids:
        return best
    stem = fold(Path(original).stem)
    for assignment, notebook in targets:  # no nbgrader cells left: fall back on the name
        if fold(notebook) in stem or fold(assignment) in stem:
            return assignment, notebook
    return None


def moodle_folder(rel: Path) -> str | None:
    """The participant's folder name in a Moodle download ("Mario Rossi_12345_assign..._")."""
    for part in rel.parts[:-1]:
        if MOODLE.match(part):
            return part
    m = MOODLE.match(rel.name)
    if m and m.group("rest") is not None:
        return rel.name[: m.start("rest")]
    return None


def _student_of(rel: Path, roster: _Roster) -> tuple[str | None, str]:
    """The student a file belongs to, and the file's original name."""
    original = rel.name
    for part in [*rel.parts[:-1], rel.name]:
        m = MOODLE.match(part)
        if m:
            if part == rel.name:
                original = m.group("rest") or rel.name
            return roster.match(m.group("name")), original
    if len(rel.parts) > 1:
        for part in reversed(rel.parts[:-1]):
            matched = roster.match(part)
            if matched:
                return matched, original
        if not roster.keys:  # no class list yet: folder names are the student ids
            return _slug(rel.parts[-2]), original
    stem = Path(rel.name).stem
    for token in [stem, *re.split(r"[_\s\-.()]+", stem)]:
        student = roster.match(token) if token else None
        if student:
            return student, original
    return None, original


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.@-]+", "_", text).strip("_") or "studente"


@dataclass
class _Session:
    """The state of one collect run (local to the call)."""

    course: Course
    roster: _Roster
    targets: dict[tuple[str, str], set[str]]
    aside: Path
    manifest: dict[str, Any]
    filed: list[Filed] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)

    def keep(self, path: Path, rel: Path, reason: str) -> None:
        target = self.aside / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        self.unmatched.append(Unmatched(str(rel), reason, target))

    def file(self, path: Path, rel: Path) -> None:
        if path.suffix.lower() != ".ipynb":
            self.keep(path, rel, t("grading.collect.not_notebook"))
            return
        student, original = _student_of(rel, self.roster)
        if student is None:
            self.keep(path, rel, t("grading.collect.unknown_student"))
            return
        where = _which_notebook(path, original, self.targets)
        if where is None:
            self.keep(path, rel, t("grading.collect.unknown_assignment"))
            return
        self.place(path, rel, student, where, original)

    def place(
        self, path: Path, rel: Path, student: str, where: tuple[str, str], original: str
    ) -> None:
        """Copy `path` to submitted/<student>/<assignment>/ and note it in the manifest."""
        assignment, notebook = where
        if (student, assignment, notebook) in self.seen:
            reason = t("grading.collect.duplicate", student=student, notebook=notebook)
            self.keep(path, rel, reason)
            return
        dest = self.course.submitted_dir / student / assignment / f"{notebook}.ipynb"
        if dest.parent.exists() and not any(k[:2] == (student, assignment) for k in self.seen):
            shutil.rmtree(dest.parent)  # a new collect replaces the previous submission
        self.seen.add((student, assignment, notebook))
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        renamed = Path(original).name != f"{notebook}.ipynb"
        entry = self.manifest.setdefault(assignment, {}).setdefault(student, {})
        entry["source"] = str(rel)
        folder = moodle_folder(rel)
        if folder:  # `feedback --zip` names the participant's folder as Moodle does
            entry["moodle_folder"] = folder
        entry.setdefault("renamed", {}).pop(notebook, None)
        if renamed:
            entry["renamed"][notebook] = Path(original).name
        self.filed.append(Filed(student, assignment, notebook, str(rel), renamed))


def collect(course: Course, source: Path, assignment: str | None = None) -> CollectReport:
    """File every notebook of `source` (folder or .zip); keep and list what cannot be matched."""
    if assignment:
        course.require_assignment(assignment)
    if not source.exists():
        raise UserError(t("grading.errors.no_such_path", path=str(source)))
    targets = _released_ids(course, assignment)
    if not targets:
        raise UserError(t("grading.errors.nothing_released"))
    session = _Session(
        course=course,
        roster=_roster(course),
        targets=targets,
        aside=course.state_dir / "unmatched" / datetime.now().strftime("%Y%m%d-%H%M%S"),
        manifest=read_json(course.state_dir / COLLECT_MANIFEST, {}),
    )
    with tempfile.TemporaryDirectory(prefix="smm-collect-") as tmp:
        root = source
        if source.is_file():
            root = Path(tmp)
            _safe_extract(source, root)
        files = sorted(
            p for p in root.rglob("*") if p.is_file() and not IGNORED_PARTS & set(p.parts)
        )
        for path in files:
            session.file(path, path.relative_to(root))
    write_json(course.state_dir / COLLECT_MANIFEST, session.manifest)
    return CollectReport(tuple(session.filed), tuple(session.unmatched))


def assign_file(
    course: Course, source: Path, student: str, assignment: str | None = None
) -> CollectReport:
    """File one kept (or any) notebook under `student` by hand; say why if it cannot be."""
    if assignment:
        course.require_assignment(assignment)
    if not source.is_file():
        raise UserError(t("grading.errors.no_such_path", path=str(source)))
    roster = _roster(course)
    who = roster.match(student)
    if who is None:
        raise UserError(t("grading.collect.no_such_student", student=student))
    if source.suffix.lower() != ".ipynb":
        raise UserError(t("grading.collect.assign_not_notebook", path=str(source)))
    targets = _released_ids(course, assignment)
    if not targets:
        raise UserError(t("grading.errors.nothing_released"))
    where = _which_notebook(source, source.name, targets)
    if where is None and assignment and len(targets) == 1:
        where = next(iter(targets))
    if where is None:
        raise UserError(t("grading.collect.assign_unknown", path=str(source)))
    session = _Session(
        course=course,
        roster=roster,
        targets=targets,
        aside=course.state_dir / "unmatched",
        manifest=read_json(course.state_dir / COLLECT_MANIFEST, {}),
    )
    unmatched = course.state_dir / "unmatched"
    try:  # a kept file keeps its Moodle folder: the feedback ZIP names it as in the download
        rel = Path(*source.resolve().relative_to(unmatched.resolve()).parts[1:])
    except ValueError:
        rel = Path(source.name)
    m = MOODLE.match(source.name)
    original = (m.group("rest") if m else None) or source.name
    session.seen.add((who, where[0], ""))  # keep the student's other notebooks
    session.place(source, rel, who, where, original)
    write_json(course.state_dir / COLLECT_MANIFEST, session.manifest)
    return CollectReport(tuple(session.filed), ())
