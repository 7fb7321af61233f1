"""The quizzes of lesson 06: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.frameworks.channels import (
    AutomationUse,
)
from smm_course.widgets.questions import Matching, MultipleChoice, Question, SingleChoice

__all__ = ["quiz_canali"]


def quiz_canali() -> tuple[Question, ...]:
    """The questions of l06.quiz_canali, with their answers."""
    return (
        MultipleChoice(
            "costi_diretti",
            "Quali costi ha davvero l'e-commerce di Dolce Vetta, che è un canale diretto?",
            (
                "Il tempo e le persone che lo gestiscono",
                "Il traffico da portare con inserzioni, social e newsletter",
                "La creazione dei contenuti: foto, testi, schede prodotto",
                "Una commissione a un partner su ogni vendita",
                "Nessuno: è di Dolce Vetta, quindi è gratis",
            ),
            frozenset({0, 1, 2}),
            explanations=(
                "Sì: qualcuno aggiorna il sito, prepara gli ordini e risponde ai clienti.",
                "Sì: un canale diretto non ha traffico proprio, va generato.",
                "Sì: foto, testi e schede prodotto costano su ogni canale.",
                "No: la commissione si paga sui canali indiretti, come il marketplace.",
                "No: un canale diretto non si paga a un partner, ma costa "
                "tempo, persone e traffico.",
            ),
        ),
        SingleChoice(
            "indiretti",
            "Che cosa compra Dolce Vetta quando vende sul marketplace online?",
            (
                "Spazio e visibilità davanti a un pubblico che il partner ha già, pagati "
                "con una commissione",
                "La proprietà dei dati di tutti i clienti del marketplace",
                "Niente: i canali indiretti sono gratuiti",
            ),
            0,
            explanations=(
                "Sì: la commissione paga il pubblico che il marketplace ha già.",
                "No: i clienti e i loro dati restano in gran parte del marketplace.",
                "No: si pagano in commissioni, margine ceduto o spazio acquistato.",
            ),
        ),
        Matching(
            "automazioni",
            "Abbina ogni messaggio automatico allo scopo che serve.",
            (
                (
                    "Un'e-mail di benvenuto con una ricetta a chi si iscrive alla newsletter",
                    AutomationUse.ENGAGEMENT.label(),
                ),
                (
                    "Tre giorni dopo la consegna, un messaggio che chiede com'erano le praline",
                    AutomationUse.FOLLOW_UP.label(),
                ),
                (
                    "Un promemoria a chi ha lasciato una scatola di gianduiotti nel carrello",
                    AutomationUse.ABANDONED_CART.label(),
                ),
                (
                    "Un buono per il compleanno ai clienti con più di tre ordini",
                    AutomationUse.LOYALTY.label(),
                ),
                (
                    "La guida «Regali aziendali» scaricabile lasciando l'e-mail dell'azienda",
                    AutomationUse.LEAD_CREATION.label(),
                ),
            ),
            explanations=(
                "Parte subito dopo l'iscrizione per avviare la relazione: coinvolgimento.",
                "Parte dopo la consegna per sapere com'è andata: follow-up.",
                "Parte quando un acquisto resta a metà: carrello abbandonato.",
                "Premia chi compra spesso: fidelizzazione.",
                "Raccoglie il contatto di chi non è ancora cliente: creazione di lead.",
            ),
        ),
        SingleChoice(
            "cookie",
            "Sul sito di Dolce Vetta c'è il pixel delle inserzioni, che traccia i visitatori. "
            "Quando si può attivare?",
            (
                "Solo dopo che il visitatore ha accettato quei cookie nel banner",
                "Sempre, se l'informativa privacy lo dice",
                "Sempre, perché i dati servono solo alle inserzioni",
            ),
            0,
            explanations=(
                "Sì: i cookie non tecnici richiedono il consenso preventivo nel banner.",
                "No: l'informativa spiega, ma non sostituisce il consenso.",
                "No: proprio perché servono alle inserzioni, e non al sito, serve il consenso.",
            ),
        ),
        SingleChoice(
            "segmenti",
            "Da quale punto del Business Model Canvas conviene partire per scegliere i "
            "canali di Dolce Vetta?",
            (
                "Dai segmenti di clientela: ogni segmento va raggiunto con i canali che "
                "fanno risaltare la sua proposta di valore",
                "Dai canali più di moda: se ci sono tutti, bisogna esserci",
                "Dai canali meno costosi, qualunque sia il cliente",
            ),
            0,
            explanations=(
                "Sì: i clienti non sono tutti uguali, e i canali si scelgono per segmento, "
                "come dice l'articolo del corso.",
                "No: un canale di moda che il segmento non usa, o che non si riesce a "
                "curare, lavora contro il brand.",
                "No: il costo conta, ma un canale economico che non raggiunge il segmento "
                "giusto non rende.",
            ),
        ),
    )
