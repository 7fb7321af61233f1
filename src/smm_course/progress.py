"""How far a learner has got: per lesson, self-checks done and passed, attempts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from smm_course.curriculum import LESSONS, Lesson, lesson_of
from smm_course.frameworks.business import case_id
from smm_course.i18n import t
from smm_course.workbook import Workbook

__all__ = [
    "LessonProgress",
    "check_and_save",
    "format_table",
    "progress",
    "show_solution",
    "summarise",
]


@dataclass(frozen=True)
class LessonProgress:
    """Progress in one lesson."""

    lesson: str
    title: str
    total: int
    done: int
    passed: int
    attempts: int
    solution_seen: int = 0  # self-checks whose solution was shown before they were passed

    @property
    def status(self) -> str:
        """'not_started', 'in_progress', 'completed' or 'solution_seen' (done, with help)."""
        if self.total and self.passed >= self.total:
            return "completed"
        if self.total and self.passed + self.solution_seen >= self.total:
            return "solution_seen"
        return "in_progress" if self.done or self.attempts else "not_started"

    def as_dict(self) -> dict[str, Any]:
        """Plain dict, with the status, for JSON output."""
        return {**asdict(self), "status": self.status}


def summarise(
    answers: Mapping[str, Any],
    attempts: Mapping[str, Iterable[Mapping[str, Any]]],
    lessons: Iterable[Lesson] = LESSONS,
    lang: str | None = None,
    revealed: Mapping[str, str] | None = None,
) -> list[LessonProgress]:
    """Progress rows from raw workbook answers and attempts.

    A self-check counts as passed only when it was passed before its solution was shown
    (`revealed`: exercise id -> when the learner asked for it); otherwise, once its solution
    was shown, it counts as "solution seen".
    """
    # an answer about the learner's own business ("l03.journey.mia") is the same self-check
    answers = {case_id(key): value for key, value in answers.items()}
    merged: dict[str, list[Mapping[str, Any]]] = {}
    for key, history in attempts.items():
        merged.setdefault(case_id(key), []).extend(history)
    attempts = merged
    shown: dict[str, str] = {}
    for key, when in (revealed or {}).items():
        shown[case_id(key)] = min(str(when), shown.get(case_id(key), str(when)))
    rows = []
    for item in lessons:
        known = set(item.self_checks)
        seen = {key for key in (*answers, *attempts) if lesson_of(key) == item.id}
        checks = known | seen
        passed = {key for key in checks if _passed_alone(attempts.get(key, ()), shown.get(key))}
        helped = {key for key in checks if key in shown and key not in passed}
        done = {key for key in checks if key in answers or attempts.get(key)}
        count = sum(len(list(attempts.get(key, ()))) for key in checks)
        rows.append(
            LessonProgress(
                lesson=item.id,
                title=item.title.get(lang),
                total=len(checks),
                done=len(done),
                passed=len(passed),
                attempts=count,
                solution_seen=len(helped),
            )
        )
    return rows


def _passed_alone(attempts: Iterable[Mapping[str, Any]], revealed_at: str | None) -> bool:
    """True when an attempt passed before the solution was shown (or it never was)."""
    return any(
        a.get("passed") and (revealed_at is None or str(a.get("at", "")) < revealed_at)
        for a in attempts
    )


def progress(workbook: Workbook | None = None, lang: str | None = None) -> list[LessonProgress]:
    """Progress rows of a learner's workbook (default: the learner's own)."""
    book = workbook or Workbook.open()
    data = book.data()
    answers = {key: entry.get("value") for key, entry in data["answers"].items()}
    return summarise(answers, data["attempts"], lang=lang, revealed=data.get("revealed", {}))


def format_table(rows: Iterable[LessonProgress], lang: str | None = None) -> str:
    """A plain-text table of progress rows, for the terminal."""
    names = ("lesson", "done", "passed", "solution_seen", "attempts")
    header = [t(f"progress.col.{name}", lang) for name in names]
    header.append(t("progress.col.status", lang))
    lines = [header]
    total_checks = total_passed = 0
    for row in rows:
        total_checks += row.total
        total_passed += row.passed
        lines.append(
            [
                f"{row.lesson[1:]} {row.title}",
                f"{row.done}/{row.total}",
                f"{row.passed}/{row.total}",
                str(row.solution_seen),
                str(row.attempts),
                t(f"progress.status.{row.status}", lang),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    text.insert(1, "  ".join("-" * width for width in widths))
    share = round(100 * total_passed / total_checks) if total_checks else 0
    text.append("")
    text.append(t("progress.overall", lang, passed=total_passed, total=total_checks, share=share))
    return "\n".join(text)


def check_and_save(exercise: Any, answer: Any, workbook: Workbook | None = None) -> Any:
    """Check `answer` with `exercise`; unless it is a placeholder, save it and the attempt."""
    feedback = exercise.check(answer)
    if not feedback.details.get("unanswered"):
        book = workbook or Workbook.open()
        book.save_checked(exercise.id, answer, feedback)
    return feedback


def show_solution(exercise: Any, workbook: Workbook | None = None) -> Any:
    """The exercise's model answer; asked before passing, progress says "soluzione vista"."""
    book = workbook or Workbook.open()
    if not any(a.get("passed") for a in book.attempts(exercise.id)):
        book.record_reveal(exercise.id)
    return exercise.solution()
