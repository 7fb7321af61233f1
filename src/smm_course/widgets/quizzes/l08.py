"""The quizzes of lesson 08: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.widgets.questions import MultipleChoice, Question, SingleChoice

__all__ = ["quiz_limiti", "quiz_ultimo_clic"]


def quiz_ultimo_clic() -> tuple[Question, ...]:
    """The questions of l08.quiz_ultimo_clic, with their answers."""
    return (
        SingleChoice(
            "visita_diretta",
            "Elena scopre Dolce Vetta da un reel su Instagram, una settimana dopo digita "
            "l'indirizzo del sito e ordina. Con l'ultimo clic, a chi va il merito dell'ordine?",
            (
                "All'e-commerce (la visita diretta)",
                "A Instagram",
                "Metà a Instagram e metà all'e-commerce",
            ),
            0,
            explanations=(
                "Sì: l'ultimo contatto prima dell'acquisto è la visita diretta, e prende tutto.",
                "No: Instagram ha aperto il percorso, ma con l'ultimo clic conta solo chi lo "
                "chiude.",
                "No: dividere a metà è quello che fa il modello basato sulla posizione con due "
                "contatti, non l'ultimo clic.",
            ),
        ),
        MultipleChoice(
            "sottovalutati",
            "Quali canali di Dolce Vetta l'ultimo clic tende a sottovalutare?",
            (
                "Instagram, che fa scoprire le praline a chi non conosce il brand",
                "TikTok, che porta i primi contatti con i video dal laboratorio",
                "La visita diretta all'e-commerce, che chiude molti percorsi",
                "I contatti a metà percorso, come la newsletter che ricorda le scatole di stagione",
            ),
            frozenset({0, 1, 3}),
            explanations=(
                "Sì: apre i percorsi e raramente li chiude.",
                "Sì: come Instagram lavora sulla consapevolezza, all'inizio del percorso.",
                "No: è proprio il canale che l'ultimo clic premia di più.",
                "Sì: chi sta in mezzo al percorso con l'ultimo clic non riceve nulla.",
            ),
        ),
        SingleChoice(
            "rischio",
            "Chiara guarda solo l'ultimo clic e vede che TikTok «non vende». Qual è il rischio "
            "se taglia TikTok?",
            (
                "Perdere clienti che TikTok fa conoscere e che poi comprano da altri canali",
                "Nessuno: se non vende, non serve",
                "Pagare di più le inserzioni su Google",
            ),
            0,
            explanations=(
                "Sì: meno persone entrano nel percorso, e più avanti calano anche le vendite "
                "attribuite agli altri canali.",
                "No: l'ultimo clic non vede il lavoro fatto all'inizio del percorso.",
                "No: il costo delle inserzioni su Google non dipende da TikTok; il rischio è "
                "perdere i clienti che TikTok porta.",
            ),
        ),
    )


def quiz_limiti() -> tuple[Question, ...]:
    """The questions of l08.quiz_limiti, with their answers."""
    return (
        SingleChoice(
            "negozio",
            "Quanto merito dà al negozio di Via Po il modello di Markov calcolato sui "
            "percorsi dell'e-commerce?",
            (
                "Nessuno: il negozio non compare nei percorsi tracciati",
                "Molto, perché il negozio fa conoscere il brand",
                "Dipende dall'emivita scelta",
            ),
            0,
            explanations=(
                "Sì: un contatto offline non lascia traccia, e un modello non può dare merito "
                "a ciò che non vede.",
                "No: il negozio fa conoscere il brand, ma i dati online non lo sanno.",
                "No: l'emivita riguarda il decadimento temporale, e il negozio non c'è comunque.",
            ),
        ),
        MultipleChoice(
            "incrementalita",
            "Quali elementi servono a un test di incrementalità sulle inserzioni Instagram?",
            (
                "Un gruppo o una zona di controllo in cui le inserzioni restano spente",
                "Una durata definita, per esempio quattro settimane",
                "Il confronto tra le vendite dei due gruppi",
                "Il modello dell'ultimo clic per decidere il vincitore",
            ),
            frozenset({0, 1, 2}),
            explanations=(
                "Sì: senza un gruppo di controllo non si sa che cosa sarebbe successo comunque.",
                "Sì: serve un periodo uguale per i due gruppi, abbastanza lungo da contare gli "
                "acquisti.",
                "Sì: la differenza tra i gruppi è l'effetto vero del canale.",
                "No: il test misura le vendite in più, non chi ha avuto l'ultimo clic.",
            ),
        ),
        SingleChoice(
            "causalita",
            "Gli iscritti alla newsletter comprano tre volte più spesso degli altri visitatori. "
            "Che cosa se ne può concludere?",
            (
                "Niente di certo sulla causa: chi si iscrive è già un cliente affezionato",
                "Che la newsletter triplica gli acquisti",
                "Che bisogna mandare tre newsletter al mese",
            ),
            0,
            explanations=(
                "Sì: è una correlazione; per la causa serve un test con un gruppo di controllo.",
                "No: gli iscritti comprerebbero di più anche senza newsletter, almeno in parte.",
                "No: il dato non dice nulla sulla frequenza giusta degli invii.",
            ),
        ),
    )
