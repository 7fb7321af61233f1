"""Lesson 08's forms: models side by side with the budget move, and the measurement plan."""

from __future__ import annotations

import ipywidgets as widgets

from smm_course.data import journeys
from smm_course.frameworks.attribution import AttributionModel, compare
from smm_course.plots import attribution_figure
from smm_course.widgets.attribution import AttributionExplorer, MeasurementPlanForm
from smm_course.workbook import Workbook
from tests.widgets.conftest import by_class

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
CREDIT = compare(journeys())


def test_explorer_shows_every_model_and_the_budget_move_of_the_chosen_one(tmp_path):
    form = AttributionExplorer(credit=CREDIT, workbook=Workbook.open(tmp_path / "wb.json"))
    assert bytes(form.chart.value).startswith(b"\x89PNG")
    by_class(form, "smm-attribution-model").value = "first"
    table = form.table.value
    assert "Primo contatto" in table and "Ultimo contatto" in table
    assert table.index("Google Ads") < table.index("E-commerce")  # most gained first
    assert "Aumentare" in table and "Ridurre" in table


def test_explorer_checks_saves_and_comes_back(tmp_path):
    path = tmp_path / "wb.json"
    form = AttributionExplorer(credit=CREDIT, workbook=Workbook.open(path))
    by_class(form, "smm-attribution-model").value = "markov"
    by_class(form, "smm-attribution-gains").value = "Instagram"
    by_class(form, "smm-attribution-loses").value = "E-commerce"
    assert form.check().passed
    again = AttributionExplorer(credit=CREDIT, workbook=Workbook.open(path))
    assert again.answer == {
        "model": "markov",
        "gains_most": "Instagram",
        "loses_most": "E-commerce",
    }
    assert again.model.solution["gains_most"] == "Instagram"


def test_plan_form_saves_text_and_never_shows_it_as_markup(tmp_path):
    path = tmp_path / "wb.json"
    form = MeasurementPlanForm(workbook=Workbook.open(path), solution={"model": "markov"})
    form.answer = {"model": "markov", "why": HOSTILE, "decision": "", "test": "", "offline": ""}
    feedback = form.check()
    assert feedback.score == 0
    form.toggle_solution()
    shown = form.solution_text.value + form.feedback.value
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert Workbook.open(path).answer("l08.misura")["why"] == HOSTILE
    assert by_class(form, "smm-measurement-why").value == HOSTILE


def test_plan_form_offers_every_model():
    form = MeasurementPlanForm(workbook=None)
    chooser = by_class(form, "smm-measurement-model")
    assert isinstance(chooser, widgets.Dropdown)
    assert [v for _, v in chooser.options][1:] == list(AttributionModel.ids())


def test_attribution_figure_draws_one_bar_per_channel_and_model():
    fig = attribution_figure(CREDIT, highlight="markov", lang="en")
    (ax,) = fig.axes
    bars = [p for p in ax.patches if type(p).__name__ == "Rectangle"]
    assert len(bars) == CREDIT.size
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == [m.label("en") for m in AttributionModel]
    assert {t.get_text() for t in ax.get_yticklabels()} == set(CREDIT.index)


def test_attribution_figure_without_data_says_so():
    fig = attribution_figure({}, lang="it")
    assert "Nessun dato" in fig.axes[0].texts[0].get_text()
