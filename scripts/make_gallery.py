"""Draw one PNG of every course picture into docs/gallery/ (or --out DIR) for the README.

Uses the Cioccolateria Dolce Vetta case-study data from `smm_course.data` when it is
installed, and the sample answers below otherwise.

    .venv/bin/python scripts/make_gallery.py [--out DIR] [--lang it|en]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from smm_course import plots

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "docs" / "gallery"

CANVAS = {
    "customer_segments": (
        "Famiglie e appassionati di Torino; turisti in centro (Via Po); aziende che cercano "
        "regali per clienti e dipendenti a Natale e Pasqua."
    ),
    "value_propositions": (
        "Cioccolato artigianale fatto a mano in laboratorio, con nocciole del Piemonte; "
        "gianduiotti e praline freschi; confezioni regalo personalizzate."
    ),
    "channels": (
        "Negozio di Via Po; e-commerce dolcevetta.example; Instagram e Facebook; agente per i "
        "regali aziendali; marketplace."
    ),
    "customer_relationships": (
        "Consiglio personale al banco, degustazioni, newsletter mensile, tessera fedeltà, "
        "assistenza su WhatsApp."
    ),
    "revenue_streams": (
        "Vendita di praline, tavolette, creme spalmabili; scatole di Natale e uova di Pasqua; "
        "ordini aziendali con listino dedicato."
    ),
    "key_resources": "Laboratorio e ricette; le maestre cioccolatiere; il marchio; il negozio.",
    "key_activities": "Produzione, confezionamento, contenuti per i social, spedizioni.",
    "key_partners": "Produttori di cacao e nocciole, corrieri, gastronomie, food blogger.",
    "cost_structure": (
        "Materie prime, personale, affitto del negozio, pubblicità online, commissioni dei "
        "marketplace, spedizioni."
    ),
}

JOURNEY = {
    "awareness": {
        "actions": "Vede un reel sulla lavorazione dei gianduiotti",
        "touchpoints": "Instagram, passaparola",
        "emotions": 1,
        "pain_points": "Non conosce il marchio",
        "opportunities": "Reel dietro le quinte ogni settimana",
    },
    "consideration": {
        "actions": "Legge le recensioni e confronta i prezzi",
        "touchpoints": "Google, sito, TripAdvisor",
        "emotions": 0,
        "pain_points": "Prezzi più alti della grande distribuzione",
        "opportunities": "Spiegare ingredienti e lavorazione",
    },
    "purchase": {
        "actions": "Compra una scatola regalo online",
        "touchpoints": "E-commerce, negozio di Via Po",
        "emotions": -1,
        "pain_points": "Spese di spedizione alte",
        "opportunities": "Spedizione gratuita sopra i 40 €",
    },
    "retention": {
        "actions": "Riceve la newsletter e torna a Pasqua",
        "touchpoints": "Newsletter, tessera fedeltà",
        "emotions": 2,
        "pain_points": "Troppe email nel periodo natalizio",
        "opportunities": "Offerte su misura per i clienti fedeli",
    },
    "advocacy": {
        "actions": "Pubblica l'unboxing e consiglia il negozio",
        "touchpoints": "Instagram, recensioni Google",
        "emotions": 1,
        "pain_points": "Nessun invito a lasciare una recensione",
        "opportunities": "Programma «porta un amico»",
    },
}

FUNNEL = {"reach": 610_000, "act": 9_400, "convert": 1_150, "engage": 320}

CHANNELS = {
    "Negozio di Via Po": dict.fromkeys(
        ("awareness", "evaluation", "purchase", "delivery", "after_sales"), True
    )
    | {"type": "direct"},
    "E-commerce": {
        "evaluation": True,
        "purchase": True,
        "delivery": True,
        "after_sales": True,
        "awareness": False,
        "type": "direct",
    },
    "Instagram": {
        "awareness": True,
        "evaluation": True,
        "purchase": False,
        "delivery": False,
        "after_sales": True,
        "type": "indirect",
    },
    "Marketplace": {
        "awareness": True,
        "evaluation": True,
        "purchase": True,
        "delivery": True,
        "after_sales": False,
        "type": "indirect",
    },
}

PROGRESS = [
    {"lesson": "l00", "title": "Benvenuto", "done": 2, "passed": 2, "attempts": 2, "total": 2},
    {
        "lesson": "l01",
        "title": "Brand touchpoint",
        "done": 4,
        "passed": 3,
        "attempts": 7,
        "total": 4,
    },
    {
        "lesson": "l02",
        "title": "Business Model Canvas",
        "done": 3,
        "passed": 2,
        "attempts": 6,
        "total": 5,
    },
    {
        "lesson": "l03",
        "title": "Customer journey",
        "done": 1,
        "passed": 0,
        "attempts": 3,
        "total": 4,
    },
    {"lesson": "l04", "title": "ZMOT e inbound", "done": 0, "passed": 0, "attempts": 0, "total": 3},
]


def case_study() -> dict[str, Any]:
    """Inputs of every picture: case-study tables when available, sample answers otherwise."""
    inputs: dict[str, Any] = {
        "touchpoints": None,
        "channels": CHANNELS,
        "funnel": FUNNEL,
    }
    try:
        from smm_course import data
    except ImportError:
        from smm_course.frameworks.touchpoints import EXAMPLES

        inputs["touchpoints"] = EXAMPLES
        return inputs
    inputs["touchpoints"] = data.touchpoints()
    inputs["channels"] = data.channels()
    totals = data.funnel()[["reach", "visits", "orders", "returning_customers"]].sum()
    inputs["funnel"] = {
        "reach": int(totals["reach"]),
        "act": int(totals["visits"]),
        "convert": int(totals["orders"]),
        "engage": int(totals["returning_customers"]),
    }
    return inputs


def make_gallery(out: Path, lang: str | None = None) -> list[Path]:
    """Write canvas.png, journey.png, funnel.png, touchpoints.png, channels.png, progress.png."""
    inputs = case_study()
    figures = {
        "canvas": plots.canvas_figure(CANVAS, title="Cioccolateria Dolce Vetta", lang=lang),
        "journey": plots.journey_figure(JOURNEY, lang=lang),
        "funnel": plots.funnel_figure(inputs["funnel"], lang=lang),
        "touchpoints": plots.touchpoint_matrix_figure(inputs["touchpoints"], lang=lang),
        "channels": plots.channel_heatmap_figure(inputs["channels"], lang=lang),
        "progress": plots.progress_figure(PROGRESS, lang=lang),
    }
    written: list[Path] = []
    for name, fig in figures.items():
        written += plots.save_figure(fig, out / name, formats=("png",))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--lang", choices=("it", "en"), default=None)
    args = parser.parse_args(argv)
    for path in make_gallery(args.out, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
