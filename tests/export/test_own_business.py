"""A ceramics shop owner's document: built only from her own answers, never the case study's."""

from __future__ import annotations

import re
from pathlib import Path

from smm_course.data import COMPANY, funnel
from smm_course.export import collect, export_document, to_markdown
from smm_course.frameworks import race
from smm_course.frameworks.business import BusinessProfile, Subject, own_id
from smm_course.widgets.capstone import status_rows
from smm_course.workbook import Workbook
from tests.export.conftest import complete_answers

PROFILE = BusinessProfile(
    name="Ceramiche Ferretti",
    sector="ceramica artigianale",
    offer="piatti, ciotole e laboratori di decorazione",
    city="Deruta (PG)",
    channels=("negozio", "sito", "Etsy", "Instagram"),
    customers="turisti stranieri, hotel e ristoranti dell'Umbria",
)


def own_answers() -> dict[str, object]:
    """Lucia's answers about her own shop, in the shapes the own-business forms save."""
    stages = ("awareness", "consideration", "purchase", "retention", "advocacy")
    return {
        "l07.sintesi.mia": {
            "brand": "Ceramiche Ferretti",
            "executive_summary": "Ceramiche Ferretti è una bottega di Deruta. Obiettivo: "
            "vendere 200 ciotole online entro settembre 2026.",
        },
        "l01.sorter.mia": [
            {
                "name": "Vetrina sul corso",
                "phases": ["pre_purchase"],
                "nature": "physical",
                "control": "managed",
            },
            {
                "name": "Recensioni su TripAdvisor",
                "phases": ["pre_purchase"],
                "nature": "digital",
                "control": "spontaneous",
            },
            {
                "name": "Laboratorio di decorazione",
                "phases": ["purchase", "post_purchase"],
                "nature": "physical",
                "control": "managed",
            },
        ],
        "l02.canvas.mia": {
            "customer_segments": "Turisti americani in visita a Deruta",
            "value_propositions": "Piatti dipinti a mano, spediti a casa",
        },
        "l03.journey.mia": {
            s: {"actions": "Cerca ceramiche di Deruta", "touchpoints": "Etsy", "emotions": e}
            for s, e in zip(stages, (1, -1, 2, 0, 1), strict=True)
        },
        "l03.swot.mia": {
            "touchpoint": "Negozio Etsy",
            "strengths": "Foto delle decorazioni",
            "weaknesses": "Spedizioni lente",
            "opportunities": "Turisti in estate",
            "threats": "Ceramiche industriali a basso prezzo",
        },
        "l04.recensioni.mia": "I voti calano ad agosto per le spedizioni rotte: imballi nuovi.",
        "l05.sostac.mia": {
            "situation": "Vendite online ferme",
            "objectives": "Vendere 200 ciotole online entro settembre 2026",
            "strategy": "Puntare sui turisti che tornano a casa",
        },
        "l05.race.mia": {
            "reach": 12000,
            "visitors": 700,
            "conversions": 21,
            "new_customers": 15,
            "spend": 150.0,
            "revenue": 1260.0,
        },
        "l06.matrice.mia": [
            {"name": "Bottega di Deruta", "type": "direct", "phases": ["purchase", "delivery"]},
            {"name": "Etsy", "type": "indirect", "phases": ["evaluation", "purchase"]},
        ],
        "l07.canali.mia": [
            {
                "canale": "Etsy",
                "fase": "convert",
                "obiettivo": "Vendere 200 ciotole entro settembre 2026",
                "kpi": "revenue",
                "budget": 80.0,
                "responsabile": "Lucia",
            },
        ],
        "l08.misura.mia": {
            "model": "position_based",
            "why": "Etsy apre, la bottega chiude.",
            "decision": "Più foto su Etsy.",
            "test": "Un mese senza inserzioni.",
            "offline": "Chiedere in bottega come ci hanno trovato.",
        },
    }


def case_figures() -> list[str]:
    """Names and numbers of the case study that must never reach her document."""
    data = funnel()
    tiktok = data[data["channel"] == "TikTok"]
    roas = race.roas(tiktok["revenue_eur"].sum(), tiktok["spend_eur"].sum())
    revenue = f"{data['revenue_eur'].sum():,.0f}".replace(",", ".")
    return [
        "Dolce Vetta", "Via Po", "dolcevetta", "Torino", "Chiara", "Bellandi", "gianduiott",
        "cioccolat", COMPANY.name, f"{roas:.2f}".replace(".", ","), f"{roas:.2f}", revenue,
        "Contenuto del blocco", "40.000", "tre post a settimana", "Piemonte",
    ]  # fmt: skip


def ferretti_workbook(path: Path) -> Workbook:
    """Her workbook: the case-study answers she practised on, and her own, with her profile."""
    book = Workbook.open(path)
    for key, value in {**complete_answers(), "l05.kpi": 0.94, **own_answers()}.items():
        book.save_answer(key, value)
    book.set_business_profile(PROFILE)
    book.set_subject(Subject.OWN)
    return book


def leaks(text: str) -> list[str]:
    # the pictures are base64 data: scan the readable text only
    readable = re.sub(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+", "", text)
    return [word for word in case_figures() if word.casefold() in readable.casefold()]


def test_her_document_carries_no_case_study_name_or_figure(tmp_path):
    book = ferretti_workbook(tmp_path / "ferretti.json")
    document = collect(book)
    assert document.brand == "Ceramiche Ferretti"
    markdown = to_markdown(document)
    assert "Vendere 200 ciotole" in markdown and "Bottega di Deruta" in markdown
    assert leaks(markdown) == []
    result = export_document(book, tmp_path / "out", ("md", "html"))
    html = result.paths["html"].read_text(encoding="utf-8")
    assert "Ceramiche Ferretti" in html
    assert leaks(html) == []
    assert "0,94" not in markdown and "0,94" not in html


def test_an_own_brand_learner_can_honestly_complete_every_section(tmp_path):
    document = collect(ferretti_workbook(tmp_path / "ferretti.json"))
    assert document.completed == len(document.sections)
    for section in document.sections:
        assert all(source.endswith(".mia") for source in section.sources), section.id
    states = {row[next(iter(row))]: row for row in status_rows(document)}
    assert len(states) == len(document.sections)


def test_sections_that_need_data_say_where_to_find_her_own_numbers(tmp_path):
    markdown = to_markdown(collect(ferretti_workbook(tmp_path / "ferretti.json")))
    for tool in ("Instagram Insights", "Google Analytics 4", "Shopify", "Google Business Profile"):
        assert tool in markdown


def test_missing_own_parts_point_to_her_forms_not_to_the_case_study(tmp_path):
    book = Workbook.open(tmp_path / "half.json")
    for key, value in complete_answers().items():  # only case-study work so far
        book.save_answer(key, value)
    book.set_business_profile(PROFILE)
    book.set_subject(Subject.OWN)
    document = collect(book)
    assert document.completed == 0
    assert own_id("l02.canvas") in document.section("canvas").missing
    assert leaks(to_markdown(document)) == []


def test_the_case_study_document_is_unchanged_when_she_chooses_the_case(tmp_path):
    book = ferretti_workbook(tmp_path / "ferretti.json")
    book.set_subject(Subject.CASE)
    document = collect(book)
    assert document.brand == "Cioccolateria Dolce Vetta"
    assert "Ceramiche Ferretti" not in to_markdown(document)
