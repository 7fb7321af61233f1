"""Brand touchpoints: the phase of the experience, digital or physical, managed or spontaneous."""

from __future__ import annotations

from dataclasses import dataclass

from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = ["EXAMPLES", "Control", "Nature", "Phase", "Touchpoint"]


class Phase(Concept):
    """The phase of the customer experience a touchpoint belongs to."""

    PRE_PURCHASE = (
        "pre_purchase",
        Text("pre-acquisto", "pre-purchase"),
        Text(
            "Il primo contatto con il brand: risveglia un bisogno, consapevole o latente, "
            "prima che il cliente decida di comprare.",
            "The first contact with the brand: it awakens a need, conscious or latent, "
            "before the customer decides to buy.",
        ),
        Aliases("prima dell'acquisto", "before purchase", "pre"),
    )
    PURCHASE = (
        "purchase",
        Text("acquisto", "purchase"),
        Text(
            "Il momento della conversione, il «momento della verità» in cui il cliente "
            "sceglie e compra.",
            "The moment of conversion, the 'moment of truth' when the customer chooses and buys.",
        ),
        Aliases("conversione", "conversion"),
    )
    POST_PURCHASE = (
        "post_purchase",
        Text("post-acquisto", "post-purchase"),
        Text(
            "L'esperienza dopo l'acquisto: assistenza, uso del prodotto, ascolto del cliente; "
            "conferma (o smentisce) la scelta fatta.",
            "The experience after the purchase: support, product use, listening to the "
            "customer; it confirms (or undermines) the choice made.",
        ),
        Aliases("dopo l'acquisto", "after purchase", "post vendita", "post"),
    )


class Nature(Concept):
    """Whether the contact happens online or in the physical world."""

    DIGITAL = (
        "digital",
        Text("digitale", "digital"),
        Text(
            "Il contatto avviene online: sito, social, e-mail, app, marketplace.",
            "The contact happens online: website, social media, e-mail, apps, marketplaces.",
        ),
        Aliases("online"),
    )
    PHYSICAL = (
        "physical",
        Text("fisico", "physical"),
        Text(
            "Il contatto avviene offline, di persona, al telefono o su carta: negozio, evento, "
            "stampa, conversazione, telefonata.",
            "The contact happens offline, face to face, on the phone or on paper: shop, event, "
            "print, conversation, phone call.",
        ),
        Aliases("offline", "fisica"),
    )


class Control(Concept):
    """Who controls the touchpoint: the brand or someone else."""

    MANAGED = (
        "managed",
        Text("gestito", "managed"),
        Text(
            "Il brand lo possiede e ne decide forma e contenuto: sito, negozio, newsletter, "
            "pubblicità, assistenza clienti.",
            "The brand owns it and decides its form and content: website, shop, newsletter, "
            "ads, customer care.",
        ),
        Aliases("controllato", "controlled", "owned", "gestita"),
    )
    SPONTANEOUS = (
        "spontaneous",
        Text("spontaneo", "spontaneous"),
        Text(
            "Nasce fuori dal controllo del brand: recensioni, passaparola, articoli di stampa, "
            "post di altre persone sui social.",
            "It arises outside the brand's control: reviews, word of mouth, press articles, "
            "other people's social posts.",
        ),
        Aliases("non controllato", "not controlled", "uncontrolled", "earned", "spontanea"),
    )


@dataclass(frozen=True)
class Touchpoint:
    """One point of contact between a customer and the brand, classified four ways."""

    name: Text
    phases: tuple[Phase, ...]
    nature: Nature
    control: Control


_PRE, _BUY, _POST = Phase.PRE_PURCHASE, Phase.PURCHASE, Phase.POST_PURCHASE
_DIG, _PHY = Nature.DIGITAL, Nature.PHYSICAL
_MAN, _SPO = Control.MANAGED, Control.SPONTANEOUS

EXAMPLES: tuple[Touchpoint, ...] = (
    Touchpoint(Text("Newsletter", "Newsletter"), (_PRE, _POST), _DIG, _MAN),
    Touchpoint(Text("Promozioni online", "Online promotions"), (_PRE,), _DIG, _MAN),
    Touchpoint(
        Text("Promozioni offline (volantini, eventi)", "Offline promotions (flyers, events)"),
        (_PRE,),
        _PHY,
        _MAN,
    ),
    Touchpoint(Text("Pubblicità sui social", "Social media ads"), (_PRE,), _DIG, _MAN),
    Touchpoint(
        Text("Post sui profili social del brand", "Brand's social posts"), (_PRE,), _DIG, _MAN
    ),
    Touchpoint(
        Text("Post sui social di clienti e altre persone", "Social posts by customers and others"),
        (_PRE, _POST),
        _DIG,
        _SPO,
    ),
    Touchpoint(Text("Sito web", "Website"), (_PRE,), _DIG, _MAN),
    Touchpoint(Text("Negozio fisico", "Physical shop"), (_BUY,), _PHY, _MAN),
    Touchpoint(Text("E-commerce", "Online store"), (_BUY,), _DIG, _MAN),
    Touchpoint(
        Text("Scheda prodotto su un marketplace", "Marketplace listing"), (_BUY,), _DIG, _MAN
    ),
    Touchpoint(Text("Recensioni online", "Online reviews"), (_PRE, _POST), _DIG, _SPO),
    Touchpoint(Text("Passaparola", "Word of mouth"), (_PRE,), _PHY, _SPO),
    Touchpoint(Text("Articoli di stampa", "Press articles"), (_PRE,), _PHY, _SPO),
    Touchpoint(Text("Assistenza clienti in chat", "Customer care chat"), (_POST,), _DIG, _MAN),
    Touchpoint(Text("Questionari di soddisfazione", "Satisfaction surveys"), (_POST,), _DIG, _MAN),
    Touchpoint(Text("Confezione (packaging)", "Packaging"), (_POST,), _PHY, _MAN),
)
