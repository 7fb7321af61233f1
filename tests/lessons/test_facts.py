"""What the lessons and model answers say about the case-study data is true of the data."""

from __future__ import annotations

import ast

import pytest

from smm_course.data import reviews
from smm_course.frameworks.sostac import SostacStage
from smm_course.widgets.settings import wt
from tests.lessons.helpers import LESSON_DIR, read


def _cell_with(lesson: str, text: str) -> str:
    nb = read(LESSON_DIR / lesson)
    found = [cell.source for cell in nb.cells if text in cell.source]
    assert len(found) == 1, f"{lesson}: {len(found)} cells contain {text!r}"
    return found[0]


def _christmas_plan() -> dict[str, str]:
    """Lesson 05's `piano_natale`: {SostacStage member name: text}."""
    tree = ast.parse(_cell_with("05_sostac_race.ipynb", "piano_natale = {"))
    plan = next(n.value for n in ast.walk(tree) if isinstance(n, ast.Assign))
    assert isinstance(plan, ast.Dict)
    return {
        key.attr: ast.literal_eval(value) for key, value in zip(plan.keys, plan.values, strict=True)
    }


def test_december_rating_is_the_lowest_after_august():
    data = reviews()
    by_month = data.groupby(data["date"].dt.month)["rating"].mean().sort_values()
    assert list(by_month.index[:2]) == [8, 12]
    for text in (
        _christmas_plan()["SITUATION"],
        wt("capstone_forms.sostac.solution.situation", "it"),
    ):
        assert "dopo agosto" in text and "2,9" in text


def test_lesson_05_plan_is_the_reopened_form_solution():
    plan = _christmas_plan()
    for stage in SostacStage:
        assert plan[stage.name] == wt(f"capstone_forms.sostac.solution.{stage.id}", "it")


def test_online_revenue_means_one_thing():
    """Campaign-attributed sales sit in the social/search/newsletter rows, not in E-commerce."""
    from smm_course.data import channels, funnel
    from smm_course.data.catalog import FUNNEL_SOURCE

    monthly = channels().set_index("channel")["revenue_eur_month"]
    campaign_rows = monthly[list(FUNNEL_SOURCE)].sum() * 12
    assert campaign_rows == pytest.approx(funnel()["revenue_eur"].sum(), rel=1e-4)
    for lesson in ("02_business_model_canvas.ipynb", "06_canali_ecosistema.ipynb"):
        _cell_with(lesson, "conta solo le vendite online che non arrivano dalle campagne")
    capstone = "\n".join(c.source for c in read(LESSON_DIR / "07_documento_strategico.ipynb").cells)
    assert '"Fatturato online (€)"' not in capstone
    assert "lo shop online ha fatturato" not in capstone
    assert "Fatturato online dalle campagne" in capstone


def test_channel_matrix_key_matches_what_the_table_says():
    """Italian Instagram tags link to the website; the newsletter reaches only subscribers."""
    from smm_course.data import channels

    key = channels().set_index("channel")
    assert not key.loc["instagram", "purchase"]
    assert not key.loc["newsletter", "awareness"] and not key.loc["ecommerce", "awareness"]
    assert key.loc["marketplace", "after_sales"] and not key.loc["resellers", "after_sales"]
    table = _cell_with("06_canali_ecosistema.ipynb", "| canale | che cosa fa oggi |")
    assert "si comprano nell'app" not in table
    assert "non arrivano mai a Dolce Vetta" in table
