"""The nbgrader course folder: where it is, what its config says, and how to reach nbgrader."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smm_course.errors import UserError
from smm_course.grading.limits import MIB, Limits
from smm_course.i18n import t

CONFIG_FILE = "nbgrader_config.py"
STATE_DIR = ".smm_course"


@dataclass(frozen=True)
class AssignmentInfo:
    """One assignment declared in the course config."""

    name: str
    duedate: str | None = None


@dataclass(frozen=True)
class Course:
    """A course folder with its nbgrader settings, read once from nbgrader_config.py."""

    root: Path
    course_id: str
    db_url: str
    source_dir: Path
    release_dir: Path
    submitted_dir: Path
    autograded_dir: Path
    feedback_dir: Path
    assignments: tuple[AssignmentInfo, ...]
    limits: Limits

    @property
    def cell_timeout(self) -> int:
        """Seconds one cell may run (nbgrader's Execute.timeout)."""
        return self.limits.cell_seconds

    @property
    def notebook_timeout(self) -> float:
        """Seconds a whole notebook may run (c.SmmCourse.notebook_timeout)."""
        return self.limits.notebook_seconds

    @property
    def state_dir(self) -> Path:
        """Where smm-course keeps its own records (status, collect manifest)."""
        return self.root / STATE_DIR

    def assignment_ids(self) -> list[str]:
        """Assignments known to the config, plus any folder found in the source directory."""
        names = [a.name for a in self.assignments]
        if self.source_dir.is_dir():
            for folder in sorted(self.source_dir.iterdir()):
                if folder.is_dir() and any(folder.glob("*.ipynb")) and folder.name not in names:
                    names.append(folder.name)
        return names

    def source_notebooks(self, assignment: str) -> list[Path]:
        """The instructor notebooks of one assignment (sorted)."""
        return sorted((self.source_dir / assignment).glob("*.ipynb"))

    def released_notebooks(self, assignment: str) -> list[Path]:
        """The student versions of one assignment (sorted)."""
        return sorted((self.release_dir / assignment).glob("*.ipynb"))

    def require_assignment(self, assignment: str) -> None:
        """Raise a UserError unless `assignment` has source notebooks."""
        if not self.source_notebooks(assignment):
            known = ", ".join(self.assignment_ids()) or "-"
            raise UserError(t("grading.errors.unknown_assignment", name=assignment, known=known))

    def config(self) -> Any:
        """The traitlets Config of nbgrader_config.py (with the course root set)."""
        return load_config(self.root)


def _settings_class() -> type:
    from traitlets import Dict, Float, Integer, List
    from traitlets.config import Configurable

    class SmmCourse(Configurable):
        """Settings `smm-course course` reads from nbgrader_config.py (c.SmmCourse.*)."""

        notebook_timeout = Float(
            300.0, help="Seconds a whole notebook may run before its later cells are skipped."
        ).tag(config=True)
        assignments = List(
            Dict(), help="Assignments and due dates: [{'name': ..., 'duedate': ...}]."
        ).tag(config=True)
        memory_mb = Integer(2048, help="Memory (MiB) a submission may allocate.").tag(config=True)
        processes = Integer(64, help="Processes a submission may start.").tag(config=True)
        file_size_mb = Integer(100, help="Largest file (MiB) a submission may write.").tag(
            config=True
        )
        disk_mb = Integer(200, help="Room (MiB) for the files a submission writes.").tag(
            config=True
        )
        open_files = Integer(256, help="Files a submission may hold open at once.").tag(config=True)

    return SmmCourse


def course_settings(cfg: Any) -> Any:
    """The declared c.SmmCourse section (traitlets warns about unknown or misspelled keys)."""
    return _settings_class()(config=cfg)


def limits_from_config(cfg: Any) -> Limits:
    """The grading limits of a course config, with nbgrader's own cell timeout."""
    from nbgrader.preprocessors import Execute

    smm = course_settings(cfg)
    return Limits(
        cell_seconds=int(Execute(config=cfg).timeout),
        notebook_seconds=float(smm.notebook_timeout),
        memory_bytes=int(smm.memory_mb) * MIB,
        processes=int(smm.processes),
        file_bytes=int(smm.file_size_mb) * MIB,
        disk_bytes=int(smm.disk_mb) * MIB,
        open_files=int(smm.open_files),
    )


def load_config(root: Path) -> Any:
    """Read nbgrader_config.py of `root` as a traitlets Config."""
    from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

    try:
        cfg = PyFileConfigLoader(CONFIG_FILE, path=str(root)).load_config()
    except ConfigFileNotFound as exc:
        raise UserError(t("grading.errors.no_course", path=str(root))) from exc
    except Exception as exc:  # a broken config is the user's to fix
        path = str(root / CONFIG_FILE)
        raise UserError(t("grading.errors.bad_config", path=path, error=exc)) from exc
    cfg.CourseDirectory.root = str(root)
    return cfg


def find_course_root(course: str | os.PathLike[str] | None = None) -> Path:
    """The course folder: `course` if given, else ./course, else the current folder."""
    if course is not None:
        root = Path(course).expanduser().resolve()
        if not (root / CONFIG_FILE).is_file():
            raise UserError(t("grading.errors.no_course", path=str(root)))
        return root
    here = Path.cwd()
    for candidate in (here / "course", here):
        if (candidate / CONFIG_FILE).is_file():
            return candidate.resolve()
    raise UserError(t("grading.errors.no_course", path=str(here)))


def open_course(course: str | os.PathLike[str] | None = None) -> Course:
    """Locate and read a course folder."""
    root = find_course_root(course)
    cfg = load_config(root)
    cd = cfg.CourseDirectory

    def folder(key: str, default: str) -> Path:
        value = cd.get(key, default)
        return (root / value).resolve()

    db_url = cd.db_url if "db_url" in cd else f"sqlite:///{root / 'gradebook.db'}"
    try:
        smm = course_settings(cfg)
        limits = limits_from_config(cfg)
    except Exception as exc:  # a value of the wrong type in c.SmmCourse or c.Execute
        path = str(root / CONFIG_FILE)
        raise UserError(t("grading.errors.bad_config", path=path, error=exc)) from exc
    assignments = tuple(
        AssignmentInfo(name=str(a["name"]), duedate=a.get("duedate")) for a in smm.assignments
    )
    return Course(
        root=root,
        course_id=str(cd.course_id) if "course_id" in cd else "default_course",
        db_url=str(db_url),
        source_dir=folder("source_directory", "source"),
        release_dir=folder("release_directory", "release"),
        submitted_dir=folder("submitted_directory", "submitted"),
        autograded_dir=folder("autograded_directory", "autograded"),
        feedback_dir=folder("feedback_directory", "feedback"),
        assignments=assignments,
        limits=limits,
    )


def ensure_tools_on_path() -> None:
    """Put the running interpreter's bin folder on PATH: nbgrader runs `alembic` from there."""
    bin_dir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if bin_dir not in parts:
        os.environ["PATH"] = os.pathsep.join([bin_dir, *[p for p in parts if p]])
