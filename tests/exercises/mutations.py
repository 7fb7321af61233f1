"""Typical wrong answers per exercise: text edits of the solution cells and what they must cost."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mistake:
    """Edits (grade id, old text, new text) and the test cells that must then fail."""

    edits: tuple[tuple[str, str, str], ...]
    failing: frozenset[str]
    phrases: tuple[str, ...]  # parts of the Italian messages the learner must see


MISTAKES: dict[str, Mistake] = {
    "m01_touchpoint": Mistake(
        edits=(
            ("classificazione", '"controllo": "spontaneo"', '"controllo": "gestito"'),
            ("classificazione", '"fase": "acquisto"', '"fase": "post-acquisto"'),
            ("quota_digitale", "costo_per_natura.sum()", "costo_per_natura.sum() * 100"),
        ),
        failing=frozenset({"test_classificazione_tutte", "test_quota_digitale"}),
        phrases=("Non tutte le 24 scelte sono giuste", "frazione tra 0 e 1"),
    ),
    "m02_canvas": Mistake(
        edits=(
            ("blocchi", '"customer_relationships",', '"channels",'),
            ("blocchi", '"key_partners",', '"key_activities",'),
            ("blocchi", '"cost_structure",', '"revenue_streams",'),
            ("ricavi", "sort_values(ascending=False)", "sort_values()"),
        ),
        failing=frozenset({"test_blocchi_quasi", "test_blocchi_tutti", "test_ricavi"}),
        phrases=("Affermazioni nel blocco giusto: 7 su 10", "Ordina ricavi"),
    ),
    "m03_journey": Mistake(
        edits=(
            ("mappa", '"emotions": -1', '"emotions": 1'),
            ("mappa", '"emotions": -2', '"emotions": 2'),
            ("consegna", "case=False", "case=True"),
        ),
        failing=frozenset({"test_mappa_completa", "test_consegna_valori"}),
        phrases=("nessun momento negativo", "numero di recensioni sulla consegna"),
    ),
    "m04_zmot": Mistake(
        edits=(
            ("momenti", '"SMOT",', '"ZMOT",'),
            ("momenti", '"SMOT",', '"ZMOT",'),
            ("momenti", '"FMOT",', '"SMOT",'),
            ("top_parole", 'recensioni[recensioni["rating"] <= 2]', "recensioni"),
        ),
        failing=frozenset({"test_momenti_quasi", "test_momenti_tutti", "test_top_parole_valori"}),
        phrases=("Episodi nel momento giusto: 5 su 8", "parole più frequenti"),
    ),
    "m05_sostac_race": Mistake(
        edits=(
            ("obiettivo", " entro il 31 dicembre 2026", ""),
            ("kpi", 'totali_canale["new_customers"]', 'totali_canale["orders"]'),
        ),
        failing=frozenset({"test_smart_scadenza", "test_kpi_aov_cac", "test_decisione"}),
        phrases=("Definito nel tempo: no", "Il CAC non è giusto"),
    ),
    "m06_canali": Mistake(
        edits=(
            ("tabella", 'race.roi(tabella["profitto"]', 'race.roi(con_costo["revenue_eur_month"]'),
            ("grafico", 'ax.axhline(0, color="black", linewidth=0.8)', "pass"),
        ),
        failing=frozenset({"test_tabella_roi", "test_grafico_forma", "test_grafico_valori"}),
        phrases=("con il profitto e non il fatturato", "linea orizzontale sullo zero"),
    ),
}
