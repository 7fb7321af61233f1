"""Moments of truth (stimulus, ZMOT, FMOT, SMOT) and the goals of a brand on social media."""

from __future__ import annotations

from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = ["CREDIT", "SOURCES_USED_2010", "SOURCES_USED_2011", "Moment", "SocialGoal"]

SOURCES_USED_2010 = 5.3
SOURCES_USED_2011 = 10.4

CREDIT = Text(
    "ZMOT: Jim Lecinski, «Winning the Zero Moment of Truth», Google, 2011. FMOT: "
    "Procter & Gamble, 2005. «Ultimate Moment of Truth»: Brian Solis.",
    "ZMOT: Jim Lecinski, 'Winning the Zero Moment of Truth', Google, 2011. FMOT: "
    "Procter & Gamble, 2005. 'Ultimate Moment of Truth': Brian Solis.",
)


class Moment(Concept):
    """A step of the ZMOT model, in order: stimulus, ZMOT, FMOT, SMOT."""

    STIMULUS = (
        "stimulus",
        Text("Stimolo", "Stimulus"),
        Text(
            "Ciò che fa nascere l'interesse o il bisogno: una pubblicità, un post, il consiglio "
            "di qualcuno.",
            "Whatever sparks the interest or the need: an ad, a post, someone's recommendation.",
        ),
        Text(
            "Giulia vede su Instagram il reel di un'amica che apre una scatola di gianduiotti.",
            "Giulia sees a friend's Instagram reel opening a box of gianduiotti.",
        ),
        Aliases("stimolo iniziale", "trigger"),
    )
    ZMOT = (
        "zmot",
        Text("ZMOT – momento zero della verità", "ZMOT – zero moment of truth"),
        Text(
            "La ricerca online che precede la scelta: recensioni, confronti, prezzi e opinioni "
            "raccolti su più piattaforme.",
            "The online research that comes before the choice: reviews, comparisons, prices "
            "and opinions gathered across several platforms.",
        ),
        Text(
            "Prima di ordinare cerca «gianduiotti artigianali Torino», legge le recensioni e "
            "confronta i prezzi di tre negozi.",
            "Before ordering she searches for 'artisan gianduiotti Turin', reads the reviews "
            "and compares the prices of three shops.",
        ),
        Aliases("momento zero della verità", "zero moment of truth", "momento zero"),
    )
    FMOT = (
        "fmot",
        Text("FMOT – primo momento della verità", "FMOT – first moment of truth"),
        Text(
            "Il momento della scelta davanti allo scaffale o alla pagina prodotto, quando "
            "il cliente decide se comprare.",
            "The moment of choice in front of the shelf or the product page, when the customer "
            "decides whether to buy.",
        ),
        Text(
            "Sulla scheda prodotto dell'e-commerce (o al banco di Via Po) sceglie la confezione "
            "da 24 pezzi invece di quella da 12.",
            "On the online store's product page (or at the counter in Via Po) she picks the "
            "24-piece box over the 12-piece one.",
        ),
        Aliases("primo momento della verità", "first moment of truth", "scaffale", "shelf"),
    )
    SMOT = (
        "smot",
        Text("SMOT – secondo momento della verità", "SMOT – second moment of truth"),
        Text(
            "L'esperienza d'uso del prodotto: mantiene o no la promessa? Se viene condivisa, "
            "alimenta lo ZMOT di altre persone.",
            "The experience of using the product: does it keep its promise? Once shared, it "
            "feeds other people's ZMOT.",
        ),
        Text(
            "Assaggia i gianduiotti a casa, le piacciono e pubblica una recensione a cinque "
            "stelle.",
            "She tastes the gianduiotti at home, likes them and posts a five-star review.",
        ),
        Aliases("secondo momento della verità", "second moment of truth", "esperienza"),
    )

    @property
    def example(self) -> Text:
        """A concrete example of the moment (case study: Cioccolateria Dolce Vetta)."""
        return self._field(0)


class SocialGoal(Concept):
    """What a brand can aim for on social media."""

    BRANDING = (
        "branding",
        Text("Branding", "Branding"),
        Text(
            "Far conoscere il brand e costruirne l'immagine e la reputazione.",
            "Making the brand known and building its image and reputation.",
        ),
        Aliases("notorietà", "brand awareness", "immagine"),
    )
    PROMOTION = (
        "promotion",
        Text("Promozione", "Promotion"),
        Text(
            "Far conoscere prodotti, offerte ed eventi specifici.",
            "Making specific products, offers and events known.",
        ),
        Aliases("promozioni", "promo"),
    )
    SALES = (
        "sales",
        Text("Vendite", "Sales"),
        Text(
            "Portare le persone all'acquisto, online o in negozio.",
            "Leading people to buy, online or in the shop.",
        ),
        Aliases("vendita", "vendere", "sell"),
    )
    CUSTOMER_CARE = (
        "customer_care",
        Text("Assistenza clienti", "Customer care"),
        Text(
            "Rispondere a domande e problemi dei clienti, in pubblico o in privato.",
            "Answering customers' questions and problems, in public or in private.",
        ),
        Aliases("customer care", "assistenza", "supporto", "customer service"),
    )
