"""The quizzes of lesson 04: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.frameworks import zmot
from smm_course.frameworks.zmot import Moment, SocialGoal
from smm_course.widgets.questions import Matching, Question, SingleChoice

__all__ = ["momenti", "quiz_zmot"]


def momenti() -> tuple[Question, ...]:
    """The questions of l04.momenti, with their answers."""
    opzioni_momenti = tuple(momento.label() for momento in Moment)
    STIMOLO, ZMOT, FMOT, SMOT = range(4)
    return (
        SingleChoice(
            "manifesto",
            "In metropolitana vede il manifesto di San Valentino di Dolce Vetta.",
            opzioni_momenti,
            STIMOLO,
            explanations=(
                "Il manifesto fa nascere l'interesse prima di ogni ricerca: è lo stimolo.",
                "Non cerca ancora informazioni: lo ZMOT viene dopo lo stimolo.",
                "Non sta scegliendo un prodotto da comprare: il FMOT viene più avanti.",
                "Non ha ancora comprato né usato nulla: lo SMOT è l'esperienza d'uso.",
            ),
        ),
        SingleChoice(
            "ricerca",
            "La sera cerca «praline San Valentino Torino» e legge le recensioni su Google.",
            opzioni_momenti,
            ZMOT,
            explanations=(
                "L'interesse c'è già: ora cerca informazioni, quindi è oltre lo stimolo.",
                "Cerca online e legge le recensioni prima di scegliere: è lo ZMOT.",
                "Non è ancora davanti al prodotto da scegliere: sta raccogliendo opinioni.",
                "Non ha ancora comprato: lo SMOT viene dopo l'acquisto.",
            ),
        ),
        SingleChoice(
            "video",
            "Guarda su TikTok il video di una coppia che apre la scatola a cuore.",
            opzioni_momenti,
            ZMOT,
            explanations=(
                "Non è il primo contatto: sta già cercando idee e opinioni.",
                "Guarda l'esperienza di altri per farsi un'idea: è ancora ZMOT.",
                "Non sta scegliendo sulla scheda prodotto: raccoglie informazioni.",
                "Lo SMOT è l'esperienza di chi usa il prodotto; lui non l'ha ancora comprato.",
            ),
        ),
        SingleChoice(
            "scheda",
            "Sulla scheda prodotto dell'e-commerce confronta due scatole e mette nel "
            "carrello quella da 12 praline.",
            opzioni_momenti,
            FMOT,
            explanations=(
                "L'interesse è nato da tempo: ora sceglie.",
                "Ha finito di informarsi: ora decide quale scatola comprare.",
                "Davanti alla scheda prodotto sceglie la confezione: è il "
                "FMOT, lo «scaffale» online.",
                "Non ha ancora ricevuto le praline: lo SMOT viene dopo.",
            ),
        ),
        SingleChoice(
            "assaggio",
            "Il 14 febbraio la sua compagna assaggia le praline: fresche, confezione perfetta.",
            opzioni_momenti,
            SMOT,
            explanations=(
                "Non è un nuovo stimolo: è l'esperienza del prodotto comprato.",
                "Non si sta informando: il prodotto è già comprato.",
                "La scelta è già fatta: ora si scopre se il prodotto mantiene la promessa.",
                "L'esperienza d'uso che conferma (o no) la promessa: è lo SMOT.",
            ),
        ),
        SingleChoice(
            "storia",
            "Il giorno dopo Matteo pubblica una storia su Instagram con la scatola e tagga "
            "Dolce Vetta.",
            opzioni_momenti,
            SMOT,
            explanations=(
                "Per Matteo non è uno stimolo; per chi vedrà la storia potrà diventarlo.",
                "Per chi la leggerà sarà ZMOT; per Matteo è il racconto della sua esperienza.",
                "La scelta è fatta da giorni: non è il FMOT.",
                "Nel modello di Google raccontare l'esperienza fa parte dello"
                " SMOT (Solis lo chiama UMOT).",
            ),
        ),
    )


def quiz_zmot() -> tuple[Question, ...]:
    """The questions of l04.quiz_zmot, with their answers."""
    fonti_2010 = f"{zmot.SOURCES_USED_2010:.1f}".replace(".", ",")
    fonti_2011 = f"{zmot.SOURCES_USED_2011:.1f}".replace(".", ",")
    return (
        Matching(
            "obiettivi",
            "Abbina ogni contenuto di Dolce Vetta all'obiettivo che serve.",
            (
                (
                    "Un carosello sulla storia della famiglia e sulle nocciole del Piemonte",
                    SocialGoal.BRANDING.label(),
                ),
                (
                    "Un post con il codice sconto del 10% sulle uova di Pasqua, valido "
                    "fino a domenica",
                    SocialGoal.PROMOTION.label(),
                ),
                (
                    "Una storia con il pulsante «Acquista» che porta alla scatola da 24 "
                    "gianduiotti",
                    SocialGoal.SALES.label(),
                ),
                (
                    "Un messaggio privato a una cliente che chiede dove sia il suo pacco",
                    SocialGoal.CUSTOMER_CARE.label(),
                ),
            ),
            explanations=(
                "Racconta chi è Dolce Vetta e costruisce reputazione: branding.",
                "Un'offerta a tempo che spinge ad agire: promozione.",
                "Porta dritto all'acquisto: vendite.",
                "Risolve il problema di una cliente: assistenza clienti.",
            ),
        ),
        SingleChoice(
            "fonti",
            "Secondo lo studio di Google del 2011, quante fonti consultava in media un "
            "acquirente prima di comprare?",
            (
                f"{fonti_2011}, contro {fonti_2010} dell'anno prima",
                f"{fonti_2010}, come l'anno prima",
                "Una sola: il sito della marca",
            ),
            0,
            explanations=(
                "Sì: 10,4 fonti nel 2011 contro 5,3 nel 2010, quasi il doppio.",
                "No: in un anno le fonti sono quasi raddoppiate, non sono rimaste uguali.",
                "No: il sito della marca è solo una fonte tra tante (recensioni, video, amici).",
            ),
        ),
        SingleChoice(
            "inbound",
            "Che cosa distingue l'inbound marketing?",
            (
                "Il brand si fa trovare da chi cerca, con contenuti utili ed esperienze da "
                "raccontare",
                "Il brand raggiunge più persone possibile con annunci che interrompono",
                "Il brand vende soltanto nel negozio fisico",
            ),
            0,
            explanations=(
                "Sì: l'inbound attira chi cerca, invece di interromperlo.",
                "No: gli annunci che interrompono sono il marketing "
                "tradizionale, l'opposto dell'inbound.",
                "No: l'inbound lavora soprattutto online, su contenuti e ricerca.",
            ),
        ),
        SingleChoice(
            "cerchio",
            "Perché una recensione a cinque stelle conta anche per chi non ha mai comprato "
            "da Dolce Vetta?",
            (
                "Perché l'esperienza condivisa di un cliente diventa lo ZMOT di altre persone",
                "Perché sostituisce l'assistenza clienti",
                "Perché fa salire il prezzo dei prodotti",
            ),
            0,
            explanations=(
                "Sì: chi cerca legge le esperienze degli altri, e la "
                "recensione entra nel suo ZMOT.",
                "No: una recensione non risolve i problemi dei clienti; li racconta.",
                "No: le recensioni non cambiano il prezzo, cambiano la fiducia di chi legge.",
            ),
        ),
    )
