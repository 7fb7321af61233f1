"""The quizzes of lesson 02: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.frameworks.bmc import Block
from smm_course.widgets.questions import Matching, MultipleChoice, Question, SingleChoice

__all__ = ["blocchi", "quiz_blocchi"]


def quiz_blocchi() -> tuple[Question, ...]:
    """The questions of l02.quiz_blocchi, with their answers."""
    return (
        SingleChoice(
            "centro",
            "Quale blocco sta al centro del canvas?",
            (
                Block.VALUE_PROPOSITIONS.label(),
                Block.CUSTOMER_SEGMENTS.label(),
                Block.KEY_RESOURCES.label(),
                Block.CHANNELS.label(),
            ),
            0,
            explanations=(
                "Al centro c'è la proposta di valore: unisce il lato "
                "dell'infrastruttura e quello dei clienti.",
                "No: i segmenti di clientela stanno sul bordo destro del canvas.",
                "No: le risorse chiave stanno a sinistra, nel lato dell'infrastruttura.",
                "No: i canali stanno a destra, sotto le relazioni con i clienti.",
            ),
        ),
        SingleChoice(
            "sotto_relazioni",
            f"Quale blocco si trova sotto «{Block.CUSTOMER_RELATIONSHIPS.label()}»?",
            (
                Block.CHANNELS.label(),
                Block.KEY_RESOURCES.label(),
                Block.REVENUE_STREAMS.label(),
                Block.CUSTOMER_SEGMENTS.label(),
            ),
            0,
            explanations=(
                "Sì: nel lato del cliente le relazioni stanno sopra e i canali sotto.",
                "No: le risorse chiave stanno a sinistra, sotto le attività chiave.",
                "No: i flussi di ricavi stanno nella riga in basso, sotto "
                "tutto il lato del cliente.",
                "No: i segmenti di clientela occupano tutta l'altezza del bordo destro.",
            ),
        ),
        SingleChoice(
            "lato_sinistro",
            "Che cosa descrive il lato sinistro del canvas (partner, attività e risorse chiave)?",
            (
                "L'infrastruttura: come l'impresa produce e consegna la sua proposta",
                "I clienti e il modo in cui l'impresa li raggiunge",
                "Il denaro che entra dalle vendite",
            ),
            0,
            explanations=(
                "Sì: partner, attività e risorse dicono come l'impresa "
                "produce e consegna la proposta.",
                "No: clienti e canali stanno sul lato destro.",
                "No: il denaro che entra sta nei flussi di ricavi, nella riga in basso a destra.",
            ),
        ),
        MultipleChoice(
            "riga_bassa",
            "Quali blocchi occupano la riga in basso?",
            (
                Block.COST_STRUCTURE.label(),
                Block.REVENUE_STREAMS.label(),
                Block.KEY_PARTNERS.label(),
                Block.CHANNELS.label(),
            ),
            frozenset({0, 1}),
            explanations=(
                "Sì: la struttura dei costi sta in basso a sinistra, sotto l'infrastruttura.",
                "Sì: i flussi di ricavi stanno in basso a destra, sotto i clienti che pagano.",
                "No: i partner chiave stanno sul bordo sinistro, in alto.",
                "No: i canali stanno sul lato destro, sotto le relazioni con i clienti.",
            ),
        ),
    )


def blocchi() -> tuple[Question, ...]:
    """The questions of l02.blocchi, with their answers."""
    return (
        Matching(
            "frasi",
            "Abbina ogni frase al blocco del canvas in cui va scritta.",
            (
                (
                    "Le aziende torinesi che a Natale regalano cioccolato a clienti e dipendenti",
                    Block.CUSTOMER_SEGMENTS.label(),
                ),
                (
                    "Gianduiotti fatti a mano con nocciole del Piemonte, in confezioni "
                    "pronte da regalare",
                    Block.VALUE_PROPOSITIONS.label(),
                ),
                ("Lo shop online e il negozio sul marketplace", Block.CHANNELS.label()),
                (
                    "Un referente dedicato che segue ogni ordine aziendale",
                    Block.CUSTOMER_RELATIONSHIPS.label(),
                ),
                (
                    "Vendita delle scatole di Natale a listino, con sconti per quantità",
                    Block.REVENUE_STREAMS.label(),
                ),
                (
                    "Il laboratorio, le ricette di famiglia e i maestri cioccolatieri",
                    Block.KEY_RESOURCES.label(),
                ),
                (
                    "Produrre e confezionare le praline ogni settimana",
                    Block.KEY_ACTIVITIES.label(),
                ),
                (
                    "Il corriere che consegna in 48 ore in tutta Italia",
                    Block.KEY_PARTNERS.label(),
                ),
                (
                    "Affitto del negozio, materie prime e stipendi",
                    Block.COST_STRUCTURE.label(),
                ),
            ),
            explanations=(
                "Dice per chi si crea valore: è un segmento di clientela.",
                "Dice che cosa si offre e perché piace: è la proposta di valore.",
                "Sono le strade con cui il prodotto arriva al cliente: canali.",
                "Descrive come si segue il cliente nel tempo: una relazione.",
                "Dice per che cosa e come pagano i clienti: flussi di ricavi.",
                "È ciò che l'impresa ha e che è difficile da copiare: risorse chiave.",
                "È ciò che l'impresa fa ogni settimana: un'attività chiave.",
                "È qualcuno fuori dall'impresa che lavora con lei: un partner chiave.",
                "Sono voci di spesa: struttura dei costi.",
            ),
        ),
    )
