"""The view every form shares: title, instructions, inputs, Verifica, hints, solution, feedback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

import ipywidgets as widgets

from smm_course.checks import Feedback
from smm_course.frameworks.business import WorkedExample
from smm_course.frameworks.concepts import Text
from smm_course.i18n import t
from smm_course.widgets import _html
from smm_course.widgets.explained import Explained
from smm_course.widgets.model import FormModel
from smm_course.widgets.settings import wt
from smm_course.workbook import Workbook


class BaseForm(Explained):
    """A form bound to a FormModel; subclasses build the inputs and map them to the answer.

    The form displays itself in a notebook cell; `.widget` is the ipywidgets tree,
    `.answer` the current answer and `.check()` does what the Verifica button does.
    """

    # heading of the solution box (a quiz has one right answer, a canvas many good ones)
    solution_title_key: str = "common.solution_title"

    def __init__(
        self,
        model: FormModel,
        *,
        title: str | None = None,
        instructions: str | None = None,
    ) -> None:
        self.model = model
        self.lang = model.lang
        self.form = model.form
        self._loading = False
        self._shown_warnings = 0
        self.title = self._html(
            "title",
            _html.STYLE + f"<h3>{_html.esc(title or wt(f'{self.form}.title', self.lang))}</h3>",
        )
        self.title.add_class("smm-form-title")
        text = (
            instructions if instructions is not None else wt(f"{self.form}.instructions", self.lang)
        )
        self.instructions = self._html("instructions", _html.paragraphs([text]))
        self.instructions.add_class("smm-form-instructions")
        self.warning = self._html("warning", "")
        self.inputs = self._build_inputs()
        self.check_button = self._button("check", wt("common.check", self.lang), "check", "primary")
        self.hint_button = self._button("hint", wt("common.hint", self.lang), "lightbulb-o", "")
        self.solution_button = self._button(
            "solution", wt("common.show_solution", self.lang), "eye", "warning"
        )
        self.reveal_button = self._button(
            "reveal", t("business.reveal.confirm", self.lang), "eye", "danger"
        )
        self.reveal_button.layout.display = "none"
        self.reveal_button.on_click(lambda _b: self.reveal())
        self.check_button.on_click(lambda _b: self.check())
        self.hint_button.on_click(lambda _b: self.show_hint())
        self.solution_button.on_click(lambda _b: self.toggle_solution())
        self.hint_button.layout.display = None if self.model.hints else "none"
        self.feedback = self._html("feedback", "")
        self.hint_text = self._html("hint-text", "")
        self.solution_text = self._html("solution-text", "")
        self.status = self._html("status", "")
        buttons = widgets.HBox(
            [
                self.check_button,
                self.hint_button,
                self.solution_button,
                self.reveal_button,
                *self._extra_buttons(),
            ],
            layout=widgets.Layout(flex_flow="row wrap", margin="6px 0"),
        )
        self.widget = widgets.VBox(
            [
                self.title,
                self.instructions,
                self.warning,
                self.inputs,
                buttons,
                self.status,
                self.feedback,
                self.hint_text,
                self.solution_text,
            ]
        )
        self.widget.add_class("smm-form")
        self.widget.add_class(f"smm-{self.form}")
        self._load(self.model.answer)
        self._refresh_solution_button()
        self._refresh_warnings()
        if self.model.last_feedback is None and self.model.attempts:
            self.status.value = _html.box(
                "smm-small", _html.esc(wt("common.restored", self.lang, n=self.model.attempts))
            )

    # -- to override ----------------------------------------------------------------
    def _build_inputs(self) -> widgets.Widget:
        """The widget tree holding the inputs."""
        raise NotImplementedError

    def _read(self) -> Any:
        """The answer as the inputs show it."""
        raise NotImplementedError

    def _write(self, answer: Any) -> None:
        """Show `answer` in the inputs."""
        raise NotImplementedError

    def _extra_buttons(self) -> list[widgets.Widget]:
        return []

    def _after_change(self) -> None:
        """Live updates (charts, badges) after an input changed."""

    def _solution_html(self, solution: Any) -> str:
        return _html.value_html(solution)

    # -- public -----------------------------------------------------------------------
    @property
    def answer(self) -> Any:
        """The learner's current answer."""
        self.model.answer = self._read()
        return self.model.answer

    @answer.setter
    def answer(self, value: Any) -> None:
        self.model.answer = value
        self._load(self.model.answer)
        self.model.save()
        self._refresh_warnings()

    def check(self) -> Feedback:
        """Check the answer (same as clicking Verifica): save it and show the feedback."""
        self.model.answer = self._read()
        feedback = self.model.check()
        self.feedback.value = feedback.to_html(self.lang)
        self.status.value = ""
        self._refresh_solution_button()
        self._refresh_warnings()
        return feedback

    def show_hint(self) -> str:
        """Reveal the next hint (Suggerimento button); returns the hint text shown."""
        shown = self.model.next_hint()
        if not shown:
            body = _html.esc(wt("common.no_hints", self.lang))
        else:
            title = wt("common.hint_title", self.lang, n=len(shown), total=len(self.model.hints))
            body = f"<b>{_html.esc(title)}</b>" + _html.bullet_list(shown, ordered=True)
            if len(shown) == len(self.model.hints):
                body += _html.box("smm-small", _html.esc(wt("common.no_more_hints", self.lang)))
        self.hint_text.value = _html.box("smm-hints", body)
        return shown[-1] if shown else ""

    def toggle_solution(self) -> bool:
        """Show (or hide again) the solution, when allowed; True when it is now shown.

        Before a real attempt the button asks first ("Mostrami la soluzione"): confirming
        with `reveal()` records it, and progress then says "soluzione vista".
        """
        if self.solution_text.value or not self.model.solution_available:
            self.solution_text.value = ""
            self.solution_button.description = wt("common.show_solution", self.lang)
            self._refresh_solution_button()
            return False
        if not self.model.solution_unlocked:
            self.solution_text.value = _html.box(
                "smm-warning", _html.esc(t("business.reveal.question", self.lang))
            )
            self.reveal_button.layout.display = None
            return False
        self._show_solution()
        return True

    def reveal(self) -> bool:
        """Show the solution now, recording that it was seen (Mostrami la soluzione)."""
        if not self.model.solution_available:
            return False
        self._show_solution()
        return True

    def _show_solution(self) -> None:
        self.model.record_reveal()
        self.reveal_button.layout.display = "none"
        solution = self.model.solution
        title = f"<b>{_html.esc(wt(self.solution_title_key, self.lang))}</b>"
        if isinstance(solution, WorkedExample):
            body = worked_example_html(solution, self.lang)
        else:
            body = self._solution_html(solution)
        self.solution_text.value = _html.box("smm-solution", title + body)
        self.solution_button.description = wt("common.hide_solution", self.lang)

    # -- helpers for subclasses ---------------------------------------------------------
    def css(self, widget: widgets.Widget, field: str) -> widgets.Widget:
        """Give `widget` its stable class `smm-<form>-<field>`."""
        widget.add_class(f"smm-{self.form}-{field}")
        return widget

    def watch(self, widget: widgets.Widget) -> widgets.Widget:
        """Save the draft whenever `widget`'s value changes."""
        widget.observe(self._on_change, names="value")
        return widget

    def _on_change(self, _change: Any = None) -> None:
        if self._loading:
            return
        self.model.answer = self._read()
        self.model.save()
        self._after_change()
        self._refresh_warnings()

    def _load(self, answer: Any) -> None:
        self._loading = True
        try:
            self._write(answer)
        finally:
            self._loading = False
        self._after_change()

    def _html(self, field: str, value: str) -> widgets.HTML:
        return self.css(widgets.HTML(value=value), field)

    def _button(self, field: str, label: str, icon: str, style: str) -> widgets.Button:
        button = widgets.Button(description=label, icon=icon, button_style=style, tooltip=label)
        button.layout.width = "auto"
        return self.css(button, field)

    def _refresh_solution_button(self) -> None:
        self.solution_button.layout.display = None if self.model.solution_available else "none"
        if self.model.solution_unlocked:
            self.solution_button.description = (
                wt("common.hide_solution", self.lang)
                if self.solution_text.value and "smm-solution" in self.solution_text.value
                else wt("common.show_solution", self.lang)
            )
        elif not self.solution_text.value:
            self.solution_button.description = t("business.reveal.button", self.lang)

    def _refresh_warnings(self) -> None:
        if len(self.model.warnings) == self._shown_warnings:
            return
        self._shown_warnings = len(self.model.warnings)
        self.warning.value = _html.box(
            "smm-warning", "⚠ " + _html.bullet_list(dict.fromkeys(self.model.warnings))
        )


def worked_example_html(example: WorkedExample, lang: str) -> str:
    """A worked example on another business and the checklist for the learner's own answer."""
    intro = _html.esc(t("business.reveal.example", lang, business=example.business))
    checklist = _html.esc(t("business.reveal.checklist", lang))
    return (
        f"<p><i>{intro}</i></p>"
        + _html.table(example.rows(lang))
        + f"<p><b>{checklist}</b></p>"
        + _html.bullet_list(["☐ " + item for item in example.checks(lang)])
    )


class StandardForm(BaseForm):
    """A form built on `model_class`: the options every form takes, plus the model's own."""

    model_class: ClassVar[type[FormModel]]
    default_exercise_id: ClassVar[str]

    def __init__(
        self,
        exercise_id: str | None = None,
        *,
        workbook: Workbook | None = None,
        title: str | None = None,
        instructions: str | None = None,
        hints: Sequence[Text | str] | None = None,
        solution: Any = None,
        show_solutions: bool | None = None,
        lang: str | None = None,
        **model_options: Any,
    ) -> None:
        model = self.model_class(
            exercise_id or self.default_exercise_id,
            workbook=workbook,
            hints=hints,
            solution=solution,
            show_solutions=show_solutions,
            lang=lang,
            **model_options,
        )
        super().__init__(model, title=title, instructions=instructions)
