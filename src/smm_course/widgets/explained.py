"""Views that explain themselves when a reopened notebook cannot draw them.

A reopened notebook keeps the outputs of its last run, but its widgets need the kernel that
made them: JupyterLab then writes "Error displaying widget: model not found" in their place.
Every view a lesson shows is displayed after a one-line note saying what to do; the note's
CSS hides it whenever the widget below it is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ipywidgets as widgets

from smm_course.widgets import _html
from smm_course.widgets.settings import form_lang, wt

__all__ = ["Explained", "ExplainedBox", "display_explained"]


def _with_note_as_text(bundle: Any, text: str) -> Any:
    """The widget's bundle whose plain text (shown where widgets cannot be drawn) is the note."""
    if isinstance(bundle, dict) and "text/plain" in bundle:
        return {**bundle, "text/plain": text}
    return bundle


def display_explained(view: widgets.Widget, lang: str) -> None:
    """Display `view` after the reopen note (hidden by its CSS while `view` is drawn)."""
    from IPython.display import HTML, display

    text = wt("common.reopen_note", lang)
    display(HTML(_html.reopen_note(text)))
    display(_with_note_as_text(view._repr_mimebundle_(), text), raw=True)


class Explained:
    """Base of the course's views (`.widget`, `.lang`): shown after the reopen note."""

    widget: widgets.Widget
    lang: str

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return _with_note_as_text(
            self.widget._repr_mimebundle_(**kwargs), wt("common.reopen_note", self.lang)
        )

    def _ipython_display_(self) -> None:
        """The note (hidden while the view shows), then the view."""
        display_explained(self.widget, self.lang)


class ExplainedBox(widgets.VBox):
    """A VBox shown after the reopen note: for boxes built in a lesson or by a helper."""

    def __init__(self, children: Sequence[widgets.Widget], lang: str | None = None) -> None:
        super().__init__(list(children))
        self.note_lang = form_lang(lang)

    def _ipython_display_(self) -> None:
        """The note (hidden while the box shows), then the box."""
        display_explained(self, self.note_lang)
