"""The widget-free half of every form: the answer, its check, hints, solution and storage."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from smm_course.checks import Feedback
from smm_course.frameworks.concepts import Text
from smm_course.widgets.settings import form_lang, numbered, solutions_allowed, wt
from smm_course.workbook import Workbook


class FormModel:
    """Answer, checking and persistence of one exercise; subclasses define the answer shape.

    Nothing here raises on bad input or on a workbook problem: problems become messages in
    `warnings`, which the view shows.
    """

    form = "form"  # short name: CSS prefix and locale namespace (widgets.<form>.*)

    def __init__(
        self,
        exercise_id: str,
        *,
        workbook: Workbook | None = None,
        hints: Sequence[Text | str] | None = None,
        solution: Any = None,
        show_solutions: bool | None = None,
        lang: str | None = None,
        business: str | None = None,
    ) -> None:
        self.exercise_id = str(exercise_id)
        self.business = business  # the learner's business the feedback speaks of (else the case)
        self.lang = form_lang(lang)
        self.warnings: list[str] = []
        self.workbook = workbook if workbook is not None else self._open_workbook()
        if self.workbook is not None:
            self.warnings.extend(self.workbook.warnings)
        self._seen_wb_warnings = len(self.workbook.warnings) if self.workbook else 0
        given = hints if hints is not None else numbered(f"{self.form}.hints", self.lang)
        self.hints: tuple[str, ...] = tuple(
            h.get(self.lang) if isinstance(h, Text) else str(h) for h in given
        )
        self.hints_shown = 0
        self._solution = solution
        self._show_solutions = show_solutions
        self._local_attempts = 0
        self._revealed = False
        self.last_feedback: Feedback | None = None
        self._answer: Any = self.empty_answer()
        self.restore()

    # -- to override --------------------------------------------------------------
    def empty_answer(self) -> Any:
        """The answer of a learner who has not written anything yet."""
        return {}

    def normalize(self, value: Any) -> Any:
        """`value` coerced to this form's answer shape (never raises)."""
        return value

    def evaluate(self, answer: Any) -> Feedback:
        """The Feedback for `answer` (the checker)."""
        raise NotImplementedError

    def default_solution(self) -> Any:
        """A solution derived from the exercise key, when the form has one."""
        return None

    # -- answer ---------------------------------------------------------------------
    @property
    def answer(self) -> Any:
        """The current answer (a copy: editing it does not change the form)."""
        return copy.deepcopy(self._answer)

    @answer.setter
    def answer(self, value: Any) -> None:
        try:
            self._answer = self.normalize(value)
        except Exception:  # a shape we cannot read: keep the previous answer
            self.warnings.append(wt("common.unreadable_answer", self.lang))

    # -- checking -------------------------------------------------------------------
    def check(self) -> Feedback:
        """Judge the current answer, save it and record the attempt."""
        try:
            feedback = self.evaluate(self.answer)
        except Exception as exc:  # a checker bug must never cost the learner their work
            feedback = Feedback(
                0.0,
                1.0,
                False,
                (wt("common.internal_error", self.lang, reason=type(exc).__name__),),
                lang=self.lang,
            )
        self.last_feedback = feedback
        answer = self._answer
        if self.is_empty(answer) or feedback.details.get("unanswered") is True:
            # an empty Verifica is no attempt: it neither counts nor unlocks the solution
            self._store(lambda wb: wb.save_answer(self.exercise_id, answer))
            return feedback
        self._local_attempts += 1
        self._store(lambda wb: wb.save_checked(self.exercise_id, answer, feedback))
        return feedback

    def is_empty(self, answer: Any) -> bool:
        """True when `answer` holds nothing the learner wrote or chose."""

        def blank(value: Any) -> bool:
            if isinstance(value, dict):
                return all(blank(v) for v in value.values())
            if isinstance(value, (list, tuple, set)):
                return all(blank(v) for v in value)
            if isinstance(value, str):
                return not value.strip()
            return value is None

        return answer == self.empty_answer() or blank(answer)

    @property
    def attempts(self) -> int:
        """How many times this exercise was checked (in the workbook, or in this session)."""
        if self.workbook is None:
            return self._local_attempts
        try:
            return len(self.workbook.attempts(self.exercise_id))
        except Exception:
            return self._local_attempts

    # -- hints and solution -----------------------------------------------------------
    def next_hint(self) -> list[str]:
        """Reveal one more hint; return every hint revealed so far."""
        self.hints_shown = min(self.hints_shown + 1, len(self.hints))
        return list(self.hints[: self.hints_shown])

    @property
    def solution(self) -> Any:
        """The solution: given, derived from the key, the case study's model solution, or,
        for an answer about the learner's own business, a worked example and a checklist."""
        if self._solution is not None:
            return self._solution
        derived = self.default_solution()
        if derived is not None:
            return derived
        from smm_course.frameworks.business import is_own_id
        from smm_course.frameworks.case_solutions import case_solution
        from smm_course.frameworks.own_examples import worked_example

        if is_own_id(self.exercise_id):
            return worked_example(self.exercise_id)
        return case_solution(self.exercise_id)

    @property
    def solution_available(self) -> bool:
        """True when a solution exists and the class setting allows showing it."""
        if self._show_solutions is False or self.solution is None:
            return False
        return solutions_allowed(self.workbook)

    @property
    def solution_unlocked(self) -> bool:
        """True when the solution may be shown now (allowed, and after a real attempt)."""
        return self.solution_available and (self.attempts > 0 or self.revealed)

    @property
    def revealed(self) -> bool:
        """True once the learner asked to see the solution (it is recorded in the workbook)."""
        if self.workbook is None:
            return self._revealed
        try:
            return self._revealed or self.exercise_id in self.workbook.revealed()
        except Exception:
            return self._revealed

    @property
    def passed_before(self) -> bool:
        """True when an attempt already passed (seeing the solution then changes nothing)."""
        if self.workbook is None:
            return bool(self.last_feedback and self.last_feedback.passed)
        try:
            return any(a.get("passed") for a in self.workbook.attempts(self.exercise_id))
        except Exception:
            return False

    def record_reveal(self) -> None:
        """Record that the solution was shown before the exercise was passed."""
        self._revealed = True
        if not self.passed_before:
            self._store(lambda wb: wb.record_reveal(self.exercise_id))

    # -- storage ----------------------------------------------------------------------
    def save(self) -> bool:
        """Save the current answer in the workbook; False (and a warning) if it failed."""
        return self._store(lambda wb: wb.save_answer(self.exercise_id, self._answer))

    def restore(self) -> bool:
        """Load the learner's last saved answer; False when there is none."""
        if self.workbook is None:
            return False
        try:
            stored = self.workbook.answer(self.exercise_id)
        except Exception as exc:
            self.warnings.append(wt("common.not_saved", self.lang, reason=str(exc)))
            return False
        self._collect_wb_warnings()
        if stored is None:
            return False
        self.answer = stored
        return True

    def _store(self, action: Any) -> bool:
        if self.workbook is None:
            return False
        try:
            action(self.workbook)
        except Exception as exc:
            self.warnings.append(wt("common.not_saved", self.lang, reason=str(exc)))
            return False
        self._collect_wb_warnings()
        return True

    def _collect_wb_warnings(self) -> None:
        current = self.workbook.warnings if self.workbook is not None else ()
        self.warnings.extend(current[self._seen_wb_warnings :])
        self._seen_wb_warnings = len(current)

    def _open_workbook(self) -> Workbook | None:
        try:
            return Workbook.open()
        except Exception as exc:
            self.warnings.append(wt("common.no_workbook", self.lang, reason=str(exc)))
            return None
