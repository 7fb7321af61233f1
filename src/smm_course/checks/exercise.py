"""Exercise: a learntools-style object with check(), progressive hint() and solution()."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from smm_course.checks._util import is_blank, is_pandas, resolve_lang
from smm_course.checks.feedback import Feedback
from smm_course.frameworks.concepts import Text
from smm_course.i18n import t
from smm_course.settings import solutions_allowed


class Message(str):
    """A plain-text message that also displays nicely (and escaped) in a notebook."""

    __slots__ = ()

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(str(self))

    def _repr_html_(self) -> str:
        return f'<div class="smm-message">{html.escape(str(self))}</div>'


def _text(value: object, lang: str) -> str:
    return value.get(lang) if isinstance(value, Text) else str(value)


def _same(answer: object, placeholder: object) -> bool:
    """answer == placeholder, for any types, without raising or trusting odd __eq__."""
    if type(answer) is not type(placeholder) or is_pandas(answer):
        return False
    try:
        return bool(answer == placeholder)
    except Exception:
        return False


class Exercise:
    """One self-check exercise: check an answer, give hints one at a time, show the solution."""

    def __init__(
        self,
        id: str,
        checker: Callable[[Any], Feedback],
        hints: Sequence[Text | str] = (),
        solution: Any = None,
        *,
        placeholder: Any = ...,
        explanation: Text | str | None = None,
    ) -> None:
        self.id = id
        self.checker = checker
        self.hints = tuple(hints)
        self._solution = solution
        self.placeholder = placeholder
        self.explanation = explanation
        self.hints_shown = 0
        self.attempts = 0

    def __repr__(self) -> str:
        return f"Exercise({self.id!r})"

    def unanswered_reason(self, answer: object, lang: str | None = None) -> str | None:
        """Why `answer` is still a placeholder ("Non hai ancora risposto: ..."), else None."""
        code = resolve_lang(lang)
        if answer is Ellipsis:
            return t("checks.placeholder.ellipsis", code)
        if answer is None:
            return t("checks.placeholder.none", code)
        if self.placeholder is not Ellipsis and _same(answer, self.placeholder):
            return t("checks.placeholder.template", code)
        if isinstance(answer, str) and not answer.strip():
            return t("checks.placeholder.blank", code)
        if not is_pandas(answer) and is_blank(answer):
            return t("checks.placeholder.empty", code)
        return None

    def check(self, answer: Any, lang: str | None = None) -> Feedback:
        """The checker's Feedback on `answer` (an untouched placeholder scores 0 and says so)."""
        code = resolve_lang(lang)
        self.attempts += 1
        reason = self.unanswered_reason(answer, code)
        if reason is not None:
            return Feedback(
                0.0,
                1.0,
                False,
                (reason,),
                hints=(t("checks.exercise.try_hint", code),) if self.hints else (),
                details={"unanswered": True},
                lang=code,
            )
        try:
            result = self.checker(answer)
        except Exception:
            result = Feedback(0.0, 1.0, False, (t("checks.unreadable", code),), lang=code)
        if not isinstance(result, Feedback):
            return Feedback(0.0, 1.0, False, (t("checks.unreadable", code),), lang=code)
        if result.passed and self.explanation is not None:
            extra = (*result.messages, _text(self.explanation, code))
            return Feedback(
                result.score,
                result.max_score,
                True,
                extra,
                result.hints,
                result.details,
                result.lang,
            )
        if not result.passed and self.hints and self.hints_shown < len(self.hints):
            more = (*result.hints, t("checks.exercise.try_hint", code))
            return Feedback(
                result.score,
                result.max_score,
                False,
                result.messages,
                more,
                result.details,
                result.lang,
            )
        return result

    def hint(self, n: int | None = None, lang: str | None = None) -> str:
        """Hint number `n` (1-based); without `n`, the next hint not seen yet."""
        code = resolve_lang(lang)
        total = len(self.hints)
        if total == 0:
            return Message(t("checks.exercise.no_hints", code))
        if n is None:
            if self.hints_shown >= total:
                return Message(t("checks.exercise.no_more_hints", code, total=total))
            n = self.hints_shown + 1
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= total:
            return Message(t("checks.exercise.bad_hint", code, n=str(n)[:20], total=total))
        self.hints_shown = max(self.hints_shown, n)
        text = t(
            "checks.exercise.hint", code, n=n, total=total, text=_text(self.hints[n - 1], code)
        )
        if n < total:
            text += " " + t("checks.exercise.next_hint", code, next=n + 1)
        return Message(text)

    def solution(self, lang: str | None = None) -> Any:
        """The model answer, unless the instructor turned solutions off for the class."""
        code = resolve_lang(lang)
        if not solutions_allowed():
            return Message(t("checks.solutions_off", code))
        if isinstance(self._solution, Text):
            return Message(self._solution.get(code))
        return self._solution
