"""Helpers for driving the forms headless: build, walk the widget tree, read the workbook."""

from __future__ import annotations

import re
from collections.abc import Iterator

import ipywidgets as widgets
import pytest

from smm_course.widgets import (
    BMCForm,
    ChannelMatrix,
    JourneyMapBuilder,
    Matching,
    MultipleChoice,
    Quiz,
    RACEFunnel,
    SingleChoice,
    SOSTACPlanner,
    SWOTGrid,
    TouchpointSorter,
)
from smm_course.widgets.plan_forms import ChannelPlanForm, OwnChannelsForm, OwnTouchpointsForm
from smm_course.workbook import Workbook

QUESTIONS = (
    SingleChoice(
        "fasi",
        "In quale fase si trova il negozio fisico?",
        ("pre-acquisto", "acquisto", "post-acquisto"),
        1,
        (
            "Il negozio non è il primo contatto: lì si compra.",
            "Alla cassa il cliente compra: è il momento della verità.",
            "Il post-acquisto viene dopo la cassa.",
        ),
    ),
    MultipleChoice(
        "spontanei",
        "Quali touchpoint sono spontanei?",
        ("Recensioni online", "Newsletter", "Passaparola", "Sito web", "Articoli di stampa"),
        frozenset({0, 2, 4}),
        (
            "Le scrivono i clienti.",
            "La scrive e la invia il brand.",
            "Nasce tra conoscenti.",
            "Il brand decide che cosa c'è.",
            "Li scrivono i giornalisti.",
        ),
    ),
    Matching(
        "moments",
        "Abbina ogni momento alla sua descrizione.",
        (
            ("ZMOT", "ricerca online prima dell'acquisto"),
            ("FMOT", "la scelta davanti allo scaffale"),
            ("SMOT", "l'esperienza d'uso del prodotto"),
        ),
        ("Z come zero: prima dello scaffale.", "F come first.", "S come second."),
    ),
)


def make_quiz(**options):
    return Quiz(QUESTIONS, "l01.quiz_test", **options)


# form short name -> factory taking **options (workbook=, show_solutions=, ...)
FACTORIES = {
    "bmc": lambda **o: BMCForm(solution={"customer_segments": "Famiglie di Torino"}, **o),
    "touchpoints": TouchpointSorter,
    "journey": lambda **o: JourneyMapBuilder(
        solution={"awareness": {"actions": "Vede un post"}}, **o
    ),
    "swot": lambda **o: SWOTGrid(solution={"touchpoint": "Negozio", "strengths": "Posizione"}, **o),
    "sostac": lambda **o: SOSTACPlanner(
        solution={"objectives": "+20% ordini online entro dicembre"}, **o
    ),
    "race": lambda **o: RACEFunnel(solution={"reach": 10000, "visitors": 800}, **o),
    "quiz": make_quiz,
    "channels": ChannelMatrix,
    "plan": ChannelPlanForm,
    "own_touchpoints": OwnTouchpointsForm,
    "own_channels": OwnChannelsForm,
}


@pytest.fixture(params=sorted(FACTORIES))
def form_name(request: pytest.FixtureRequest) -> str:
    return request.param


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    """Every widget in the tree below (and including) `widget`."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def html_values(form) -> list[str]:
    return [w.value for w in walk(form.widget) if isinstance(w, widgets.HTML)]


def text_inputs(form) -> list[widgets.Widget]:
    return [w for w in walk(form.widget) if isinstance(w, (widgets.Textarea, widgets.Text))]


def by_class(form, css_class: str) -> widgets.Widget:
    found = [w for w in walk(form.widget) if css_class in w._dom_classes]
    assert len(found) == 1, f"{css_class}: {len(found)} widgets"
    return found[0]


def fill_one(form) -> None:
    """Write or choose one thing in the form, as a learner making a real attempt would."""
    fields = [w for w in walk(form.widget) if isinstance(w, (widgets.Textarea, widgets.Text))]
    numbers = [w for w in walk(form.widget) if isinstance(w, widgets.IntText)]
    if fields:
        fields[0].value = "Cioccolateria Dolce Vetta, Via Po"
    elif numbers:
        numbers[0].value = 1234
    else:  # forms made of choices: pick the first real option of the first menu
        menu = next(
            w for w in walk(form.widget) if isinstance(w, (widgets.Dropdown, widgets.RadioButtons))
        )
        menu.value = next(v for _label, v in menu.options if v not in (None, ""))


UNSAFE = re.compile(r"<\s*(script|img|svg|iframe)\b", re.IGNORECASE)


def assert_no_markup_leak(form) -> None:
    for value in html_values(form):
        assert not UNSAFE.search(value), value[:300]


@pytest.fixture
def workbook() -> Workbook:
    return Workbook.open()
