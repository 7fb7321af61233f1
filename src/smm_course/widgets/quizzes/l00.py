"""The quizzes of lesson 00: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.widgets.questions import MultipleChoice, Question, SingleChoice

__all__ = ["quiz_corso"]


def quiz_corso() -> tuple[Question, ...]:
    """The questions of l00.quiz_corso, with their answers."""
    return (
        SingleChoice(
            "dove",
            "Dove finiscono le risposte che scrivi nelle schede?",
            (
                "Nel quaderno di lavoro, un file nella tua cartella del corso",
                "Solo nella memoria del notebook: chiudendolo si perdono",
                "Su un server esterno, attraverso Internet",
            ),
            0,
            explanations=(
                "Ogni risposta va nel quaderno di lavoro, il file "
                "workbook.json nella cartella del corso.",
                "No: il quaderno è un file sul disco, quindi le risposte "
                "restano anche se chiudi il notebook.",
                "No: il corso funziona senza Internet e non manda le risposte a nessun server.",
            ),
        ),
        SingleChoice(
            "danneggiato",
            "Il file del quaderno si è danneggiato. Che cosa fa il corso?",
            (
                "Lo mette da parte intatto, ne apre uno nuovo e ti dice dov'è la copia",
                "Lo cancella e ricomincia da zero senza avvisarti",
                "Si blocca finché non lo ripari a mano",
            ),
            0,
            explanations=(
                "Il file rovinato non viene mai sovrascritto: resta da parte,"
                " e il corso ti dice dove.",
                "No: il corso non cancella mai il tuo lavoro, nemmeno un file danneggiato.",
                "No: il corso continua a funzionare con un quaderno nuovo, "
                "senza bisogno di riparazioni.",
            ),
        ),
        MultipleChoice(
            "verifica",
            "Che cosa fa il pulsante Verifica? (più risposte)",
            (
                "Controlla la risposta e ti dice che cosa manca",
                "Salva la risposta e il tentativo nel quaderno",
                "Mostra subito la soluzione completa",
                "Assegna il voto finale del corso",
            ),
            frozenset({0, 1}),
            explanations=(
                "Sì: Verifica dice che cosa va e che cosa manca, senza rivelare la risposta.",
                "Sì: ogni verifica salva la risposta e registra il tentativo con il punteggio.",
                "No: la soluzione ha un pulsante a parte, che compare solo "
                "dopo il primo tentativo.",
                "No: le autoverifiche non danno voti; il voto viene dagli esercizi valutati.",
            ),
        ),
        SingleChoice(
            "soluzione",
            "Quando compare il pulsante Mostra soluzione?",
            (
                "Dopo il primo tentativo, se il docente lo consente",
                "Solo dopo tre risposte corrette di fila",
                "Mai: le autoverifiche non hanno soluzioni",
            ),
            0,
            explanations=(
                "Il pulsante compare dopo il primo tentativo, e solo se il "
                "docente non l'ha nascosto.",
                "No: non serve rispondere bene tre volte; basta un primo tentativo.",
                "No: ogni autoverifica ha la sua soluzione, da guardare dopo aver provato.",
            ),
        ),
    )
