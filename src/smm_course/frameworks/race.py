"""RACE planning (Smart Insights): Plan, Reach, Act, Convert, Engage, their KPIs and formulas.

The KPI functions take plain numbers or pandas Series (element-wise; pandas aligns two Series
on their index). Bad input raises ValueError with a message in the learner's language:
a non-numeric value (a string, a list, a text Series), a negative count or amount, or a zero
denominator (for a Series the message says in how many rows). NaN is not an error: it
propagates, so a row with a missing value gives NaN in the result. `nps` skips missing scores.
Rates are fractions (0.042 means 4.2%), never percentages. CTR and ROI are not tied to one
stage: CTR measures an ad or a post, ROI the whole campaign.
"""

from __future__ import annotations

from typing import Any

from smm_course.frameworks._numbers import checked, checked_fraction, score_list
from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = [
    "CREDIT",
    "Kpi",
    "RaceStage",
    "aov",
    "cac",
    "clv",
    "conversion_rate",
    "ctr",
    "engagement_rate",
    "nps",
    "repeat_purchase_rate",
    "roas",
    "roi",
]

CREDIT = Text(
    "RACE (Plan, Reach, Act, Convert, Engage): Smart Insights, Dave Chaffey.",
    "RACE (Plan, Reach, Act, Convert, Engage): Smart Insights, Dave Chaffey.",
)


class Kpi(Concept):
    """A key performance indicator with its definition and formula."""

    REACH = (
        "reach",
        Text("Copertura (reach)", "Reach"),
        Text(
            "Quante persone diverse hanno visto il contenuto.",
            "How many different people saw the content.",
        ),
        Text(
            "numero di persone (account) uniche raggiunte",
            "count of unique people (accounts) reached",
        ),
        Aliases("copertura", "portata"),
    )
    IMPRESSIONS = (
        "impressions",
        Text("Impression", "Impressions"),
        Text(
            "Quante volte il contenuto è stato mostrato; la stessa persona può contare più volte.",
            "How many times the content was shown; the same person can count more than once.",
        ),
        Text(
            "numero di volte in cui il contenuto è stato mostrato",
            "count of times the content was displayed",
        ),
        Aliases("visualizzazioni", "impressioni"),
    )
    UNIQUE_VISITORS = (
        "unique_visitors",
        Text("Visitatori unici", "Unique visitors"),
        Text(
            "Quante persone diverse hanno visitato il sito o la pagina nel periodo.",
            "How many different people visited the site or page in the period.",
        ),
        Text(
            "numero di visitatori distinti nel periodo", "count of distinct visitors in the period"
        ),
        Aliases("utenti unici", "unique users"),
    )
    SHARE_OF_VOICE = (
        "share_of_voice",
        Text("Share of voice", "Share of voice"),
        Text(
            "La quota delle conversazioni (o della visibilità) del mercato che riguarda il brand.",
            "The share of the market's conversations (or visibility) that is about the brand.",
        ),
        Text(
            "menzioni del brand ÷ menzioni di tutti i brand del mercato",
            "brand mentions ÷ mentions of every brand in the market",
        ),
        Aliases("quota di voce", "sov"),
    )
    ENGAGEMENT_RATE = (
        "engagement_rate",
        Text("Engagement rate", "Engagement rate"),
        Text(
            "Quanto il pubblico interagisce con un contenuto; va sempre detto su quale "
            "denominatore (reach, impression o follower).",
            "How much the audience interacts with a piece of content; always state the "
            "denominator (reach, impressions or followers).",
        ),
        Text(
            "(mi piace + commenti + condivisioni + salvataggi) ÷ reach",
            "(likes + comments + shares + saves) ÷ reach",
        ),
        Aliases("tasso di coinvolgimento", "tasso di engagement", "er"),
    )
    PAGES_PER_VISIT = (
        "pages_per_visit",
        Text("Pagine per visita", "Pages per visit"),
        Text(
            "Quante pagine guarda in media un visitatore in una sessione.",
            "How many pages a visitor views on average in one session.",
        ),
        Text("pagine viste ÷ visite", "page views ÷ visits"),
        Aliases("pagine per sessione", "pages per session"),
    )
    LEADS = (
        "leads",
        Text("Lead", "Leads"),
        Text(
            "Potenziali clienti che hanno lasciato un contatto (e-mail, telefono).",
            "Prospects who left their contact details (e-mail, phone).",
        ),
        Text("numero di contatti raccolti", "count of contacts collected"),
        Aliases("contatti", "lead generation", "contatti commerciali"),
    )
    SIGN_UPS = (
        "sign_ups",
        Text("Iscrizioni", "Sign-ups"),
        Text(
            "Persone che si registrano al sito, alla newsletter o a un programma.",
            "People who register on the site, for the newsletter or for a programme.",
        ),
        Text("numero di nuove iscrizioni", "count of new registrations"),
        Aliases("registrazioni", "iscritti", "signups", "registrations"),
    )
    CONVERSION_RATE = (
        "conversion_rate",
        Text("Tasso di conversione", "Conversion rate"),
        Text(
            "La quota di visitatori (o di clic) che compie l'azione voluta, come un acquisto.",
            "The share of visitors (or clicks) who take the desired action, such as a purchase.",
        ),
        Text("conversioni ÷ visitatori (o clic)", "conversions ÷ visitors (or clicks)"),
        Aliases("conversion rate", "cr", "cvr"),
    )
    REVENUE = (
        "revenue",
        Text("Fatturato", "Revenue"),
        Text("Il valore delle vendite nel periodo.", "The value of sales in the period."),
        Text("somma degli importi degli ordini", "sum of order values"),
        Aliases("ricavi", "vendite", "entrate", "sales"),
    )
    AOV = (
        "aov",
        Text("Valore medio dell'ordine (AOV)", "Average order value (AOV)"),
        Text("Quanto vale in media un ordine.", "How much an order is worth on average."),
        Text("fatturato ÷ ordini", "revenue ÷ orders"),
        Aliases("valore medio ordine", "scontrino medio", "average order value"),
    )
    CAC = (
        "cac",
        Text("Costo di acquisizione cliente (CAC)", "Customer acquisition cost (CAC)"),
        Text(
            "Quanto costa in media conquistare un nuovo cliente.",
            "How much it costs on average to win a new customer.",
        ),
        Text("costi di marketing ÷ nuovi clienti", "marketing cost ÷ new customers"),
        Aliases("costo di acquisizione", "costo acquisizione cliente", "customer acquisition cost"),
    )
    ROAS = (
        "roas",
        Text("ROAS (ritorno sulla spesa pubblicitaria)", "ROAS (return on ad spend)"),
        Text(
            "Quanti euro di fatturato porta ogni euro speso in pubblicità; non misura il profitto.",
            "How many euros of revenue each euro of advertising brings; it is not profit.",
        ),
        Text(
            "fatturato dalle inserzioni ÷ spesa pubblicitaria",
            "revenue from ads ÷ ad spend",
        ),
        Aliases("ritorno sulla spesa pubblicitaria", "return on ad spend"),
    )
    REPEAT_PURCHASE_RATE = (
        "repeat_purchase_rate",
        Text("Tasso di riacquisto", "Repeat-purchase rate"),
        Text(
            "La quota di clienti che ha comprato almeno due volte.",
            "The share of customers who bought at least twice.",
        ),
        Text("clienti con 2 o più ordini ÷ clienti", "customers with 2+ orders ÷ customers"),
        Aliases("tasso di acquisto ripetuto", "repeat purchase", "riacquisto"),
    )
    RETENTION = (
        "retention",
        Text("Tasso di fidelizzazione (retention)", "Retention rate"),
        Text(
            "La quota di clienti di inizio periodo ancora attivi alla fine.",
            "The share of customers at the start of the period still active at the end.",
        ),
        Text(
            "clienti a fine periodo, esclusi i nuovi ÷ clienti a inizio periodo",
            "customers at the end of the period, new ones excluded ÷ customers at the start",
        ),
        Aliases("fidelizzazione", "tasso di ritenzione", "retention"),
    )
    CLV = (
        "clv",
        Text("Valore del cliente nel tempo (CLV)", "Customer lifetime value (CLV)"),
        Text(
            "Quanto vale un cliente per tutta la durata della relazione con il brand.",
            "How much a customer is worth over the whole relationship with the brand.",
        ),
        Text(
            "AOV × acquisti all'anno × anni di relazione (× margine, se noto)",
            "AOV × purchases per year × years retained (× margin, where given)",
        ),
        Aliases("customer lifetime value", "ltv", "valore di vita del cliente"),
    )
    NPS = (
        "nps",
        Text("Net Promoter Score (NPS)", "Net Promoter Score (NPS)"),
        Text(
            "Quanto i clienti consiglierebbero il brand, da -100 a +100, dalla domanda "
            "«Da 0 a 10, quanto ci consiglieresti?».",
            "How likely customers are to recommend the brand, from -100 to +100, from the "
            "question 'From 0 to 10, how likely are you to recommend us?'.",
        ),
        Text(
            "% promotori (9-10) − % detrattori (0-6)",
            "% promoters (9-10) − % detractors (0-6)",
        ),
        Aliases("net promoter score"),
    )
    ROI = (
        "roi",
        Text("Ritorno sull'investimento (ROI)", "Return on investment (ROI)"),
        Text(
            "Quanto profitto netto porta la campagna per ogni euro investito: il margine che "
            "genera, meno il suo costo; a differenza del ROAS si basa sul profitto.",
            "How much net profit the campaign brings per euro invested: the margin it "
            "generates, minus its cost; unlike ROAS it is based on profit.",
        ),
        Text(
            "(margine generato dalla campagna − costo) ÷ costo",
            "(margin generated by the campaign − cost) ÷ cost",
        ),
        Aliases("ritorno sull'investimento", "return on investment"),
    )
    CTR = (
        "ctr",
        Text("CTR (tasso di clic)", "Click-through rate (CTR)"),
        Text(
            "La quota di impression che si trasforma in un clic.",
            "The share of impressions that turns into a click.",
        ),
        Text("clic ÷ impression", "clicks ÷ impressions"),
        Aliases("tasso di clic", "click through rate", "percentuale di clic"),
    )

    def formula(self, lang: str | None = None) -> str:
        """How the KPI is computed (or counted), in `lang`."""
        return self._field(0).get(lang)


class RaceStage(Concept):
    """A stage of RACE planning, Plan first, each with its typical KPIs."""

    PLAN = (
        "plan",
        Text("Plan (pianificare)", "Plan"),
        Text(
            "Definire strategia, obiettivi e budget, e gli strumenti per misurare i risultati.",
            "Set the strategy, goals and budget, and the tools to measure results.",
        ),
        (),
        Aliases("pianificare", "pianificazione", "planning"),
    )
    REACH = (
        "reach",
        Text("Reach (raggiungere)", "Reach"),
        Text(
            "Farsi conoscere e portare traffico verso sito, landing page e pagine social.",
            "Build awareness and drive traffic to the website, landing pages and social pages.",
        ),
        (Kpi.REACH, Kpi.IMPRESSIONS, Kpi.UNIQUE_VISITORS, Kpi.SHARE_OF_VOICE, Kpi.CTR),
        Aliases("raggiungere", "visibilità", "awareness"),
    )
    ACT = (
        "act",
        Text("Act (interagire)", "Act"),
        Text(
            "Spingere le persone a interagire e a fare il passo successivo, fino a diventare lead.",
            "Get people to interact and take the next step, until they become leads.",
        ),
        (Kpi.ENGAGEMENT_RATE, Kpi.PAGES_PER_VISIT, Kpi.LEADS, Kpi.SIGN_UPS),
        Aliases("interagire", "interazione", "interact"),
    )
    CONVERT = (
        "convert",
        Text("Convert (convertire)", "Convert"),
        Text(
            "Trasformare l'interesse in una vendita, online oppure offline.",
            "Turn interest into a sale, online or offline.",
        ),
        (Kpi.CONVERSION_RATE, Kpi.REVENUE, Kpi.AOV, Kpi.CAC, Kpi.ROAS),
        Aliases("convertire", "conversione", "conversion"),
    )
    ENGAGE = (
        "engage",
        Text("Engage (fidelizzare)", "Engage"),
        Text(
            "Costruire una relazione duratura: fedeltà, riacquisto e passaparola.",
            "Build a lasting relationship: loyalty, repeat purchase and advocacy.",
        ),
        (Kpi.REPEAT_PURCHASE_RATE, Kpi.RETENTION, Kpi.CLV, Kpi.NPS),
        Aliases("fidelizzare", "coinvolgere", "fidelizzazione"),
    )

    @property
    def kpis(self) -> tuple[Kpi, ...]:
        """The typical KPIs of the stage (none for PLAN, which sets the targets)."""
        return self._field(0)


def _ratio(
    num: Any, den: Any, kpi: Kpi, num_arg: str, den_arg: str, *, signed: bool = False
) -> Any:
    name = kpi.label()
    numerator = checked(num, name, num_arg, signed=signed)
    denominator = checked(den, name, den_arg, denominator=True)
    return numerator / denominator


def engagement_rate(engagements: Any, reach: Any) -> Any:
    """Engagements (likes + comments + shares + saves) divided by reach."""
    return _ratio(engagements, reach, Kpi.ENGAGEMENT_RATE, "engagements", "reach")


def ctr(clicks: Any, impressions: Any) -> Any:
    """Click-through rate: clicks divided by impressions."""
    return _ratio(clicks, impressions, Kpi.CTR, "clicks", "impressions")


def conversion_rate(conversions: Any, visitors: Any) -> Any:
    """Conversions divided by visitors (or clicks)."""
    return _ratio(conversions, visitors, Kpi.CONVERSION_RATE, "conversions", "visitors")


def cac(marketing_cost: Any, new_customers: Any) -> Any:
    """Customer acquisition cost: marketing cost divided by new customers."""
    return _ratio(marketing_cost, new_customers, Kpi.CAC, "marketing_cost", "new_customers")


def roas(revenue: Any, ad_spend: Any) -> Any:
    """Return on ad spend: revenue from ads divided by ad spend (a ratio, 4.0 = 400%)."""
    return _ratio(revenue, ad_spend, Kpi.ROAS, "revenue", "ad_spend")


def aov(revenue: Any, orders: Any) -> Any:
    """Average order value: revenue divided by orders."""
    return _ratio(revenue, orders, Kpi.AOV, "revenue", "orders")


def repeat_purchase_rate(repeat_customers: Any, customers: Any) -> Any:
    """Customers with two or more orders divided by all customers."""
    return _ratio(
        repeat_customers, customers, Kpi.REPEAT_PURCHASE_RATE, "repeat_customers", "customers"
    )


def clv(aov: Any, purchases_per_year: Any, years: Any, margin: Any = 1.0) -> Any:
    """Simple customer lifetime value: AOV x purchases per year x years (x margin, 0..1)."""
    name = Kpi.CLV.label()
    return (
        checked(aov, name, "aov")
        * checked(purchases_per_year, name, "purchases_per_year")
        * checked(years, name, "years")
        * checked_fraction(margin, name)
    )


def roi(profit: Any, cost: Any) -> Any:
    """Return on investment: (margin from the campaign - cost) / cost; may be negative.

    `profit` is the contribution margin the campaign generates before its own cost
    (revenue x gross margin, minus commissions); the cost is subtracted here.
    """
    name = Kpi.ROI.label()
    gain = checked(profit, name, "profit", signed=True)
    spent = checked(cost, name, "cost", denominator=True)
    return (gain - spent) / spent


def nps(scores: Any) -> float:
    """Net Promoter Score from 0..10 answers: % promoters (9-10) - % detractors (0-6)."""
    values = score_list(scores, 0, 10)
    promoters = sum(1 for v in values if v >= 9)
    detractors = sum(1 for v in values if v <= 6)
    return 100.0 * (promoters - detractors) / len(values)
