"""Content checkers on other businesses' answers: check_smart per objective, swot_axis,
check_swot, check_sostac, check_journey and check_review_conclusion (median, p95, max)."""

from __future__ import annotations

import argparse

from _common import median, p95, print_table, timed
from bench_checks import hostile_texts

from smm_course.checks import (
    check_journey,
    check_review_conclusion,
    check_smart,
    check_sostac,
    check_swot,
    swot_axis,
)

OBJECTIVES = (
    "Vendere 200 ciotole online entro settembre 2026",
    "Chiudere 5 accordi con hotel di Perugia entro aprile 2026",
    "Ottenere 30 prenotazioni per i laboratori entro maggio 2026",
    "Raggiungere 500 iscritti alla palestra entro giugno 2027",
    "Portare a 40 le camere prenotate su Booking nel mese di agosto 2026",
    "Aumentare del 15% i tagli donna nel salone entro dicembre 2026",
    "Vendere 1.200 bottiglie di Sagrantino ai ristoranti di Milano entro il 2027",
    "Acquisire 8 nuovi clienti per il software gestionale entro il Q2 2027",
    "Aumentare le vendite",
    "Sell 300 bottles of wine to UK restaurants by March 2027",
    "Get 40 new members for the gym by September 2026",
    "Increase haircut bookings from Instagram by 25% by December 2026",
)
SWOT = {
    "touchpoint": "Bottega di Deruta",
    "strengths": "Il nostro laboratorio produce ceramiche dipinte a mano\nPersonale esperto",
    "weaknesses": "Il nostro sito è lento; abbiamo poco budget per la pubblicità",
    "opportunities": "Molti turisti americani visitano Deruta in estate",
    "threats": "I concorrenti online vendono a prezzi più bassi",
}
PLAN = {
    "situation": "Forno di quartiere a Bologna aperto nel 2015: 180 clienti al giorno, quasi "
    "tutti del quartiere. Due catene aprono vicino a noi. Instagram ha 900 follower.",
    "objectives": "Vendere 150 colombe su prenotazione dal sito entro Pasqua 2026\n"
    "Ottenere 80 nuove recensioni su Google entro giugno 2026",
    "strategy": "Ci rivolgiamo alle famiglie del quartiere: il posizionamento è il forno "
    "artigianale. Prima le prenotazioni in negozio, poi gli ordini sul sito.",
    "tactics": "Cartelli in negozio, post su Instagram ogni martedì, newsletter mensile.",
    "action": "Giulia (commessa) prepara i post ogni lunedì; budget 300 € per i cartelli.",
    "control": "Ogni lunedì controllo le prenotazioni; a fine mese confronto le vendite.",
}
JOURNEY = {
    stage: {
        "actions": "Cerca un regalo e legge le recensioni su Google",
        "touchpoints": "Google Maps",
        "emotions": emotion,
        "pain_points": "Poche foto",
        "opportunities": "Foto dei pezzi unici",
    }
    for stage, emotion in zip(
        ("awareness", "consideration", "purchase", "retention", "advocacy"),
        (1, 0, 2, -1, 1),
        strict=True,
    )
}
CONCLUSION = (
    "Le recensioni della mia bottega di ceramiche calano ad agosto e a novembre perché i "
    "pacchi spediti all'estero arrivano rotti e i clienti si lamentano dei tempi. Propongo "
    "un imballaggio doppio e di rispondere a ogni recensione negativa."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    per_objective: list[float] = []
    for text in OBJECTIVES:
        per_objective += timed(
            lambda text=text: check_smart(text, business="Forno Rossi"), args.repeat
        )
    cases = {
        f"check_smart, each of {len(OBJECTIVES)} objectives of 8 businesses": per_objective,
        "swot_axis, one fact": timed(lambda: swot_axis(SWOT["opportunities"], "it"), args.repeat),
        "check_swot, 4 quadrants, 6 facts": timed(lambda: check_swot(SWOT), args.repeat),
        "check_sostac, 6 stages (2 objectives)": timed(lambda: check_sostac(PLAN), args.repeat),
        "check_journey, 5 stages": timed(lambda: check_journey(JOURNEY), args.repeat),
        "check_review_conclusion, 38 words": timed(
            lambda: check_review_conclusion(CONCLUSION), args.repeat
        ),
    }
    hostile_repeat = max(3, args.repeat // 20)
    for name, text in hostile_texts().items():
        cases[f"check_smart, {name} (100,000 chars)"] = timed(
            lambda text=text: check_smart(text), hostile_repeat
        )
    rows = [
        (name, median(times) * 1000, f"{p95(times) * 1000:.3f} / {max(times) * 1000:.3f}")
        for name, times in cases.items()
    ]
    print_table(
        f"Content checkers on other businesses' answers (ms, {args.repeat} runs each; "
        f"hostile texts {hostile_repeat})",
        ("case", "median ms", "p95 / max ms"),
        rows,
    )


if __name__ == "__main__":
    main()
