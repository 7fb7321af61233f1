"""Model solutions of the case-study forms, kept in the package (not in the lesson code)."""

# ruff: noqa: E501  (course content: one sentence a line reads best)

from __future__ import annotations

from types import MappingProxyType
from typing import Any

__all__ = ["CASE_SOLUTIONS", "case_solution"]

# Lesson 03: Davide, purchasing manager of a Turin firm, chooses Christmas gifts for 80 clients.
_JOURNEY = {
    "awareness": {
        "actions": "A ottobre vede su LinkedIn il post di un fornitore che ha regalato le scatole di Dolce Vetta",
        "touchpoints": "LinkedIn, passaparola di un collega",
        "thoughts": "Quest'anno vorrei qualcosa di torinese, non il solito cesto",
        "emotions": 1,
        "pain_points": "Non sa se Dolce Vetta fa ordini per aziende",
        "opportunities": "Una pagina «Regali aziendali» linkata nei post su LinkedIn",
    },
    "consideration": {
        "actions": "Chiede un preventivo per 80 scatole personalizzate con il logo",
        "touchpoints": "Sito, modulo di contatto, preventivo via e-mail",
        "thoughts": "Arriverà in tempo? Posso avere la fattura elettronica?",
        "emotions": -1,
        "pain_points": "Il preventivo arriva dopo quattro giorni e non indica la data di consegna",
        "opportunities": "Preventivo entro 24 ore con data di consegna garantita",
    },
    "purchase": {
        "actions": "Fa approvare il budget al direttore e conferma l'ordine con un acconto",
        "touchpoints": "Agente di Dolce Vetta, e-mail di conferma, fattura",
        "thoughts": "Il direttore ha scelto tra tre proposte: la nostra era la più curata",
        "emotions": 2,
        "pain_points": "Il bonifico di acconto rallenta la conferma",
        "opportunities": "Pagamento a 30 giorni per le aziende già clienti",
    },
    "retention": {
        "actions": "Riceve le scatole il 15 dicembre e le consegna ai clienti",
        "touchpoints": "Corriere, biglietto nella scatola, e-mail di ringraziamento",
        "thoughts": "Due scatole sono arrivate ammaccate: dovrò scusarmi",
        "emotions": -2,
        "pain_points": "Imballo poco protettivo per le spedizioni multiple",
        "opportunities": "Imballo rinforzato e sostituzione in 48 ore delle scatole danneggiate",
    },
    "advocacy": {
        "actions": "Dopo la sostituzione rapida consiglia Dolce Vetta a un'altra azienda",
        "touchpoints": "Passaparola, recensione su Google, LinkedIn",
        "thoughts": "Il problema l'hanno risolto subito: l'anno prossimo riordino",
        "emotions": 1,
        "pain_points": "Nessuno gli chiede un parere dopo le feste",
        "opportunities": "E-mail a gennaio con sconto per il riordino e invito alla recensione",
    },
}

_SWOT = {
    "touchpoint": "Preventivo via e-mail",
    "strengths": "Il preventivo è personalizzato con il logo del cliente e firmato dall'agente",
    "weaknesses": "Arriva dopo quattro giorni e non indica la data di consegna",
    "opportunities": "A novembre le aziende torinesi cercano regali di Natale «made in Torino»",
    "threats": "Le piattaforme di regali aziendali rispondono in un'ora con un listino online",
}

# Lesson 05: a plan different from the worked Christmas example (the corporate-gifts line).
_SOSTAC = {
    "situation": "La linea regali aziendali vale poco (dodici aziende nel 2025) ma ha scontrini "
    "alti; i preventivi arrivano in quattro giorni e due aziende su dieci ricevono scatole "
    "ammaccate. Le piattaforme di regali aziendali rispondono in un'ora.",
    "objectives": "Portare da 12 a 30 le aziende clienti della linea regali entro il 15 "
    "dicembre 2026, con almeno il 50% di riordini dalle aziende del 2025.",
    "strategy": "Target: uffici acquisti e risorse umane delle aziende di Torino, che scelgono "
    "per puntualità più che per prezzo. Posizionamento: il regalo aziendale torinese più "
    "affidabile, che ci distingue dalle piattaforme con preventivo in 24 ore e consegna garantita.",
    "tactics": "Pagina «Regali aziendali» sul sito, post e inserzioni su LinkedIn da "
    "settembre, e-mail ai clienti 2025, imballo rinforzato, pagamento a 30 giorni.",
    "action": "Marco (agente) risponde ai preventivi entro 24 ore; 800 € di inserzioni "
    "LinkedIn tra settembre e novembre; Luca prepara la pagina entro agosto.",
    "control": "Ogni lunedì Marco riporta a Chiara preventivi inviati, tempo di risposta, "
    "ordini confermati e reclami per scatole danneggiate; bilancio a gennaio.",
}

# Lesson 07: the channel plan as the table form saves it (RACE stage and KPI by id).
_CHANNEL_PLAN = [
    {
        "canale": "Instagram",
        "fase": "reach",
        "obiettivo": "Aumentare del 20% la copertura media mensile dei reel entro giugno 2026",
        "kpi": "reach",
        "budget": 400.0,
        "responsabile": "Giulia (social)",
    },
    {
        "canale": "Sito e newsletter",
        "fase": "act",
        "obiettivo": "Raccogliere 600 nuove iscrizioni alla newsletter entro il 31 dicembre 2026",
        "kpi": "sign_ups",
        "budget": 60.0,
        "responsabile": "Luca (e-commerce)",
    },
    {
        "canale": "Google Ads",
        "fase": "convert",
        "obiettivo": "Portare il ROAS delle campagne di Natale ad almeno 4 entro dicembre 2026",
        "kpi": "roas",
        "budget": 500.0,
        "responsabile": "Luca (e-commerce)",
    },
    {
        "canale": "Marketplace online",
        "fase": "convert",
        "obiettivo": "Aumentare del 15% il fatturato del marketplace entro dicembre 2026",
        "kpi": "revenue",
        "budget": 150.0,
        "responsabile": "Luca (e-commerce)",
    },
    {
        "canale": "Negozio di Via Po",
        "fase": "engage",
        "obiettivo": "Portare al 35% il tasso di riacquisto dei clienti con la tessera fedeltà entro dicembre 2026",
        "kpi": "repeat_purchase_rate",
        "budget": 200.0,
        "responsabile": "Chiara",
    },
]

CASE_SOLUTIONS: MappingProxyType[str, Any] = MappingProxyType(
    {
        "l03.journey": _JOURNEY,
        "l03.swot": _SWOT,
        "l05.sostac": _SOSTAC,
        "l07.canali": _CHANNEL_PLAN,
    }
)


def case_solution(exercise_id: str) -> Any:
    """The model solution of a case-study form (a fresh copy), or None."""
    import copy

    found = CASE_SOLUTIONS.get(exercise_id)
    return copy.deepcopy(found) if found is not None else None
