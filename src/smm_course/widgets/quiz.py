"""Quiz: single choice, multiple choice and matching questions, shuffled per learner."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.widgets import _html
from smm_course.widgets._inputs import mapping_of
from smm_course.widgets.base import StandardForm
from smm_course.widgets.model import FormModel
from smm_course.widgets.questions import (
    Matching,
    MultipleChoice,
    Question,
    SingleChoice,
    explained,
    question_score,
    say,
    shuffled,
)
from smm_course.widgets.settings import wt

PASS_FRACTION = 0.999  # every question fully right


class QuizModel(FormModel):
    """Answer: {question id: option index | [indexes] | {left index: right index}}.

    Indexes refer to the options as written by the author, so shuffling never changes
    the stored answer.
    """

    form = "quiz"

    def __init__(self, exercise_id: str, questions: Sequence[Question], **options: Any) -> None:
        self.questions: tuple[Question, ...] = tuple(questions)
        super().__init__(exercise_id, **options)

    def seed_text(self) -> str:
        """What the shuffle depends on: the learner (id, name or workbook) and the exercise."""
        who = ""
        if self.workbook is not None:
            try:
                learner = self.workbook.learner
                who = str(learner.get("id") or learner.get("name") or "")
            except Exception:
                who = ""
            who = who or str(self.workbook.path)
        return f"{who}|{self.exercise_id}"

    def order(self, question: Question) -> list[int]:
        """The display order of a question's options (or right-hand items)."""
        count = len(question.pairs) if isinstance(question, Matching) else len(question.options)
        return shuffled(count, f"{self.seed_text()}|{question.id}")

    def empty_answer(self) -> dict[str, Any]:
        return {
            q.id: ([] if isinstance(q, MultipleChoice) else {} if isinstance(q, Matching) else None)
            for q in self.questions
        }

    def normalize(self, value: Any) -> dict[str, Any]:
        given = mapping_of(value)
        answer = self.empty_answer()
        for q in self.questions:
            raw = given.get(q.id)
            if isinstance(q, SingleChoice):
                answer[q.id] = raw if isinstance(raw, int) and 0 <= raw < len(q.options) else None
            elif isinstance(q, MultipleChoice):
                items = raw if isinstance(raw, (list, tuple, set)) else []
                answer[q.id] = sorted(
                    {i for i in items if isinstance(i, int) and 0 <= i < len(q.options)}
                )
            else:
                pairs = mapping_of(raw)
                answer[q.id] = {
                    str(i): pairs[str(i)]
                    for i in range(len(q.pairs))
                    if isinstance(pairs.get(str(i)), int) and 0 <= pairs[str(i)] < len(q.pairs)
                }
        return answer

    def evaluate(self, answer: dict[str, Any]) -> Feedback:
        score = 0.0
        messages = []
        unanswered = []
        for number, q in enumerate(self.questions, start=1):
            points, right, total = question_score(q, answer.get(q.id))
            score += points
            empty = answer.get(q.id) in (None, [], {})
            if empty:
                unanswered.append(number)
                messages.append(wt("quiz.unanswered", self.lang, n=number))
            elif points >= PASS_FRACTION:
                messages.append(wt("quiz.right", self.lang, n=number))
            elif isinstance(q, SingleChoice):
                messages.append(wt("quiz.wrong", self.lang, n=number))
            else:
                messages.append(wt("quiz.partial", self.lang, n=number, right=right, total=total))
                if isinstance(q, Matching):
                    messages += self._pairs_to_review(q, answer.get(q.id))
            if not empty:
                messages += [
                    wt(f"quiz.why_{'right' if ok else 'wrong'}", self.lang, option=text, why=why)
                    for text, why, ok in explained(q, answer.get(q.id), self.lang)
                ]
        max_score = float(len(self.questions))
        passed = bool(self.questions) and score >= max_score * PASS_FRACTION
        return Feedback(
            round(score, 2),
            max_score,
            passed,
            tuple(messages),
            (wt("quiz.retry", self.lang),) if not passed else (),
            details={"unanswered": unanswered},
            lang=self.lang,
        )

    def _pairs_to_review(self, question: Matching, given: Any) -> list[str]:
        """One line per left item not yet matched right (never the right match itself)."""
        chosen = given if isinstance(given, dict) else {}
        lines = []
        for i, (left, _right) in enumerate(question.pairs):
            pick = chosen.get(str(i))
            if pick != i:
                key = "quiz.pair_missing" if pick is None else "quiz.pair_wrong"
                lines.append(wt(key, self.lang, item=say(left, self.lang)))
        return lines

    def default_solution(self) -> dict[str, str] | None:
        if not self.questions:
            return None
        solution = {}
        for number, q in enumerate(self.questions, start=1):
            key = f"{number}. {say(q.prompt, self.lang)}"
            if isinstance(q, SingleChoice):
                solution[key] = say(q.options[q.answer], self.lang)
            elif isinstance(q, MultipleChoice):
                solution[key] = "; ".join(say(q.options[i], self.lang) for i in sorted(q.answers))
            else:
                solution[key] = "; ".join(
                    f"{say(left, self.lang)} → {say(right, self.lang)}" for left, right in q.pairs
                )
        return solution


class Quiz(StandardForm):
    """A quiz form; options are shuffled with a seed fixed per learner and exercise."""

    model_class = QuizModel
    default_exercise_id = "l00.quiz"
    solution_title_key = "quiz.solution_title"

    def __init__(
        self, questions: Sequence[Question] | str, exercise_id: str | None = None, **options: Any
    ) -> None:
        """The quiz of `questions`, or of the lesson quiz with that id (its key stays hidden)."""
        if isinstance(questions, str):
            from smm_course.widgets.quizzes import questions_of

            exercise_id = exercise_id or questions
            questions = questions_of(questions)
        super().__init__(exercise_id, questions=questions, **options)

    def _build_inputs(self) -> widgets.Widget:
        model: QuizModel = self.model  # type: ignore[assignment]
        self.inputs_by_question: dict[str, Any] = {}
        blocks = []
        for number, q in enumerate(model.questions, start=1):
            prompt = widgets.HTML(f"<b>{number}. {_html.esc(say(q.prompt, self.lang))}</b>")
            order = model.order(q)
            parts: list[widgets.Widget] = [prompt]
            if isinstance(q, SingleChoice):
                radio = widgets.RadioButtons(
                    options=[(say(q.options[i], self.lang), i) for i in order],
                    value=None,
                    layout=widgets.Layout(width="auto"),
                )
                self.inputs_by_question[q.id] = self.watch(self.css(radio, q.id))
                parts.append(radio)
            elif isinstance(q, MultipleChoice):
                parts.append(
                    widgets.HTML(
                        f'<span class="smm-small">{_html.esc(wt("quiz.many", self.lang))}</span>'
                    )
                )
                boxes = {}
                for i in order:
                    box = widgets.Checkbox(
                        value=False,
                        description=say(q.options[i], self.lang),
                        indent=False,
                        layout=widgets.Layout(width="auto"),
                    )
                    boxes[i] = self.watch(self.css(box, f"{q.id}-{i}"))
                    parts.append(box)
                self.inputs_by_question[q.id] = boxes
            else:
                options = [(wt("common.choose", self.lang), None)] + [
                    (say(q.pairs[i][1], self.lang), i) for i in order
                ]
                menus = {}
                rows = []
                for i, (left, _right) in enumerate(q.pairs):
                    menu = widgets.Dropdown(
                        options=options, value=None, layout=widgets.Layout(width="auto")
                    )
                    menus[i] = self.watch(self.css(menu, f"{q.id}-{i}"))
                    rows.extend([widgets.HTML(_html.esc(say(left, self.lang))), menu])
                self.inputs_by_question[q.id] = menus
                parts.append(
                    widgets.GridBox(
                        rows,
                        layout=widgets.Layout(
                            grid_template_columns="minmax(160px, 1fr) minmax(160px, 1fr)",
                            grid_gap="4px 10px",
                            align_items="center",
                        ),
                    )
                )
            block = widgets.VBox(parts)
            block.add_class("smm-block")
            blocks.append(block)
        return widgets.VBox(blocks)

    def _read(self) -> dict[str, Any]:
        model: QuizModel = self.model  # type: ignore[assignment]
        answer: dict[str, Any] = {}
        for q in model.questions:
            inputs = self.inputs_by_question[q.id]
            if isinstance(q, SingleChoice):
                answer[q.id] = inputs.value
            elif isinstance(q, MultipleChoice):
                answer[q.id] = sorted(i for i, box in inputs.items() if box.value)
            else:
                answer[q.id] = {str(i): m.value for i, m in inputs.items() if m.value is not None}
        return answer

    def _write(self, answer: dict[str, Any]) -> None:
        model: QuizModel = self.model  # type: ignore[assignment]
        for q in model.questions:
            inputs = self.inputs_by_question[q.id]
            given = answer.get(q.id)
            if isinstance(q, SingleChoice):
                inputs.value = given
            elif isinstance(q, MultipleChoice):
                for i, box in inputs.items():
                    box.value = i in (given or [])
            else:
                for i, menu in inputs.items():
                    menu.value = (given or {}).get(str(i))
