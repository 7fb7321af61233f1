"""Worked examples on another business (a Bologna bookshop) and checklists for own answers."""

# ruff: noqa: E501  (course content: one bilingual sentence a line reads best)

from __future__ import annotations

from types import MappingProxyType

from smm_course.frameworks.business import WorkedExample
from smm_course.frameworks.concepts import Text as T

__all__ = ["EXAMPLE_BUSINESS", "WORKED_EXAMPLES", "worked_example"]

EXAMPLE_BUSINESS = "Libreria Pagine Sparse, Bologna"

_TOUCHPOINTS = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Pre-acquisto", "Pre-purchase"),
     T("Profilo Instagram con i consigli di lettura (digitale, gestito); recensioni su Google "
       "(digitale, spontaneo); vetrina su via Zamboni (fisico, gestito)",
       "Instagram profile with reading tips (digital, managed); Google reviews (digital, "
       "spontaneous); shop window on via Zamboni (physical, managed)")),
    (T("Acquisto", "Purchase"),
     T("Cassa e consiglio del libraio (fisico, gestito); ordine sul sito con ritiro in negozio "
       "(digitale, gestito)",
       "Till and the bookseller's advice (physical, managed); website order collected in the "
       "shop (digital, managed)")),
    (T("Post-acquisto", "Post-purchase"),
     T("Newsletter degli incontri con gli autori (digitale, gestito); passaparola tra studenti "
       "(fisico, spontaneo)",
       "Newsletter of author events (digital, managed); word of mouth among students "
       "(physical, spontaneous)")),
), (
    T("Almeno sei touchpoint, e almeno uno per fase.", "At least six touchpoints, one per phase."),
    T("Almeno un touchpoint spontaneo: recensioni, passaparola, articoli.",
      "At least one spontaneous touchpoint: reviews, word of mouth, articles."),
    T("Ogni touchpoint classificato per natura e controllo.",
      "Every touchpoint classified by nature and control."),
))  # fmt: skip

_CANVAS = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Segmenti di clientela", "Customer segments"),
     T("Studenti universitari; lettori forti del quartiere; scuole che ordinano libri di testo",
       "University students; keen readers of the neighbourhood; schools ordering textbooks")),
    (T("Proposta di valore", "Value proposition"),
     T("Il consiglio di un libraio che legge, incontri con gli autori, ordini in 24 ore",
       "Advice from a bookseller who reads, author events, orders in 24 hours")),
    (T("Canali", "Channels"),
     T("Negozio, sito con ritiro in negozio, Instagram, newsletter",
       "Shop, website with in-shop pickup, Instagram, newsletter")),
    (T("Flussi di ricavi", "Revenue streams"),
     T("Vendita di libri, biglietti degli incontri, forniture alle scuole",
       "Book sales, event tickets, supplies to schools")),
    (T("Struttura dei costi", "Cost structure"),
     T("Affitto, stipendi, libri in conto deposito, inserzioni locali",
       "Rent, wages, books on consignment, local ads")),
), (
    T("Ogni proposta di valore nomina un segmento preciso.",
      "Every value proposition names a precise segment."),
    T("Ogni segmento ha un canale e una relazione.", "Every segment has a channel and a relationship."),
    T("I costi corrispondono alle risorse e alle attività chiave.",
      "Costs match the key resources and activities."),
))  # fmt: skip

_JOURNEY = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Consapevolezza", "Awareness"),
     T("Giulia, studentessa, vede un reel sull'incontro con un'autrice (emozione +1)",
       "Giulia, a student, sees a reel about an author event (emotion +1)")),
    (T("Considerazione", "Consideration"),
     T("Cerca la libreria su Google: orari chiari, ma il sito non dice se il libro c'è (-1)",
       "Looks the shop up on Google: clear hours, but the site does not say if the book is in stock (-1)")),
    (T("Acquisto", "Purchase"),
     T("Prenota online e ritira: il libraio le consiglia un altro titolo (+2)",
       "Reserves online and collects: the bookseller suggests another title (+2)")),
    (T("Fidelizzazione e passaparola", "Retention and advocacy"),
     T("Si iscrive alla newsletter; porta due amiche all'incontro successivo (+1)",
       "Joins the newsletter; brings two friends to the next event (+1)")),
), (
    T("Una persona precisa, con un bisogno, non «il cliente».", "One real person with a need, not \"the customer\"."),
    T("Azioni e touchpoint concreti in ogni fase.", "Concrete actions and touchpoints in every stage."),
    T("Emozioni che salgono e scendono, con almeno un punto di attrito.",
      "Emotions that rise and fall, with at least one pain point."),
    T("Ogni attrito ha un'opportunità che lo risolve.", "Every pain point has an opportunity that fixes it."),
))  # fmt: skip

_SWOT = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Touchpoint", "Touchpoint"), T("Il sito con ritiro in negozio", "The website with in-shop pickup")),
    (T("Punti di forza (interni)", "Strengths (internal)"),
     T("Ritiro in giornata; schede scritte dai librai", "Same-day pickup; reviews written by the booksellers")),
    (T("Debolezze (interne)", "Weaknesses (internal)"),
     T("Il catalogo non mostra la disponibilità; il sito è lento da telefono",
       "The catalogue does not show stock; the site is slow on phones")),
    (T("Opportunità (esterne)", "Opportunities (external)"),
     T("Gli studenti cercano i testi d'esame online a settembre",
       "Students search for exam books online in September")),
    (T("Minacce (esterne)", "Threats (external)"),
     T("I grandi marketplace consegnano in un giorno", "Big marketplaces deliver in one day")),
), (
    T("Forze e debolezze parlano di ciò che l'attività controlla (interno).",
      "Strengths and weaknesses are about what the business controls (internal)."),
    T("Opportunità e minacce parlano di mercato, clienti, concorrenti, piattaforme (esterno).",
      "Opportunities and threats are about market, customers, competitors, platforms (external)."),
    T("Ogni voce è una frase concreta, non una parola sola.", "Every item is a concrete sentence, not one word."),
))  # fmt: skip

_REVIEWS = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Conclusione", "Conclusion"),
     T("I voti calano a settembre, quando i testi d'esame arrivano in ritardo: le recensioni "
       "parlano di attese. Proposta: un avviso con la data di arrivo al momento dell'ordine e una "
       "risposta a ogni recensione negativa, così chi cerca la libreria nello ZMOT vede che "
       "ascoltiamo.",
       "Ratings drop in September, when exam books arrive late: reviews talk about waiting. "
       "Proposal: an arrival date shown when ordering and a reply to every negative review, so "
       "people researching the shop in the ZMOT see that we listen.")),
), (
    T("Leggi le tue recensioni (Google Business Profile, TripAdvisor, Etsy) mese per mese.",
      "Read your reviews (Google Business Profile, TripAdvisor, Etsy) month by month."),
    T("Nomina quando calano i voti e perché (le parole che tornano).",
      "Say when ratings drop and why (the words that recur)."),
    T("Chiudi con un'azione concreta e spiega come aiuta chi cerca informazioni (ZMOT).",
      "End with a concrete action and how it helps people researching you (ZMOT)."),
))  # fmt: skip

_SOSTAC = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Situazione", "Situation"),
     T("Vendite in calo del 6% nel 2025; 4,6 stelle su Google; i marketplace prendono gli studenti",
       "Sales down 6% in 2025; 4.6 stars on Google; marketplaces take the students")),
    (T("Obiettivi", "Objectives"),
     T("Portare a 300 le prenotazioni online di testi d'esame entro il 30 ottobre 2026",
       "Reach 300 online reservations of exam books by 30 October 2026")),
    (T("Strategia", "Strategy"),
     T("Diventare la libreria degli studenti del quartiere: ritiro in giornata e consiglio",
       "Become the students' bookshop of the area: same-day pickup and advice")),
    (T("Tattiche", "Tactics"),
     T("Disponibilità sul sito, reel settimanali, accordo con due associazioni studentesche",
       "Stock shown online, weekly reels, a deal with two student associations")),
    (T("Azione", "Action"),
     T("Marta cura Instagram 3 ore a settimana; 200 € al mese di inserzioni da agosto a ottobre",
       "Marta runs Instagram 3 hours a week; 200 € a month of ads from August to October")),
    (T("Controllo", "Control"),
     T("Ogni lunedì prenotazioni, visite al sito e costo per prenotazione; report mensile di Marta",
       "Every Monday reservations, site visits and cost per reservation; monthly report by Marta")),
), (
    T("La situazione ha numeri tuoi (vendite, recensioni, visite).", "The situation has your own numbers."),
    T("Gli obiettivi sono SMART: numero, che cosa conta, scadenza.", "Objectives are SMART: number, what it counts, deadline."),
    T("La strategia è una scelta (per chi, con quale vantaggio), non un elenco di tattiche.",
      "The strategy is a choice (for whom, with which edge), not a list of tactics."),
    T("L'azione nomina persone, budget e tempi; il controllo KPI, frequenza e chi li legge.",
      "Action names people, budget and timing; control names KPIs, frequency and who reads them."),
))  # fmt: skip

_RACE = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Dove trovare i numeri", "Where to find the numbers"),
     T("Copertura e interazioni: Instagram Insights (Meta Business Suite). Visitatori e "
       "conversioni: Google Analytics 4, rapporto Acquisizione. Ordini, nuovi clienti e "
       "riacquisti: la piattaforma del negozio (Shopify, WooCommerce, Etsy). Spesa: il gestore "
       "delle inserzioni.",
       "Reach and interactions: Instagram Insights (Meta Business Suite). Visitors and "
       "conversions: Google Analytics 4, Acquisition report. Orders, new customers and repeat "
       "buyers: your shop platform (Shopify, WooCommerce, Etsy). Spend: the ads manager.")),
    (T("Esempio (un mese)", "Example (one month)"),
     T("Copertura 18.000; visitatori 900; interazioni 1.400; ordini 45; nuovi clienti 30; "
       "spesa 200 €; fatturato 1.350 €; clienti che riacquistano 6",
       "Reach 18,000; visitors 900; interactions 1,400; orders 45; new customers 30; "
       "spend 200 €; revenue 1,350 €; repeat customers 6")),
), (
    T("Un solo canale e un solo mese, gli stessi per tutti i numeri.", "One channel and one month for every number."),
    T("Copertura ≥ visitatori ≥ ordini.", "Reach ≥ visitors ≥ orders."),
    T("I nuovi clienti non sono gli ordini: il CAC si calcola sui nuovi clienti.",
      "New customers are not orders: CAC is computed on new customers."),
))  # fmt: skip

_CHANNELS = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Negozio", "Shop"), T("Diretto: valutazione, acquisto, consegna, post-vendita",
                             "Direct: evaluation, purchase, delivery, after-sales")),
    (T("Sito con ritiro", "Website with pickup"), T("Diretto: valutazione, acquisto", "Direct: evaluation, purchase")),
    (T("Instagram", "Instagram"), T("Diretto su piattaforma altrui: consapevolezza, valutazione",
                                    "Direct on someone else's platform: awareness, evaluation")),
    (T("Marketplace", "Marketplace"), T("Indiretto: acquisto, consegna (commissione del 15%)",
                                        "Indirect: purchase, delivery (15% commission)")),
), (
    T("Almeno quattro canali, e per ognuno chi lo possiede.", "At least four channels, and who owns each."),
    T("Una fase si spunta solo se il canale la svolge davvero oggi.", "Tick a phase only if the channel really does it today."),
    T("Tutte e cinque le fasi coperte da almeno un canale.", "All five phases covered by at least one channel."),
))  # fmt: skip

_PLAN = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Instagram · Reach", "Instagram · Reach"),
     T("Raggiungere 25.000 persone al mese con i reel entro settembre 2026 · Copertura · 150 €/mese · Marta",
       "Reach 25,000 people a month with reels by September 2026 · Reach · 150 €/month · Marta")),
    (T("Sito · Convert", "Website · Convert"),
     T("Portare a 300 le prenotazioni online entro il 30 ottobre 2026 · Tasso di conversione · 40 €/mese · Luca",
       "Reach 300 online reservations by 30 October 2026 · Conversion rate · 40 €/month · Luca")),
    (T("Newsletter · Engage", "Newsletter · Engage"),
     T("Portare al 30% il tasso di riacquisto degli iscritti entro dicembre 2026 · Tasso di riacquisto · 20 €/mese · Marta",
       "Bring subscribers' repeat purchase rate to 30% by December 2026 · Repeat purchase rate · 20 €/month · Marta")),
    (T("Incontri con gli autori · Act", "Author events · Act"),
     T("Raccogliere 400 iscrizioni agli incontri entro giugno 2026 · Iscrizioni · 100 €/mese · Luca",
       "Collect 400 event sign-ups by June 2026 · Sign-ups · 100 €/month · Luca")),
), (
    T("Almeno quattro canali e tre fasi di RACE.", "At least four channels and three RACE stages."),
    T("Ogni obiettivo ha un numero e una scadenza.", "Every objective has a number and a deadline."),
    T("Il KPI è della fase scelta; il budget è in euro al mese.", "The KPI belongs to the stage; the budget is in euro per month."),
    T("Ogni canale ha una persona che se ne occupa.", "Every channel has a person in charge."),
))  # fmt: skip

_SUMMARY = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Sintesi (estratto)", "Summary (extract)"),
     T("Pagine Sparse è una libreria indipendente di Bologna. Nel 2025 le vendite sono calate del "
       "6% e gli studenti comprano sui marketplace. Obiettivo: 300 prenotazioni online di testi "
       "d'esame entro il 30 ottobre 2026. Strategia: la libreria degli studenti, con ritiro in "
       "giornata. Canali: Instagram per farsi conoscere, il sito per vendere, la newsletter per "
       "far tornare. Controllo ogni lunedì; 200 € al mese e 3 ore a settimana di Marta.",
       "Pagine Sparse is an independent bookshop in Bologna. In 2025 sales fell 6% and students "
       "buy on marketplaces. Objective: 300 online reservations of exam books by 30 October 2026. "
       "Strategy: the students' bookshop, with same-day pickup. Channels: Instagram to be known, "
       "the website to sell, the newsletter to bring people back. Checked every Monday; 200 € a "
       "month and 3 hours a week of Marta's time.")),
), (
    T("Due o tre numeri tuoi (vendite, recensioni, visite): nessun numero del caso di studio.",
      "Two or three of your own numbers: none from the case study."),
    T("Clienti, obiettivi SMART, strategia e canali, controllo, risorse: in quest'ordine.",
      "Customers, SMART objectives, strategy and channels, control, resources: in this order."),
    T("Tra 150 e 300 parole.", "Between 150 and 300 words."),
))  # fmt: skip

_MEASUREMENT = WorkedExample(EXAMPLE_BUSINESS, (
    (T("Modello di attribuzione scelto", "Chosen attribution model"),
     T("Basato sulla posizione: gli studenti ci scoprono su Instagram e prenotano dal sito dopo "
       "due o tre visite; primo e ultimo contatto contano entrambi.",
       "Position-based: students find us on Instagram and book on the website after two or three "
       "visits; first and last touch both matter.")),
    (T("Decisione di budget", "Budget decision"),
     T("Instagram passa da 12 a 19 prenotazioni rispetto all'ultimo clic: spostiamo 40 € al mese "
       "dalle inserzioni Google a Instagram.",
       "Instagram goes from 12 to 19 reservations against last click: we move 40 € a month from "
       "Google ads to Instagram.")),
    (T("Test di incrementalità", "Incrementality test"),
     T("A settembre, per 3 settimane, niente inserzioni Instagram a Modena (zona di controllo: "
       "Bologna con le inserzioni); confrontiamo le prenotazioni delle due città.",
       "In September, for 3 weeks, no Instagram ads in Modena (control area: Bologna with the "
       "ads); we compare the reservations of the two cities.")),
    (T("Contatti offline", "Offline touchpoints"),
     T("Alla cassa chiediamo «come ci hai conosciuto?» e segniamo la risposta; un codice sconto "
       "diverso sui volantini dell'università.",
       "At the till we ask 'how did you find us?' and note the answer; a different discount code "
       "on the university flyers.")),
), (
    T("Il modello scelto con una ragione che parla dei percorsi dei tuoi clienti.",
      "The chosen model with a reason about your customers' paths."),
    T("Una decisione con un canale e un numero: conversioni, euro o percentuale.",
      "A decision with a channel and a number: conversions, euros or a percentage."),
    T("Un test con un gruppo o una zona di controllo e una durata.",
      "A test with a control group or area and a duration."),
))  # fmt: skip

WORKED_EXAMPLES = MappingProxyType(
    {
        "l01.sorter": _TOUCHPOINTS,
        "l02.canvas": _CANVAS,
        "l03.journey": _JOURNEY,
        "l03.swot": _SWOT,
        "l04.recensioni": _REVIEWS,
        "l05.sostac": _SOSTAC,
        "l05.race": _RACE,
        "l06.matrice": _CHANNELS,
        "l07.canali": _PLAN,
        "l07.sintesi": _SUMMARY,
        "l08.misura": _MEASUREMENT,
    }
)


def worked_example(exercise_id: str) -> WorkedExample | None:
    """The worked example and checklist for an exercise (case or own id), or None."""
    from smm_course.frameworks.business import case_id

    return WORKED_EXAMPLES.get(case_id(exercise_id))
