"""The learner's workbook: every answer and attempt, in one JSON file per learner."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from smm_course.errors import UserError
from smm_course.frameworks.business import BusinessProfile, Subject
from smm_course.i18n import t

__all__ = ["Workbook", "course_home", "default_path"]

SCHEMA_VERSION = 1
HOME_ENV = "SMM_COURSE_HOME"
FILE_NAME = "workbook.json"
LOCK_TIMEOUT_S = 30.0
MAX_ATTEMPTS_KEPT = 200  # per exercise: enough for progress, bounded file size


def course_home() -> Path:
    """The learner's folder: $SMM_COURSE_HOME, else ~/.smm_course."""
    raw = os.environ.get(HOME_ENV)
    return Path(raw).expanduser() if raw else Path.home() / ".smm_course"


def default_path() -> Path:
    """Where the learner's workbook lives by default."""
    return course_home() / FILE_NAME


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _empty() -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "created": _now(),
        "learner": {},
        "settings": {},
        "answers": {},
        "attempts": {},
        "profile": {},
        "revealed": {},
    }


def _jsonable(value: Any) -> Any:
    """`value` as plain JSON data (DataFrames, tuples, sets and enums become lists/str)."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        value = value.to_dict()
    return json.loads(json.dumps(value, default=_fallback, ensure_ascii=False))


def _fallback(value: Any) -> Any:
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "id") and isinstance(value.id, str):  # a framework Concept
        return value.id
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _attempt_record(feedback: Any) -> dict[str, Any]:
    def number(name: str) -> float:
        try:
            return float(getattr(feedback, name, 0) or 0)
        except (TypeError, ValueError):
            return 0.0

    return {
        "at": _now(),
        "score": number("score"),
        "max_score": number("max_score"),
        "passed": bool(getattr(feedback, "passed", False)),
    }


@dataclass
class Workbook:
    """One learner's answers and attempts, stored at `path`.

    Every write re-reads the file under a lock, applies one change and replaces the file
    atomically, so two notebooks of the same learner never overwrite each other's answers.
    """

    path: Path
    warnings: tuple[str, ...] = field(default=())

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Workbook:
        """Open (or create) the workbook at `path`, default `$SMM_COURSE_HOME/workbook.json`."""
        target = Path(path).expanduser() if path is not None else default_path()
        if target.is_dir():
            target = target / FILE_NAME
        book = cls(path=target)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                t("workbook.cannot_create", path=str(target.parent), reason=exc)
            ) from exc
        with book._lock():
            data, warning = book._read_unlocked()
            if warning:
                book.warnings = (warning,)
            if not target.exists() or warning:
                book._write_unlocked(data)
        return book

    # -- reading -----------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """A fresh copy of the whole workbook content."""
        with self._lock():
            data, warning = self._read_unlocked()
            if warning:
                self.warnings = (*self.warnings, warning)
                self._write_unlocked(data)
            return data

    def answer(self, exercise_id: str, default: Any = None) -> Any:
        """The learner's last saved answer to `exercise_id`, or `default`."""
        entry = self.data()["answers"].get(str(exercise_id))
        return default if entry is None else entry.get("value", default)

    def answers(self) -> dict[str, Any]:
        """Every saved answer, by exercise id."""
        return {key: entry.get("value") for key, entry in self.data()["answers"].items()}

    def attempts(self, exercise_id: str | None = None) -> Any:
        """The attempts at one exercise (list), or at every exercise (dict) when no id."""
        attempts = self.data()["attempts"]
        return attempts if exercise_id is None else attempts.get(str(exercise_id), [])

    @property
    def learner(self) -> dict[str, Any]:
        """Who the learner is (name, id), as they entered it."""
        return self.data()["learner"]

    def setting(self, name: str, default: Any = None) -> Any:
        """A learner or class setting stored in the workbook."""
        return self.data()["settings"].get(name, default)

    def business_profile(self) -> BusinessProfile | None:
        """The learner's own business, once set (lesson 00 or `smm-course profile`)."""
        return BusinessProfile.from_mapping(self.data()["profile"])

    def subject(self) -> Subject:
        """Whom the learner's strategy document is about: the case study or their business."""
        data = self.data()
        if not BusinessProfile.from_mapping(data["profile"]):
            return Subject.CASE
        return Subject.from_any(data["settings"].get("subject", Subject.CASE.value))

    def revealed(self) -> dict[str, str]:
        """When the learner asked to see each solution, by exercise id."""
        return dict(self.data()["revealed"])

    # -- writing -----------------------------------------------------------------
    def save_answer(self, exercise_id: str, value: Any) -> None:
        """Save the learner's answer to `exercise_id` (replaces the previous one)."""
        entry = {"value": _jsonable(value), "saved_at": _now()}
        self._update(lambda data: data["answers"].__setitem__(str(exercise_id), entry))

    def record_attempt(self, exercise_id: str, feedback: Any) -> None:
        """Record one checked attempt (score, max_score, passed, time)."""
        record = _attempt_record(feedback)
        self._update(lambda data: _append_attempt(data, str(exercise_id), record))

    def save_checked(self, exercise_id: str, value: Any, feedback: Any) -> None:
        """Save an answer and record its attempt in one write (what a check button does)."""
        entry = {"value": _jsonable(value), "saved_at": _now()}
        record = _attempt_record(feedback)

        def apply(data: dict[str, Any]) -> None:
            data["answers"][str(exercise_id)] = entry
            _append_attempt(data, str(exercise_id), record)

        self._update(apply)

    def set_learner(self, name: str, learner_id: str | None = None) -> None:
        """Record the learner's name (and optional id)."""
        info = {"name": str(name)}
        if learner_id:
            info["id"] = str(learner_id)
        self._update(lambda data: data["learner"].update(info))

    def set_business_profile(self, profile: BusinessProfile) -> None:
        """Store the learner's business profile (replaces the previous one)."""
        stored = profile.as_dict()
        self._update(lambda data: data.__setitem__("profile", stored))

    def set_subject(self, subject: Subject) -> None:
        """Choose whom the strategy document is about."""
        self.set_setting("subject", Subject(subject).value)

    def record_reveal(self, exercise_id: str) -> None:
        """Record that the learner asked to see the solution of `exercise_id` (first time kept)."""
        key, stamp = str(exercise_id), _now()
        self._update(lambda data: data["revealed"].setdefault(key, stamp))

    def set_setting(self, name: str, value: Any) -> None:
        """Store a setting (e.g. the language or whether solutions may be shown)."""
        self._update(lambda data: data["settings"].__setitem__(name, _jsonable(value)))

    # -- storage -----------------------------------------------------------------
    def _lock(self) -> FileLock:
        return FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)

    def _update(self, change: Any) -> None:
        try:
            with self._lock():
                data, warning = self._read_unlocked()
                if warning:
                    self.warnings = (*self.warnings, warning)
                change(data)
                data["updated"] = _now()
                self._write_unlocked(data)
        except Timeout as exc:
            raise UserError(t("workbook.locked", path=str(self.path))) from exc

    def _read_unlocked(self) -> tuple[dict[str, Any], str | None]:
        """The stored data, or a fresh workbook plus a warning when the file was unusable."""
        if not self.path.exists():
            return _empty(), None
        try:
            raw = self.path.read_text(encoding="utf-8")
            data = json.loads(raw)
            if not isinstance(data, Mapping):
                raise ValueError("not a JSON object")
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            moved = self._set_aside()
            return _empty(), t("workbook.corrupt", path=str(moved), reason=type(exc).__name__)
        return _upgrade(dict(data)), None

    def _set_aside(self) -> Path:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}.json")
        self.path.replace(target)
        return target

    def _write_unlocked(self, data: dict[str, Any]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".workbook-", suffix=".tmp", dir=self.path.parent)
        try:
            # json.dumps without indent runs the C encoder: with indent (or json.dump) the
            # pure-Python one made every save of a grown workbook cost tens of milliseconds
            text = json.dumps(data, ensure_ascii=False)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).replace(self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _append_attempt(data: dict[str, Any], exercise_id: str, record: dict[str, Any]) -> None:
    history = data["attempts"].setdefault(exercise_id, [])
    history.append(record)
    del history[:-MAX_ATTEMPTS_KEPT]


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older or partial workbook to the current schema without losing content."""
    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise UserError(t("workbook.newer_schema", version=version, supported=SCHEMA_VERSION))
    fresh = _empty()
    for key, value in fresh.items():
        if not isinstance(data.get(key), type(value)):
            data[key] = value
    data["schema_version"] = SCHEMA_VERSION
    return data
