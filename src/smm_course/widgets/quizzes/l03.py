"""The quizzes of lesson 03: questions and answer keys, kept out of the lesson code."""

from __future__ import annotations

from smm_course.frameworks.journey import ChannelApproach, JourneyStage
from smm_course.widgets.questions import Matching, Question, SingleChoice

__all__ = ["omnicanale", "quiz_fasi"]


def quiz_fasi() -> tuple[Question, ...]:
    """The questions of l03.quiz_fasi, with their answers."""
    return (
        Matching(
            "marco",
            "In quale fase del customer journey si trova Marco?",
            (
                (
                    "Vede un reel sui gianduiotti condiviso da un'amica e scopre Dolce Vetta",
                    JourneyStage.AWARENESS.label(),
                ),
                (
                    "Confronta prezzi e recensioni di tre cioccolaterie torinesi",
                    JourneyStage.CONSIDERATION.label(),
                ),
                (
                    "Ordina online una scatola di praline e paga con la carta",
                    JourneyStage.PURCHASE.label(),
                ),
                (
                    "A Pasqua riceve la newsletter e riordina un uovo di cioccolato",
                    JourneyStage.RETENTION.label(),
                ),
                (
                    "Scrive una recensione a cinque stelle e consiglia il negozio ai colleghi",
                    JourneyStage.ADVOCACY.label(),
                ),
            ),
            explanations=(
                "Scopre Dolce Vetta per la prima volta: consapevolezza.",
                "Mette a confronto più cioccolaterie prima di scegliere: considerazione.",
                "Paga l'ordine: è l'acquisto.",
                "Torna a comprare dopo il primo ordine: fidelizzazione.",
                "Ne parla bene ad altri: passaparola / advocacy.",
            ),
        ),
        SingleChoice(
            "lineare",
            "Il customer journey è un percorso lineare?",
            (
                "No: le persone saltano fasi, tornano indietro e cambiano canale",
                "Sì: ogni cliente attraversa le cinque fasi in ordine, una volta sola",
                "Sì, ma solo per gli acquisti online",
            ),
            0,
            explanations=(
                "Sì: il percorso reale salta fasi, torna indietro e passa da un canale all'altro.",
                "No: pochi clienti seguono le cinque fasi in ordine, e molti "
                "le ripetono più volte.",
                "No: anche online si salta, si torna indietro e si cambia canale.",
            ),
        ),
    )


def omnicanale() -> tuple[Question, ...]:
    """The questions of l03.omnicanale, with their answers."""
    approcci = (ChannelApproach.MULTICHANNEL.label(), ChannelApproach.OMNICHANNEL.label())
    return (
        SingleChoice(
            "ritiro",
            "Chi ordina online ritira in Via Po dopo due ore, e la commessa vede già "
            "l'ordine e le preferenze del cliente.",
            approcci,
            1,
            explanations=(
                "Multicanalità vorrebbe dire canali separati; qui negozio e "
                "sito condividono l'ordine.",
                "Omnicanalità: il sito e il negozio lavorano come un'unica "
                "esperienza e condividono i dati.",
            ),
        ),
        SingleChoice(
            "buono",
            "Dolce Vetta ha negozio, e-commerce e Instagram, ma il buono regalo comprato "
            "online non vale in negozio.",
            approcci,
            0,
            explanations=(
                "Multicanalità: i canali ci sono, ma ognuno va per conto suo e il buono non passa.",
                "Per l'omnicanalità il buono dovrebbe valere ovunque; qui non succede.",
            ),
        ),
        SingleChoice(
            "punti",
            "I punti fedeltà si accumulano sia alla cassa sia sul sito, e la newsletter "
            "propone i prodotti comprati in negozio.",
            approcci,
            1,
            explanations=(
                "Multicanalità vorrebbe dire dati separati; qui cassa, sito e"
                " newsletter si parlano.",
                "Omnicanalità: i punti valgono ovunque e la newsletter "
                "conosce gli acquisti in negozio.",
            ),
        ),
        SingleChoice(
            "assistenza",
            "L'assistenza su WhatsApp non vede gli ordini del sito: il cliente deve "
            "rimandare numero d'ordine e ricevuta.",
            approcci,
            0,
            explanations=(
                "Multicanalità: l'assistenza non vede il sito, e il cliente ricomincia da capo.",
                "Per l'omnicanalità l'assistenza dovrebbe già vedere l'ordine; qui non lo vede.",
            ),
        ),
        SingleChoice(
            "linkedin",
            "Dolce Vetta non ha tempo per LinkedIn e pubblica un post ogni quattro mesi. "
            "Che cosa conviene fare?",
            (
                "Sospendere il profilo e concentrarsi sui canali che può curare bene",
                "Restare comunque: essere presenti ovunque è sempre meglio",
                "Aprire anche altri social, per compensare",
            ),
            0,
            explanations=(
                "Sì: un profilo trascurato lavora contro il brand; meglio pochi canali curati.",
                "No: un profilo fermo dice «qui nessuno ti ascolta»; esserci "
                "male è peggio che non esserci.",
                "No: altri profili trascurati moltiplicherebbero il problema.",
            ),
        ),
    )
