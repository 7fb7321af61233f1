"""A shop owner fills the channel plan as a table in JupyterLab: add rows, Italian errors, saved."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import nbformat
import pytest
from playwright.sync_api import Page, expect

from smm_course.frameworks.race import Kpi, RaceStage

from .conftest import screenshot
from .lab import assert_no_widget_errors, open_notebook, run_all

pytestmark = pytest.mark.e2e

ROWS = [
    ("Instagram", RaceStage.REACH, Kpi.REACH, "120",
     "Raggiungere 20.000 persone al mese con i reel entro giugno 2026", "Lucia"),
    ("Sito", RaceStage.CONVERT, Kpi.REVENUE, "1.500",
     "Vendere 200 ciotole online entro settembre 2026", "Marco"),
    ("Newsletter", RaceStage.ENGAGE, Kpi.REPEAT_PURCHASE_RATE, "0",
     "Portare al 25% il tasso di riacquisto degli iscritti entro dicembre 2026", "Lucia"),
    ("Laboratori", RaceStage.ACT, Kpi.SIGN_UPS, "80,50",
     "Ottenere 30 prenotazioni per i laboratori entro maggio 2026", "Sara"),
]  # fmt: skip


def _kpi_label(stage: RaceStage, kpi: Kpi) -> str:
    return f"{kpi.label('it')} · {stage.label('it')}"


def _fill_row(page: Page, index: int, row: tuple) -> None:
    channel, stage, kpi, budget, objective, owner = row
    line = page.locator(".smm-plan-row").nth(index)
    line.scroll_into_view_if_needed()
    for field, text in (("canale", channel), ("obiettivo", objective), ("budget", budget),
                        ("responsabile", owner)):  # fmt: skip
        box = line.locator(f".smm-plan-{field} input")
        box.fill(text)
        box.blur()
    line.locator(".smm-plan-fase select").select_option(label=stage.label("it"))
    line.locator(".smm-plan-kpi select").select_option(label=_kpi_label(stage, kpi))


def _saved_plan(home) -> list[dict]:
    data = json.loads((home / ".smm_course" / "workbook.json").read_text(encoding="utf-8"))
    return data["answers"]["l07.canali"]["value"]


def test_shop_owner_fills_the_channel_plan_form(jupyter_server, page: Page):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(
            "from smm_course.widgets.plan_forms import ChannelPlanForm\n"
            'ChannelPlanForm("l07.canali")'
        )
    ]
    notebook.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"
    }  # fmt: skip
    nbformat.write(notebook, jupyter_server.root / "piano_canali.ipynb")
    url = jupyter_server.lab("piano_canali.ipynb")
    open_notebook(page, url)
    run_all(page)
    expect(page.locator(".smm-plan-row")).to_have_count(4, timeout=30_000)
    expect(page.locator(".smm-plan-title").first).to_contain_text("Il piano d'uso dei canali")
    assert_no_widget_errors(page)

    # a budget written in words gets an Italian message naming the row, not a SyntaxError
    _fill_row(page, 0, (*ROWS[0][:3], "centoventi", *ROWS[0][4:]))
    page.locator("button.smm-plan-check").first.click()
    feedback = page.locator(".smm-plan-feedback").first
    expect(feedback).to_contain_text(
        "Riga 1: «Budget (€/mese)» deve essere un numero", timeout=20_000
    )
    expect(feedback).not_to_contain_text("SyntaxError")

    for index, row in enumerate(ROWS):
        _fill_row(page, index, row)
    page.locator("button.smm-plan-add-row").first.click()
    expect(page.locator(".smm-plan-row")).to_have_count(5, timeout=20_000)
    page.locator("button.smm-plan-check").first.click()
    expect(feedback).to_contain_text("Corretto", timeout=20_000)
    expect(feedback).to_contain_text("Budget mensile del piano: 1.700 €")
    page.locator(".smm-plan").first.scroll_into_view_if_needed()
    screenshot(page, "09-channel-plan-form")

    saved = _saved_plan(jupyter_server.home)
    assert [row["canale"] for row in saved[:4]] == [row[0] for row in ROWS]
    assert [row["budget"] for row in saved[:4]] == [120.0, 1500.0, 0.0, 80.5]
    assert [row["fase"] for row in saved[:4]] == [row[1].id for row in ROWS]
    assert saved[4] == {"canale": "", "fase": "", "obiettivo": "", "kpi": "", "budget": "",
                        "responsabile": ""}  # fmt: skip

    page.reload()
    open_notebook(page, url)
    run_all(page)
    expect(page.locator(".smm-plan-row")).to_have_count(5, timeout=30_000)
    expect(page.locator(".smm-plan-row").nth(3).locator(".smm-plan-budget input")).to_have_value(
        "80,5"
    )
    expect(page.locator(".smm-plan-row").nth(1).locator(".smm-plan-canale input")).to_have_value(
        "Sito"
    )


def test_shop_owner_describes_her_business_once(jupyter_server, page: Page):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [
        nbformat.v4.new_code_cell(
            "from smm_course.widgets.business import ProfileForm\nProfileForm()"
        ),
        nbformat.v4.new_code_cell(
            "from smm_course.widgets.own_forms import for_my_business\n"
            'for_my_business("l07.canali")'
        ),
    ]
    notebook.metadata["kernelspec"] = {
        "name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"
    }  # fmt: skip
    nbformat.write(notebook, jupyter_server.root / "profilo.ipynb")
    url = jupyter_server.lab("profilo.ipynb")
    open_notebook(page, url)
    run_all(page)
    typed = {
        "name": "Ceramiche Ferretti",
        "sector": "ceramica artigianale",
        "city": "Deruta (PG)",
        "channels": "negozio, Etsy, Instagram",
    }
    for field, text in typed.items():
        box = page.locator(f".smm-profile-{field} input")
        box.fill(text)
        box.blur()
    page.locator("button.smm-profile-save").click()
    feedback = page.locator(".smm-profile-feedback").first
    expect(feedback).to_contain_text("Profilo salvato", timeout=20_000)
    expect(feedback).to_contain_text("Mancano i prodotti o servizi")
    data = json.loads(
        (jupyter_server.home / ".smm_course" / "workbook.json").read_text(encoding="utf-8")
    )
    assert data["profile"]["name"] == "Ceramiche Ferretti"
    assert data["profile"]["channels"] == ["negozio", "Etsy", "Instagram"]
    assert data["settings"]["subject"] == "own"
    run_all(page)  # the forms of every lesson now speak of her business
    expect(page.locator(".smm-plan-title").first).to_contain_text("Ceramiche Ferretti")
    assert_no_widget_errors(page)
    # the other browser tests share this learner: back to the case study
    env = {**os.environ, "SMM_COURSE_HOME": str(jupyter_server.home / ".smm_course")}
    back = [sys.executable, "-m", "smm_course.cli", "profile", "--use", "case"]
    subprocess.run(back, env=env, capture_output=True, timeout=60, check=True)
