"""Shared fixtures for the picture tests: headless backend, sample answers, pixel reader."""

from __future__ import annotations

import struct
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

LONG_TEXT = ("<script>alert('x')</script> Cioccolato 🍫🎁 $5 & $10 <b>bold</b> " * 400)[:20_000]


def read_png_size(path: Path) -> tuple[int, int]:
    """(width, height) read from a PNG header."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.fixture
def png_size():
    return read_png_size


@pytest.fixture
def long_text() -> str:
    return LONG_TEXT


@pytest.fixture
def sample_canvas() -> dict[str, str]:
    return {
        "customer_segments": "Famiglie di Torino, turisti in Via Po, aziende per i regali",
        "value_propositions": "Cioccolato artigianale con nocciole del Piemonte",
        "channels": "Negozio di Via Po, e-commerce dolcevetta.example, Instagram",
        "customer_relationships": "Assistenza in negozio, newsletter, tessera fedeltà",
        "revenue_streams": "Vendita di praline, tavolette, uova di Pasqua, regali aziendali",
        "key_resources": "Laboratorio, ricette, il marchio, le maestre cioccolatiere",
        "key_activities": "Produzione, confezionamento, contenuti social",
        "key_partners": "Produttori di nocciole, corrieri, gastronomie",
        "cost_structure": "Materie prime, affitto del negozio, personale, pubblicità",
    }


@pytest.fixture
def sample_journey() -> dict[str, dict[str, object]]:
    return {
        "awareness": {"actions": "Vede un reel", "touchpoints": "Instagram", "emotions": 1},
        "consideration": {"actions": "Legge le recensioni", "emotions": "0"},
        "purchase": {"touchpoints": "Negozio", "emotions": -1, "pain_points": "Coda"},
        "retention": {"touchpoints": "Newsletter", "emotions": 2},
        "advocacy": {"opportunities": "Programma porta un amico", "emotions": "+1"},
    }
