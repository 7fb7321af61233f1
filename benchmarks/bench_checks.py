"""Checkers: check_smart on typical and pathological text, the other checkers on typical input."""

from __future__ import annotations

import argparse
import random

from _common import median, p95, print_table, timed

from smm_course.checks import check_canvas, check_journey, check_number, check_smart

TYPICAL = (
    "Aumentare del 20% le vendite online di tavolette e praline entro il 31/12/2027, "
    "puntando sulle famiglie torinesi e sui turisti che visitano il negozio di via Po; "
    "misureremo ordini, tasso di conversione e iscritti alla newsletter ogni mese, con un "
    "budget di 5.000 euro per Instagram e Google. Raddoppiare le recensioni entro Natale."
)


def hostile_texts(seed: int = 1) -> dict[str, str]:
    """Inputs built to provoke regex backtracking, each well over the 20,000-char cut."""
    rng = random.Random(seed)
    alphabet = "0123456789 .,/-%€$aeiouentrodq'°+x"
    return {
        "digits": "1" * 100_000,
        "dotted digits": "1." * 50_000,
        "commas": "1," * 50_000,
        "years": "2027 " * 20_000,
        "spaces": " " * 100_000,
        "one long word": "a" * 100_000,
        "random symbols": "".join(rng.choice(alphabet) for _ in range(100_000)),
        "emoji": "🍫😀" * 50_000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    canvas = dict.fromkeys(
        (
            "customer_segments",
            "value_propositions",
            "channels",
            "customer_relationships",
            "revenue_streams",
            "key_resources",
            "key_activities",
            "key_partners",
            "cost_structure",
        ),
        "Famiglie torinesi e turisti in visita",
    )
    journey = {
        s: {"touchpoints": "Instagram", "actions": "Guarda un reel", "emotions": 1}
        for s in ("awareness", "consideration", "purchase", "retention", "advocacy")
    }
    cases = {
        f"check_smart, {len(TYPICAL)} chars": lambda: check_smart(TYPICAL),
        "check_canvas, 9 blocks": lambda: check_canvas(canvas),
        "check_journey, 5 stages": lambda: check_journey(journey),
        "check_number, '4,2%'": lambda: check_number("4,2%", 0.042),
    }
    rows = []
    for name, func in cases.items():
        func()  # warm caches
        times = timed(func, args.repeat)
        rows.append((name, median(times) * 1000, p95(times) * 1000))
    for name, text in hostile_texts().items():
        times = timed(lambda text=text: check_smart(text), 5)
        rows.append(
            (f"check_smart, {name} ({len(text):,} chars)", median(times) * 1000, max(times) * 1000)
        )
    print_table("Checkers (ms)", ("case", "median ms", "p95 / max ms"), rows)


if __name__ == "__main__":
    main()
