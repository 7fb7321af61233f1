"""Workbooks for the export tests: a complete one, an empty one, and helpers."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from smm_course.frameworks import bmc, journey, sostac
from smm_course.workbook import Workbook

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'


def complete_answers() -> dict[str, Any]:
    """One answer for every exercise the document reads, in the shapes the forms save."""
    return {
        "l07.sintesi": {
            "brand": "Cioccolateria Dolce Vetta",
            "executive_summary": "Dolce Vetta porta online la bottega di Via Po.\n\n"
            "Obiettivo: più ordini dall'e-commerce a Natale.",
        },
        "l01.sorter": {
            "newsletter": {"phase": "pre_purchase", "nature": "digital", "control": "managed"},
            "inserzioni_instagram": {
                "phase": "pre_purchase",
                "nature": "digital",
                "control": "managed",
            },
            "negozio_fisico": {"phase": "purchase", "nature": "physical", "control": "managed"},
            "recensioni_online": {
                "phase": "post_purchase",
                "nature": "digital",
                "control": "spontaneous",
            },
        },
        "l02.canvas": {b.id: f"Contenuto del blocco {b.number}" for b in bmc.Block},
        "l03.journey": {
            s.id: {
                "actions": f"azione {s.id}",
                "touchpoints": "Instagram",
                "thoughts": "",
                "emotions": 1,
                "pain_points": "spedizione cara",
                "opportunities": "ritiro in negozio",
            }
            for s in journey.JourneyStage
        },
        "l03.swot": {
            "touchpoint": "E-commerce",
            "strengths": "foto curate",
            "weaknesses": "spedizione lenta",
            "opportunities": "regali aziendali",
            "threats": "marketplace",
        },
        "l04.recensioni": {
            "zmot": "I clienti leggono le recensioni su Google prima di venire in negozio.",
            "risposte": "Rispondere a ogni recensione entro 48 ore.",
        },
        "l05.sostac": {s.id: f"Testo della fase {s.label('it')}" for s in sostac.SostacStage}
        | {"objectives": "Aumentare del 20% gli ordini online entro dicembre 2026 con Instagram"},
        "l05.race": {
            "reach": 40000,
            "visitors": 3200,
            "interactions": 2100,
            "conversions": 96,
            "new_customers": 60,
            "repeat_customers": 24,
            "spend": 1200.0,
            "revenue": 4320.0,
        },
        "l05.kpi": {"reach": "40.000 persone al mese", "conversion_rate": "3 %"},
        "l06.matrice": {
            "negozio_via_po": {"type": "direct", "phases": ["awareness", "purchase", "delivery"]},
            "instagram": {"type": "indirect", "phases": ["awareness", "evaluation"]},
        },
        "l07.canali": {"instagram": "tre post a settimana", "newsletter": "una al mese"},
        "l08.misura": {
            "model": "markov",
            "why": "I percorsi sono lunghi e li aprono i social.",
            "decision": "Spostare 100 € al mese da Google a Instagram.",
            "test": "Quattro settimane senza inserzioni Instagram in Piemonte.",
            "offline": "Codici sconto per la stampa e una domanda in cassa.",
        },
    }


def make_workbook(path: Path, answers: dict[str, Any], learner: str | None = None) -> Workbook:
    """A workbook at `path` holding `answers`."""
    book = Workbook.open(path)
    for key, value in answers.items():
        book.save_answer(key, value)
    if learner:
        book.set_learner(learner)
    return book


@pytest.fixture
def full_workbook(tmp_path: Path) -> Workbook:
    """A workbook with every part of the document filled in."""
    return make_workbook(tmp_path / "full.json", complete_answers(), "Giulia Rossi")


@pytest.fixture
def empty_workbook(tmp_path: Path) -> Workbook:
    """A workbook with no answer at all."""
    return Workbook.open(tmp_path / "empty.json")


class Page(HTMLParser):
    """The parts of an HTML page the tests look at: tags, text per section, headings."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.sections: dict[str, list[str]] = {}
        self.headings: dict[str, str] = {}
        self.text: list[str] = []
        self._section: str | None = None
        self._in_h2 = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "section":
            self._section = (attributes.get("id") or "").removeprefix("section-")
            self.sections[self._section] = []
        self._in_h2 = tag == "h2"

    def handle_endtag(self, tag: str) -> None:
        if tag == "section":
            self._section = None
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._section is not None:
            self.sections[self._section].append(data)
            if self._in_h2:
                self.headings[self._section] = self.headings.get(self._section, "") + data

    def section_text(self, section_id: str) -> str:
        """All text of one section, joined."""
        return " ".join(self.sections.get(section_id, []))
