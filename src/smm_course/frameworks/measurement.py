"""Measuring a plan (lesson 08): budget moves read from attribution, limits, the measurement plan.

Pure content and arithmetic; pandas is imported only inside `budget_moves`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from smm_course.frameworks.concepts import Aliases, Concept, Text

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BASELINE",
    "THRESHOLD",
    "BudgetMove",
    "MeasurementLimit",
    "PlanField",
    "budget_moves",
]

BASELINE = "last"  # the model most analytics tools show by default: last click
THRESHOLD = 0.15  # a channel moves when its credit changes by more than 15% of the baseline


class BudgetMove(Concept):
    """What a model suggests for a channel's budget, compared with last click."""

    INCREASE = (
        "increase",
        Text("Aumentare", "Increase"),
        Text(
            "Il modello dà al canale molto più merito dell'ultimo clic: l'ultimo clic lo "
            "sottovaluta, il budget potrebbe crescere.",
            "The model gives the channel much more credit than last click: last click "
            "undervalues it, its budget could grow.",
        ),
        Aliases("aumenta", "più budget", "more"),
    )
    KEEP = (
        "keep",
        Text("Mantenere", "Keep"),
        Text(
            "Il merito cambia poco tra i due modelli: nessun motivo di spostare budget.",
            "The credit changes little between the two models: no reason to move budget.",
        ),
        Aliases("mantieni", "invariato", "same"),
    )
    DECREASE = (
        "decrease",
        Text("Ridurre", "Decrease"),
        Text(
            "Il modello dà al canale molto meno merito dell'ultimo clic: l'ultimo clic lo "
            "sopravvaluta, il budget potrebbe scendere.",
            "The model gives the channel much less credit than last click: last click "
            "overvalues it, its budget could shrink.",
        ),
        Aliases("riduci", "meno budget", "less"),
    )


class MeasurementLimit(Concept):
    """What an attribution model cannot see."""

    COOKIES = (
        "cookies",
        Text("Cookie e consenso", "Cookies and consent"),
        Text(
            "Chi rifiuta i cookie, cambia dispositivo o cancella la cronologia spezza il "
            "percorso: il tracciamento vede pezzi di journey, spesso solo l'ultimo.",
            "Whoever refuses cookies, switches device or clears their history breaks the "
            "path: tracking sees pieces of journeys, often only the last one.",
        ),
    )
    OFFLINE = (
        "offline",
        Text("Contatti offline", "Offline touchpoints"),
        Text(
            "Il negozio, il passaparola, la stampa e le fiere non lasciano traccia nei dati "
            "online: nessun modello può dar loro merito.",
            "The shop, word of mouth, the press and fairs leave no trace in online data: no "
            "model can give them credit.",
        ),
        Aliases("offline", "touchpoint offline"),
    )
    CORRELATION = (
        "correlation",
        Text("Correlazione, non causalità", "Correlation, not causation"),
        Text(
            "Un canale presente nei percorsi di chi compra non è per forza la causa "
            "dell'acquisto: molti avrebbero comprato comunque.",
            "A channel found in buyers' paths is not necessarily the cause of the purchase: "
            "many would have bought anyway.",
        ),
        Aliases("correlazione", "causalita", "causalità"),
    )
    INCREMENTALITY = (
        "incrementality",
        Text("Test di incrementalità", "Incrementality test"),
        Text(
            "Si spegne (o si riduce) un canale per un gruppo o una zona e lo si lascia acceso "
            "per un gruppo di controllo: la differenza nelle vendite è l'effetto vero.",
            "A channel is switched off (or reduced) for a group or an area and left on for a "
            "control group: the difference in sales is the true effect.",
        ),
        Aliases("incrementalità", "incrementalita", "test di incrementalita", "holdout"),
    )


class PlanField(Concept):
    """One part of the measurement plan the learner writes (lesson 08, strategy document)."""

    MODEL = (
        "model",
        Text("Modello di attribuzione scelto", "Chosen attribution model"),
        Text(
            "Quale modello usare nel cruscotto, e perché si adatta ai percorsi del brand.",
            "Which model to use in the dashboard, and why it fits the brand's paths.",
        ),
    )
    DECISION = (
        "decision",
        Text("Decisione di budget", "Budget decision"),
        Text(
            "Quale canale guadagna o perde budget secondo il modello, con i numeri.",
            "Which channel gains or loses budget according to the model, with the numbers.",
        ),
    )
    TEST = (
        "test",
        Text("Test di incrementalità", "Incrementality test"),
        Text(
            "Quale canale mettere alla prova, come (gruppo o zona di controllo) e per quanto.",
            "Which channel to put to the test, how (control group or area) and for how long.",
        ),
    )
    OFFLINE = (
        "offline",
        Text("Contatti offline", "Offline touchpoints"),
        Text(
            "Come contare ciò che il tracciamento non vede: negozio, passaparola, stampa.",
            "How to count what tracking cannot see: the shop, word of mouth, the press.",
        ),
    )


def _move(change: float, base: float, threshold: float) -> BudgetMove:
    if abs(change) <= threshold * max(abs(base), 1e-9):
        return BudgetMove.KEEP
    return BudgetMove.INCREASE if change > 0 else BudgetMove.DECREASE


def budget_moves(
    credit: Any, model: str, baseline: str = BASELINE, threshold: float = THRESHOLD
) -> pd.DataFrame:
    """Per channel: credit under `baseline` and `model`, the change and the BudgetMove id.

    `credit` is `attribution.compare(...)` (channels as rows, model ids as columns).
    Sorted from the channel that gains most to the one that loses most.
    """
    import pandas as pd

    frame = pd.DataFrame(credit)
    base, other = frame[baseline].astype(float), frame[model].astype(float)
    change = other - base
    moves = [_move(c, b, threshold).id for c, b in zip(change, base, strict=True)]
    out = pd.DataFrame(
        {baseline: base, model: other, "change": change, "move": moves}, index=frame.index
    )
    return out.sort_values("change", ascending=False)
