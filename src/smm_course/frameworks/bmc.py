"""Business Model Canvas (Osterwalder & Pigneur): nine blocks, guiding questions, layout."""

from __future__ import annotations

from dataclasses import dataclass

from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = [
    "CANVAS_ORDER",
    "CREDIT",
    "FACEBOOK_KEY_RESOURCE",
    "GRID_COLS",
    "GRID_ROWS",
    "Block",
    "GridPosition",
]

GRID_ROWS = 3
GRID_COLS = 10


@dataclass(frozen=True)
class GridPosition:
    """Where a block sits on the GRID_ROWS x GRID_COLS canvas grid (0-based, with spans)."""

    row: int
    col: int
    rowspan: int
    colspan: int

    def cells(self) -> frozenset[tuple[int, int]]:
        """Every (row, col) cell the block covers."""
        return frozenset(
            (r, c)
            for r in range(self.row, self.row + self.rowspan)
            for c in range(self.col, self.col + self.colspan)
        )


def _questions(*pairs: tuple[str, str]) -> tuple[Text, ...]:
    return tuple(Text(it, en) for it, en in pairs)


class Block(Concept):
    """One of the nine building blocks, in the canonical numbering (1 = Customer Segments)."""

    CUSTOMER_SEGMENTS = (
        "customer_segments",
        Text("Segmenti di clientela", "Customer Segments"),
        Text(
            "I gruppi di persone o organizzazioni per cui l'impresa crea valore e che vuole "
            "raggiungere.",
            "The groups of people or organisations the business creates value for and wants "
            "to reach.",
        ),
        1,
        _questions(
            ("Per chi stiamo creando valore?", "Who are we creating value for?"),
            ("Chi sono i nostri clienti più importanti?", "Who are our most important customers?"),
            (
                "Quali bisogni e abitudini distinguono un segmento dall'altro?",
                "Which needs and habits set one segment apart from another?",
            ),
        ),
        GridPosition(0, 8, 2, 2),
        Aliases("segmenti di clienti", "segmenti clienti", "clienti", "customer segment", "cs"),
    )
    VALUE_PROPOSITIONS = (
        "value_propositions",
        Text("Proposta di valore", "Value Propositions"),
        Text(
            "L'insieme di prodotti e servizi che crea valore per uno specifico segmento: "
            "il motivo per cui un cliente sceglie noi.",
            "The bundle of products and services that creates value for a specific segment: "
            "the reason a customer picks us.",
        ),
        2,
        _questions(
            ("Quale valore offriamo ai clienti?", "What value do we bring to customers?"),
            (
                "Quale problema del cliente aiutiamo a risolvere?",
                "Which customer problem are we helping to solve?",
            ),
            (
                "Quali prodotti e servizi proponiamo a ciascun segmento?",
                "Which products and services do we offer each segment?",
            ),
            ("Quali bisogni soddisfiamo?", "Which needs are we meeting?"),
        ),
        GridPosition(0, 4, 2, 2),
        Aliases("proposte di valore", "value proposition", "vp"),
    )
    CHANNELS = (
        "channels",
        Text("Canali", "Channels"),
        Text(
            "Il modo in cui l'impresa comunica con i segmenti e porta loro la proposta di "
            "valore: comunicazione, distribuzione e vendita.",
            "How the business talks to its segments and brings them the value proposition: "
            "communication, distribution and sales.",
        ),
        3,
        _questions(
            (
                "Attraverso quali canali i nostri segmenti vogliono essere raggiunti?",
                "Through which channels do our segments want to be reached?",
            ),
            ("Come li raggiungiamo oggi?", "How do we reach them today?"),
            (
                "Quali canali funzionano meglio e quali costano meno?",
                "Which channels work best and which cost least?",
            ),
            (
                "Come si integrano i canali tra loro e con le abitudini dei clienti?",
                "How do the channels fit together and with customers' routines?",
            ),
        ),
        GridPosition(1, 6, 1, 2),
        Aliases("canale", "channel", "ch"),
    )
    CUSTOMER_RELATIONSHIPS = (
        "customer_relationships",
        Text("Relazioni con i clienti", "Customer Relationships"),
        Text(
            "Il tipo di relazione che l'impresa instaura con ciascun segmento, dall'assistenza "
            "personale ai servizi automatici e alle community.",
            "The kind of relationship the business builds with each segment, from personal "
            "assistance to automated services and communities.",
        ),
        4,
        _questions(
            (
                "Quale relazione si aspetta ciascun segmento da noi?",
                "What relationship does each segment expect from us?",
            ),
            ("Quali relazioni abbiamo già costruito?", "Which relationships have we built so far?"),
            (
                "Quanto ci costano e come si legano al resto del modello?",
                "How much do they cost and how do they tie into the rest of the model?",
            ),
        ),
        GridPosition(0, 6, 1, 2),
        Aliases(
            "relazioni con il cliente", "relazione con i clienti", "customer relationship", "cr"
        ),
    )
    REVENUE_STREAMS = (
        "revenue_streams",
        Text("Flussi di ricavi", "Revenue Streams"),
        Text(
            "Il denaro che l'impresa incassa da ciascun segmento e il modo in cui lo incassa "
            "(vendita, abbonamento, commissioni...).",
            "The money the business earns from each segment and how it earns it "
            "(sales, subscriptions, fees...).",
        ),
        5,
        _questions(
            (
                "Per quale valore i clienti sono davvero disposti a pagare?",
                "What value are customers really willing to pay for?",
            ),
            (
                "Come pagano oggi e come preferirebbero pagare?",
                "How do they pay today and how would they rather pay?",
            ),
            (
                "Quanto contribuisce ciascun flusso ai ricavi totali?",
                "How much does each stream add to total revenue?",
            ),
        ),
        GridPosition(2, 5, 1, 5),
        Aliases("flussi di ricavo", "fonti di ricavo", "ricavi", "revenue stream", "revenues"),
    )
    KEY_RESOURCES = (
        "key_resources",
        Text("Risorse chiave", "Key Resources"),
        Text(
            "Le risorse indispensabili per far funzionare il modello: fisiche, intellettuali "
            "(marchio, dati), umane e finanziarie.",
            "The assets the model cannot work without: physical, intellectual (brand, data), "
            "human and financial.",
        ),
        6,
        _questions(
            (
                "Quali risorse chiave richiede la nostra proposta di valore?",
                "Which key resources does our value proposition need?",
            ),
            (
                "Quali risorse servono ai canali e alle relazioni con i clienti?",
                "Which resources do our channels and customer relationships need?",
            ),
            (
                "Quali risorse servono per generare ricavi?",
                "Which resources do our revenue streams need?",
            ),
        ),
        GridPosition(1, 2, 1, 2),
        Aliases("risorse", "key resource", "kr"),
    )
    KEY_ACTIVITIES = (
        "key_activities",
        Text("Attività chiave", "Key Activities"),
        Text(
            "Le cose più importanti che l'impresa deve fare bene perché il modello funzioni: "
            "produzione, soluzione di problemi, gestione di una piattaforma.",
            "The most important things the business must do well for the model to work: "
            "production, problem solving, running a platform.",
        ),
        7,
        _questions(
            (
                "Quali attività chiave richiede la nostra proposta di valore?",
                "Which key activities does our value proposition need?",
            ),
            (
                "Quali attività servono ai canali e alle relazioni con i clienti?",
                "Which activities do our channels and customer relationships need?",
            ),
            (
                "Quali attività servono per generare ricavi?",
                "Which activities do our revenue streams need?",
            ),
        ),
        GridPosition(0, 2, 1, 2),
        Aliases("attività", "key activity", "ka"),
    )
    KEY_PARTNERS = (
        "key_partners",
        Text("Partner chiave", "Key Partners"),
        Text(
            "La rete di fornitori e alleati esterni che rende possibile il modello, "
            "riducendo rischi o portando risorse e attività.",
            "The network of suppliers and outside allies that makes the model work, "
            "cutting risk or bringing in resources and activities.",
        ),
        8,
        _questions(
            ("Chi sono i nostri partner chiave?", "Who are our key partners?"),
            ("Chi sono i nostri fornitori principali?", "Who are our main suppliers?"),
            (
                "Quali risorse otteniamo dai partner e quali attività svolgono per noi?",
                "Which resources do we get from partners and which activities do they perform?",
            ),
        ),
        GridPosition(0, 0, 2, 2),
        Aliases("partnership chiave", "partner", "key partnerships", "key partner", "kp"),
    )
    COST_STRUCTURE = (
        "cost_structure",
        Text("Struttura dei costi", "Cost Structure"),
        Text(
            "I costi principali che il modello comporta: quelli delle risorse, delle attività "
            "e dei partner chiave.",
            "The main costs the model incurs: those of the key resources, activities and partners.",
        ),
        9,
        _questions(
            (
                "Quali sono i costi più importanti del nostro modello di business?",
                "What are the most important costs in our business model?",
            ),
            ("Quali risorse chiave costano di più?", "Which key resources cost the most?"),
            ("Quali attività chiave costano di più?", "Which key activities cost the most?"),
        ),
        GridPosition(2, 0, 1, 5),
        Aliases("costi", "struttura costi", "costs"),
    )

    @property
    def number(self) -> int:
        """Canonical block number, 1 (Customer Segments) to 9 (Cost Structure)."""
        return self._field(0)

    def questions(self, lang: str | None = None) -> tuple[str, ...]:
        """The guiding questions of the block in `lang`."""
        return tuple(q.get(lang) for q in self._field(1))

    @property
    def position(self) -> GridPosition:
        """The block's place on the canvas grid."""
        return self._field(2)


CANVAS_ORDER: tuple[Block, ...] = tuple(
    sorted(Block, key=lambda b: (b.position.row, b.position.col))
)

CREDIT = Text(
    "Business Model Canvas: Strategyzer AG, strategyzer.com, licenza CC BY-SA 3.0",
    "Business Model Canvas: Strategyzer AG, strategyzer.com, CC BY-SA 3.0",
)

FACEBOOK_KEY_RESOURCE = Text(
    "Per Facebook (oggi Meta) la risorsa chiave è la piattaforma tecnologica: senza di essa "
    "non esistono né il social network né gli spazi pubblicitari che vende. Per questo la "
    "direzione è investire sempre di più sull'infrastruttura.",
    "For Facebook (now Meta) the key resource is its technology platform: without it there "
    "would be neither the social network nor the ad space it sells. That is why it keeps "
    "investing more and more in the infrastructure.",
)
