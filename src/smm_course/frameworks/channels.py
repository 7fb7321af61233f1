"""Sales and communication channels: direct or indirect, the five channel phases, the ecosystem."""

from __future__ import annotations

from dataclasses import dataclass

from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = ["EXAMPLES", "AutomationUse", "Channel", "ChannelPhase", "ChannelType", "EcosystemTool"]


class ChannelType(Concept):
    """Whose channel it is: the company's own (direct) or a partner's (indirect)."""

    DIRECT = (
        "direct",
        Text("diretto", "direct"),
        Text(
            "Un canale dell'impresa stessa: negozi, agenti e forza vendita, sito, e-commerce, "
            "l'ecosistema digitale aziendale.",
            "A channel the company owns: shops, agents and sales force, website, online store, "
            "the company's digital ecosystem.",
        ),
        Text(
            "Sembra più economico, ma costa tempo e persone, e il traffico bisogna generarlo in "
            "proprio; "
            "anche la creazione dei contenuti ha un costo.",
            "It looks cheaper, but it costs time and people and you must bring the traffic "
            "yourself; creating content has a cost too.",
        ),
        Aliases("diretti", "proprio", "own", "canale diretto"),
    )
    INDIRECT = (
        "indirect",
        Text("indiretto", "indirect"),
        Text(
            "Un canale di partner: rivenditori, piattaforme social, marketplace, stampa di "
            "settore, stakeholder.",
            "A partner's channel: resellers, social platforms, marketplaces, trade press, "
            "stakeholders.",
        ),
        Text(
            "Porta già il suo traffico; il costo è lo spazio e la visibilità che si "
            "comprano, più la creazione dei contenuti.",
            "It brings its own traffic; the cost is the space and visibility you buy, plus "
            "content creation.",
        ),
        Aliases("indiretti", "partner", "canale indiretto"),
    )

    def cost_note(self, lang: str | None = None) -> str:
        """What this kind of channel really costs, in `lang`."""
        return self._field(0).get(lang)


class ChannelPhase(Concept):
    """One of the five phases every channel serves (Osterwalder's channel phases)."""

    AWARENESS = (
        "awareness",
        Text("consapevolezza", "awareness"),
        Text(
            "Far conoscere l'impresa, i suoi prodotti e i suoi servizi a chi ancora non li "
            "conosce.",
            "Making the company, its products and services known to people who do not know "
            "them yet.",
        ),
        (
            Text(
                "Come facciamo conoscere i nostri prodotti e servizi?",
                "How do we make our products and services known?",
            ),
            Text(
                "Dove incontriamo per la prima volta i nostri segmenti?",
                "Where do we first meet our segments?",
            ),
        ),
        Aliases("notorietà", "conoscenza"),
    )
    EVALUATION = (
        "evaluation",
        Text("valutazione", "evaluation"),
        Text(
            "Aiutare i clienti a valutare la proposta di valore prima di comprare.",
            "Helping customers weigh up the value proposition before buying.",
        ),
        (
            Text(
                "Come aiutiamo i clienti a valutare la nostra proposta di valore?",
                "How do we help customers assess our value proposition?",
            ),
            Text(
                "Quali informazioni, prove o opinioni cercano prima di decidere?",
                "What information, proof or opinions do they look for before deciding?",
            ),
        ),
        Aliases("considerazione", "consideration"),
    )
    PURCHASE = (
        "purchase",
        Text("acquisto", "purchase"),
        Text(
            "Permettere ai clienti di comprare prodotti e servizi specifici.",
            "Letting customers buy specific products and services.",
        ),
        (
            Text(
                "Come permettiamo ai clienti di acquistare i nostri prodotti?",
                "How do we let customers buy our products?",
            ),
            Text(
                "Quanto è semplice comprare, in negozio e online?",
                "How easy is buying, in the shop and online?",
            ),
        ),
        Aliases("vendita", "sale"),
    )
    DELIVERY = (
        "delivery",
        Text("consegna", "delivery"),
        Text(
            "Portare la proposta di valore nelle mani del cliente.",
            "Getting the value proposition into the customer's hands.",
        ),
        (
            Text(
                "Come consegniamo la proposta di valore ai clienti?",
                "How do we deliver the value proposition to customers?",
            ),
            Text(
                "Ritiro in negozio, spedizione o entrambi: che cosa si aspettano i clienti?",
                "Pick-up in the shop, shipping or both: what do customers expect?",
            ),
        ),
        Aliases("distribuzione", "spedizione", "distribution"),
    )
    AFTER_SALES = (
        "after_sales",
        Text("post-vendita", "after-sales"),
        Text(
            "Sostenere il cliente dopo l'acquisto.",
            "Supporting the customer after the purchase.",
        ),
        (
            Text(
                "Come offriamo assistenza ai clienti dopo l'acquisto?",
                "How do we support customers after the purchase?",
            ),
            Text(
                "Come raccogliamo opinioni e reclami e che cosa ne facciamo?",
                "How do we collect feedback and complaints, and what do we do with them?",
            ),
        ),
        Aliases("assistenza post vendita", "post acquisto", "after sale", "aftersales"),
    )

    def questions(self, lang: str | None = None) -> tuple[str, ...]:
        """The guiding questions of the phase in `lang`."""
        return tuple(q.get(lang) for q in self._field(0))


class EcosystemTool(Concept):
    """A tool of the e-commerce digital ecosystem."""

    SEARCH_ADS = (
        "search_ads",
        Text("Annunci sui motori di ricerca", "Search ads"),
        Text(
            "Inserzioni a pagamento nei risultati di ricerca, mostrate a chi cerca già qualcosa.",
            "Paid ads in search results, shown to people already looking for something.",
        ),
        Aliases("search advertising", "sem", "pubblicità sui motori di ricerca"),
    )
    SOCIAL_ADS = (
        "social_ads",
        Text("Inserzioni sui social", "Social ads"),
        Text(
            "Inserzioni a pagamento sulle piattaforme social, mirate per interessi e pubblico.",
            "Paid ads on social platforms, targeted by interest and audience.",
        ),
        Aliases("pubblicità sui social", "social advertising"),
    )
    EMAIL = (
        "email",
        Text("E-mail marketing", "E-mail marketing"),
        Text(
            "Newsletter e messaggi inviati a chi ha dato il consenso.",
            "Newsletters and messages sent to people who opted in.",
        ),
        Aliases("email marketing", "newsletter", "e mail"),
    )
    ORGANIC = (
        "organic",
        Text("Contenuti organici (blog, social)", "Organic content (blog, social)"),
        Text(
            "Contenuti non a pagamento su blog e profili social, trovati anche tramite la ricerca.",
            "Unpaid content on the blog and social profiles, also found through search.",
        ),
        Aliases("organico", "contenuti organici", "organic content", "blog", "seo"),
    )
    PR = (
        "pr",
        Text("PR offline e online", "PR offline and online"),
        Text(
            "Relazioni con stampa, blogger e comunità, sia sulla carta sia in rete.",
            "Relations with press, bloggers and communities, both in print and online.",
        ),
        Aliases("pubbliche relazioni", "public relations", "ufficio stampa"),
    )
    AUTOMATION = (
        "automation",
        Text("Marketing automation", "Marketing automation"),
        Text(
            "Messaggi e azioni che partono da soli quando il cliente fa qualcosa.",
            "Messages and actions that start by themselves when the customer does something.",
        ),
        Aliases("automazione", "automazione del marketing"),
    )
    MONITORING = (
        "monitoring",
        Text("Monitoraggio", "Monitoring"),
        Text(
            "Misurare contatti, clienti e vendite per capire che cosa funziona.",
            "Measuring contacts, customers and sales to learn what works.",
        ),
        Aliases("misurazione", "analytics", "analisi dei dati"),
    )
    COMPLIANCE = (
        "compliance",
        Text("Conformità GDPR, privacy e cookie", "GDPR, privacy and cookie compliance"),
        Text(
            "Rispettare le regole su dati personali, consensi e cookie.",
            "Following the rules on personal data, consent and cookies.",
        ),
        Aliases("gdpr", "privacy", "conformità", "cookie"),
    )


class AutomationUse(Concept):
    """What marketing automation is used for."""

    ENGAGEMENT = (
        "engagement",
        Text("Coinvolgimento", "Engagement"),
        Text(
            "Messaggi che tengono vivo l'interesse, per esempio un benvenuto a chi si iscrive.",
            "Messages that keep interest alive, for instance a welcome to new subscribers.",
        ),
        Aliases("coinvolgere", "engage"),
    )
    FOLLOW_UP = (
        "follow_up",
        Text("Follow-up", "Follow-up"),
        Text(
            "Ricontattare il cliente dopo un'azione, per esempio dopo un acquisto o una richiesta.",
            "Getting back to the customer after an action, such as a purchase or an enquiry.",
        ),
        Aliases("ricontatto", "followup"),
    )
    ABANDONED_CART = (
        "abandoned_cart",
        Text("Carrelli abbandonati", "Abandoned carts"),
        Text(
            "Ricordare a chi ha lasciato prodotti nel carrello di completare l'ordine.",
            "Reminding people who left products in the cart to complete the order.",
        ),
        Aliases("carrello abbandonato", "abandoned carts", "cart recovery"),
    )
    LOYALTY = (
        "loyalty",
        Text("Fidelizzazione", "Loyalty"),
        Text(
            "Premiare e far tornare i clienti abituali, per esempio con punti o offerte dedicate.",
            "Rewarding regular customers and bringing them back, for instance with points or "
            "dedicated offers.",
        ),
        Aliases("fedeltà", "retention"),
    )
    LEAD_CREATION = (
        "lead_creation",
        Text("Creazione di lead", "Lead creation"),
        Text(
            "Raccogliere contatti di potenziali clienti e qualificarli nel tempo.",
            "Collecting contacts of prospects and qualifying them over time.",
        ),
        Aliases("lead generation", "generazione di lead", "generazione contatti"),
    )


@dataclass(frozen=True)
class Channel:
    """A named channel and whether it is direct or indirect."""

    name: Text
    type: ChannelType


_D, _I = ChannelType.DIRECT, ChannelType.INDIRECT

EXAMPLES: tuple[Channel, ...] = (
    Channel(Text("Negozio fisico", "Physical shop"), _D),
    Channel(Text("Agenti e forza vendita", "Agents and sales force"), _D),
    Channel(Text("Sito web", "Website"), _D),
    Channel(Text("E-commerce", "Online store"), _D),
    Channel(Text("Newsletter e CRM", "Newsletter and CRM"), _D),
    Channel(Text("Rivenditori", "Resellers"), _I),
    Channel(Text("Piattaforme social", "Social platforms"), _I),
    Channel(Text("Marketplace", "Marketplaces"), _I),
    Channel(Text("Stampa di settore", "Trade press"), _I),
    Channel(Text("Stakeholder e associazioni", "Stakeholders and associations"), _I),
)
