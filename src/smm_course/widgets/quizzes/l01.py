"""The quizzes of lesson 01: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.frameworks.touchpoints import Control, Nature, Phase
from smm_course.widgets.questions import MultipleChoice, Question, SingleChoice

__all__ = ["quiz_definizione"]


def quiz_definizione() -> tuple[Question, ...]:
    """The questions of l01.quiz_definizione, with their answers."""
    fasi = tuple(fase.label() for fase in Phase)
    return (
        SingleChoice(
            "definizione",
            "Che cos'è un brand touchpoint?",
            (
                "Ogni occasione di contatto tra una persona e il brand, online o offline",
                "Solo la pubblicità a pagamento del brand",
                "Il punto vendita fisico dell'azienda",
                "Il logo e i colori del brand",
            ),
            0,
            explanations=(
                "È la definizione: conta ogni contatto, online o offline, "
                "anche quelli che il brand non decide.",
                "No: la pubblicità è solo uno dei tanti touchpoint; ci sono "
                "anche recensioni, negozio, confezione.",
                "No: il negozio è un touchpoint importante, ma non l'unico.",
                "No: logo e colori sono elementi dell'identità del brand, non"
                " occasioni di contatto.",
            ),
        ),
        SingleChoice(
            "foto_cliente",
            "Una cliente pubblica su Instagram la foto delle praline Dolce Vetta "
            "ricevute in regalo. Che touchpoint è, per Dolce Vetta?",
            (
                f"{Nature.DIGITAL.label()} e {Control.SPONTANEOUS.label()}",
                f"{Nature.DIGITAL.label()} e {Control.MANAGED.label()}",
                f"{Nature.PHYSICAL.label()} e {Control.SPONTANEOUS.label()}",
                f"{Nature.PHYSICAL.label()} e {Control.MANAGED.label()}",
            ),
            0,
            explanations=(
                "Avviene online ed è la cliente a decidere che cosa "
                "pubblicare: digitale e spontaneo.",
                "Digitale sì, ma non gestito: Dolce Vetta non decide che cosa pubblica la cliente.",
                "Spontaneo sì, ma Instagram è online: il touchpoint è digitale.",
                "Né fisico né gestito: è un post online scritto da una cliente.",
            ),
        ),
        MultipleChoice(
            "newsletter",
            "In quali fasi lavora la newsletter mensile di Dolce Vetta?",
            fasi,
            frozenset({0, 2}),
            explanations=(
                "Sì: la newsletter fa scoprire novità e scatole di stagione prima dell'acquisto.",
                "No: la newsletter porta al sito, ma l'acquisto avviene "
                "sull'e-commerce o in negozio.",
                "Sì: dopo l'acquisto mantiene la relazione, chiede un parere "
                "e propone di riordinare.",
            ),
        ),
        SingleChoice(
            "verita",
            "In quale fase avviene il «momento della verità», la conversione?",
            fasi,
            1,
            explanations=(
                "No: prima dell'acquisto il cliente scopre e valuta, ma non ha ancora deciso.",
                "È la fase dell'acquisto: alla cassa o sul carrello il "
                "cliente decide, è il momento della verità.",
                "No: dopo l'acquisto conta l'esperienza, ma la conversione è già avvenuta.",
            ),
        ),
    )
