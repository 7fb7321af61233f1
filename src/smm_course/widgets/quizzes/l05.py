"""The quizzes of lesson 05: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.frameworks.sostac import FiveS, SostacStage
from smm_course.widgets.questions import Matching, Question, SingleChoice

__all__ = ["quiz_sostac"]


def quiz_sostac() -> tuple[Question, ...]:
    """The questions of l05.quiz_sostac, with their answers."""
    etichette_fasi = tuple(fase.label() for fase in SostacStage)
    return (
        Matching(
            "domande",
            "Abbina ogni fase di SOSTAC® alla sua domanda guida.",
            tuple((fase.label(), fase.question()) for fase in SostacStage),
            explanations=tuple(f"{fase.label()}: {fase.definition()}" for fase in SostacStage),
        ),
        SingleChoice(
            "tre_m",
            "In quale fase si pianificano le 3M: persone, budget e tempo?",
            etichette_fasi,
            list(SostacStage).index(SostacStage.ACTION),
            explanations=(
                "No: l'analisi guarda dove siamo, non chi fa che cosa.",
                "No: gli obiettivi dicono dove arrivare, non con quali risorse.",
                "No: la strategia è il quadro generale, senza persone né tempi.",
                "No: le tattiche scelgono strumenti e canali; le risorse si assegnano dopo.",
                "Sì: l'azione assegna persone, budget e tempi, le 3M.",
                "No: il controllo misura i risultati, non pianifica le risorse.",
            ),
        ),
        SingleChoice(
            "cinque_s",
            "«Rispondere entro due ore a ogni messaggio privato su Instagram» è un "
            "obiettivo di tipo…",
            tuple(s.label() for s in FiveS),
            list(FiveS).index(FiveS.SERVE),
            explanations=(
                "No: Sell riguarda le vendite; qui si parla di servizio.",
                "Sì: rispondere in fretta migliora il servizio al cliente: Serve.",
                "No: Speak è dialogare con i clienti per conoscerli, non "
                "rispondere alle richieste.",
                "No: Save riguarda i costi risparmiati, non la rapidità del servizio.",
                "No: Sizzle è rendere il brand entusiasmante, non il servizio.",
            ),
        ),
        SingleChoice(
            "ciclo",
            "Quale fase rimanda ciò che si è imparato all'analisi della situazione del "
            "piano successivo?",
            etichette_fasi,
            list(SostacStage).index(SostacStage.CONTROL),
            explanations=(
                "No: l'analisi della situazione riceve ciò che si impara, non lo manda.",
                "No: gli obiettivi si fissano all'inizio, non chiudono il ciclo.",
                "No: la strategia non misura i risultati.",
                "No: le tattiche scelgono gli strumenti, non li valutano.",
                "No: l'azione esegue il piano, non lo misura.",
                "Sì: il controllo misura i risultati e li riporta "
                "nell'analisi del piano successivo.",
            ),
        ),
        SingleChoice(
            "inbound",
            "Una cliente si iscrive alla newsletter e, a dicembre, cerca «gianduiotti "
            "online» su Google e trova Dolce Vetta. Che canali ha scelto?",
            (
                "Canali inbound: è lei a cercare e a farsi raggiungere",
                "Canali outbound: è Dolce Vetta a interromperla con un messaggio",
                "Nessuno: i canali li sceglie sempre l'azienda",
            ),
            0,
            explanations=(
                "Sì: iscriversi e cercare sono scelte della cliente, che decide da quali "
                "canali farsi raggiungere.",
                "No: outbound sarebbe un'inserzione o un manifesto che la raggiunge senza "
                "che l'abbia chiesto.",
                "No: oggi il cliente, sempre connesso, sceglie da sé i canali; per questo "
                "il piano deve integrarne più di uno.",
            ),
        ),
    )
