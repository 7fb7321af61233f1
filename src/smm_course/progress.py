"""How far a learner has got: per lesson, self-checks done and passed, attempts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from smm_course.curriculum import LESSONS, Lesson, lesson_of
from smm_course.i18n import t
from smm_course.workbook import Workbook

__all__ = ["LessonProgress", "check_and_save", "format_table", "progress", "summarise"]


@dataclass(frozen=True)
class LessonProgress:
    """Progress in one lesson."""

    lesson: str
    title: str
    total: int
    done: int
    passed: int
    attempts: int

    @property
    def status(self) -> str:
        """'not_started', 'in_progress' or 'completed'."""
        if self.total and self.passed >= self.total:
            return "completed"
        return "in_progress" if self.done or self.attempts else "not_started"

    def as_dict(self) -> dict[str, Any]:
        """Plain dict, with the status, for JSON output."""
        return {**asdict(self), "status": self.status}


def summarise(
    answers: Mapping[str, Any],
    attempts: Mapping[str, Iterable[Mapping[str, Any]]],
    lessons: Iterable[Lesson] = LESSONS,
    lang: str | None = None,
) -> list[LessonProgress]:
    """Progress rows from raw workbook answers and attempts."""
    rows = []
    for item in lessons:
        known = set(item.self_checks)
        seen = {key for key in (*answers, *attempts) if lesson_of(key) == item.id}
        checks = known | seen
        passed = {key for key in checks if any(a.get("passed") for a in attempts.get(key, ()))}
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
            )
        )
    return rows


def progress(workbook: Workbook | None = None, lang: str | None = None) -> list[LessonProgress]:
    """Progress rows of a learner's workbook (default: the learner's own)."""
    book = workbook or Workbook.open()
    data = book.data()
    answers = {key: entry.get("value") for key, entry in data["answers"].items()}
    return summarise(answers, data["attempts"], lang=lang)


def format_table(rows: Iterable[LessonProgress], lang: str | None = None) -> str:
    """A plain-text table of progress rows, for the terminal."""
    header = [t(f"progress.col.{name}", lang) for name in ("lesson", "done", "passed", "attempts")]
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
