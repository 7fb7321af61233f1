"""Customer journey: the five stages, the rows of a journey map, per-touchpoint SWOT."""

from __future__ import annotations

from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = [
    "EMOTION_MAX",
    "EMOTION_MIN",
    "ChannelApproach",
    "JourneyStage",
    "MapRow",
    "SwotQuadrant",
]

EMOTION_MIN = -2
EMOTION_MAX = 2


class JourneyStage(Concept):
    """A key moment of the standard five-stage customer journey (the columns of a map)."""

    AWARENESS = (
        "awareness",
        Text("consapevolezza", "awareness"),
        Text(
            "La persona scopre che il brand esiste, per esempio grazie a un post, a una "
            "pubblicità o al consiglio di un amico.",
            "The person finds out the brand exists, for instance through a post, an ad or a "
            "friend's tip.",
        ),
        Aliases("scoperta", "notorietà", "conoscenza", "discovery"),
    )
    CONSIDERATION = (
        "consideration",
        Text("considerazione", "consideration"),
        Text(
            "La persona confronta il brand con le alternative: cerca informazioni, legge "
            "recensioni, valuta prezzi e opinioni.",
            "The person weighs the brand against the alternatives: looks for information, "
            "reads reviews, compares prices and opinions.",
        ),
        Aliases("valutazione", "evaluation"),
    )
    PURCHASE = (
        "purchase",
        Text("acquisto", "purchase"),
        Text(
            "La persona decide e compra, in negozio oppure online.",
            "The person decides and buys, in the shop or online.",
        ),
        Aliases("conversione", "conversion", "decisione", "decision"),
    )
    RETENTION = (
        "retention",
        Text("fidelizzazione", "retention"),
        Text(
            "Dopo il primo acquisto il cliente resta in relazione con il brand e torna a comprare.",
            "After the first purchase the customer keeps a relationship with the brand and "
            "comes back to buy.",
        ),
        Aliases("fedeltà", "loyalty", "mantenimento"),
    )
    ADVOCACY = (
        "advocacy",
        Text("passaparola / advocacy", "advocacy"),
        Text(
            "Il cliente soddisfatto consiglia il brand e ne parla, online e offline, "
            "influenzando il percorso di altre persone.",
            "The satisfied customer recommends the brand and talks about it, online and "
            "offline, shaping other people's journeys.",
        ),
        Aliases("passaparola", "word of mouth", "raccomandazione", "promozione spontanea"),
    )


class MapRow(Concept):
    """A row (lane) of a customer journey map; EMOTIONS holds a score from -2 to +2."""

    ACTIONS = (
        "actions",
        Text("Azioni del cliente", "Customer actions"),
        Text(
            "Che cosa fa concretamente il cliente in quella fase.",
            "What the customer actually does at that stage.",
        ),
        Aliases("azioni", "cosa fa", "doing"),
    )
    TOUCHPOINTS = (
        "touchpoints",
        Text("Touchpoint", "Touchpoints"),
        Text(
            "Dove avviene il contatto con il brand: i touchpoint fisici e digitali della fase.",
            "Where the contact with the brand happens: the physical and digital touchpoints "
            "of the stage.",
        ),
        Aliases("punti di contatto", "canali", "channels", "touchpoint"),
    )
    THOUGHTS = (
        "thoughts",
        Text("Pensieri", "Thoughts"),
        Text(
            "Che cosa pensa e che domande si pone il cliente in quella fase.",
            "What the customer thinks and asks at that stage.",
        ),
        Aliases("domande", "questions", "cosa pensa"),
    )
    EMOTIONS = (
        "emotions",
        Text("Emozioni", "Emotions"),
        Text(
            f"Come si sente il cliente, su una scala da {EMOTION_MIN} (molto negativo) a "
            f"+{EMOTION_MAX} (molto positivo).",
            f"How the customer feels, on a scale from {EMOTION_MIN} (very negative) to "
            f"+{EMOTION_MAX} (very positive).",
        ),
        Aliases("emozione", "sentimenti", "feelings", "emotion"),
    )
    PAIN_POINTS = (
        "pain_points",
        Text("Punti di attrito", "Pain points"),
        Text(
            "Ostacoli, fastidi e frustrazioni che il cliente incontra.",
            "Obstacles, annoyances and frustrations the customer runs into.",
        ),
        Aliases("criticità", "problemi", "frizioni", "pain point"),
    )
    OPPORTUNITIES = (
        "opportunities",
        Text("Opportunità", "Opportunities"),
        Text(
            "Idee concrete per migliorare l'esperienza in quella fase.",
            "Concrete ideas to improve the experience at that stage.",
        ),
        Aliases("miglioramenti", "idee", "improvements"),
    )

    @property
    def numeric(self) -> bool:
        """True for the row filled with a score rather than text (EMOTIONS)."""
        return self is MapRow.EMOTIONS


class SwotQuadrant(Concept):
    """A quadrant of the SWOT analysis done for each touchpoint of the journey."""

    STRENGTHS = (
        "strengths",
        Text("Punti di forza", "Strengths"),
        Text(
            "Ciò che il touchpoint fa bene, sotto il controllo del brand.",
            "What the touchpoint does well, within the brand's control.",
        ),
        True,
        True,
        Aliases("forza", "forze", "s"),
    )
    WEAKNESSES = (
        "weaknesses",
        Text("Punti di debolezza", "Weaknesses"),
        Text(
            "Ciò che il touchpoint fa male o non fa, sotto il controllo del brand.",
            "What the touchpoint does badly or fails to do, within the brand's control.",
        ),
        True,
        False,
        Aliases("debolezza", "debolezze", "w"),
    )
    OPPORTUNITIES = (
        "opportunities",
        Text("Opportunità", "Opportunities"),
        Text(
            "Fattori esterni favorevoli da sfruttare: tendenze, novità delle piattaforme, "
            "contenuti spontanei positivi.",
            "Favourable outside factors to exploit: trends, platform changes, positive "
            "spontaneous content.",
        ),
        False,
        True,
        Aliases("o"),
    )
    THREATS = (
        "threats",
        Text("Minacce", "Threats"),
        Text(
            "Fattori esterni sfavorevoli: concorrenti, cambi delle piattaforme, recensioni "
            "negative.",
            "Unfavourable outside factors: competitors, platform changes, negative reviews.",
        ),
        False,
        False,
        Aliases("minaccia", "rischi", "t"),
    )

    @property
    def internal(self) -> bool:
        """True for the internal quadrants (strengths, weaknesses)."""
        return self._field(0)

    @property
    def positive(self) -> bool:
        """True for the helpful quadrants (strengths, opportunities)."""
        return self._field(1)


class ChannelApproach(Concept):
    """How a brand uses several channels: side by side or as one experience."""

    MULTICHANNEL = (
        "multichannel",
        Text("multicanalità", "multichannel"),
        Text(
            "Il brand è presente su più canali, ma ciascuno funziona per conto suo: il cliente "
            "ricomincia da capo quando cambia canale.",
            "The brand is present on several channels, but each runs on its own: the customer "
            "starts over when switching channel.",
        ),
        Aliases("multicanale", "multi channel"),
    )
    OMNICHANNEL = (
        "omnichannel",
        Text("omnicanalità", "omnichannel"),
        Text(
            "I canali fisici e online lavorano insieme come un'unica esperienza, condividendo "
            "dati e contesto del cliente.",
            "Physical and online channels work together as one experience, sharing the "
            "customer's data and context.",
        ),
        Aliases("omnicanale", "omni channel"),
    )
