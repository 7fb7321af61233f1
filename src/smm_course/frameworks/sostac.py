"""SOSTAC® planning model (PR Smith): six stages, each with its question and contents."""

from __future__ import annotations

from smm_course.frameworks.concepts import Aliases, Concept, Text

__all__ = ["CREDIT", "SOURCE_ARTICLE_STAGES", "FiveS", "SostacStage"]

CREDIT = Text(
    "SOSTAC® è un marchio registrato di PR Smith (prsmith.org).",
    "SOSTAC® is a registered trademark of PR Smith (prsmith.org).",
)

# The course's source article describes only Situation, Objectives, Strategy and Tactics;
# the lessons teach all six stages and say so.
SOURCE_ARTICLE_STAGES = 4


def _texts(*pairs: tuple[str, str]) -> tuple[Text, ...]:
    return tuple(Text(it, en) for it, en in pairs)


class SostacStage(Concept):
    """A stage of a SOSTAC® plan, from Situation to Control."""

    SITUATION = (
        "situation",
        Text("Analisi della situazione", "Situation analysis"),
        Text(
            "Fotografa il punto di partenza: clienti, concorrenti, competenze interne e "
            "tendenze del mercato, riassunti in una SWOT.",
            "Captures the starting point: customers, competitors, in-house competencies and "
            "market trends, summed up in a SWOT.",
        ),
        Text("Dove siamo ora?", "Where are we now?"),
        _texts(
            (
                "Clienti: chi sono, perché comprano, come comprano",
                "Customers: who they are, why they buy, how they buy",
            ),
            ("Concorrenti", "Competitors"),
            ("Competenze: punti di forza e di debolezza", "Competencies: strengths and weaknesses"),
            (
                "Tendenze del mercato: opportunità e minacce",
                "Market trends: opportunities and threats",
            ),
            ("Analisi SWOT", "SWOT analysis"),
        ),
        Aliases("situazione", "situation", "analisi situazione"),
    )
    OBJECTIVES = (
        "objectives",
        Text("Obiettivi", "Objectives"),
        Text(
            "Stabilisce dove si vuole arrivare con obiettivi quantificati, organizzati "
            "secondo le 5S e scritti in forma SMART.",
            "Sets where we want to be with quantified objectives, organised by the 5S and "
            "written as SMART.",
        ),
        Text("Dove vogliamo arrivare?", "Where do we want to be?"),
        _texts(
            ("Le 5S: Sell, Serve, Speak, Save, Sizzle", "The 5S: Sell, Serve, Speak, Save, Sizzle"),
            (
                "Obiettivi SMART: specifici, misurabili, raggiungibili, rilevanti, "
                "definiti nel tempo",
                "SMART objectives: specific, measurable, achievable, relevant, time-bound",
            ),
        ),
        Aliases("obiettivo", "objective", "goals"),
    )
    STRATEGY = (
        "strategy",
        Text("Strategia", "Strategy"),
        Text(
            "Il quadro generale di come raggiungere gli obiettivi, riassunto dalla formula "
            "STOP & SIT.",
            "The big picture of how to reach the objectives, summed up by the STOP & SIT formula.",
        ),
        Text("Come ci arriviamo?", "How do we get there?"),
        _texts(
            ("Segmentazione", "Segmentation"),
            ("Targeting", "Targeting"),
            ("Obiettivi", "Objectives"),
            ("Posizionamento", "Positioning"),
            ("Sequenza", "Sequence"),
            ("Integrazione", "Integration"),
            ("Strumenti", "Tools"),
        ),
        Aliases("strategie", "stop & sit", "stop and sit"),
    )
    TACTICS = (
        "tactics",
        Text("Tattiche", "Tactics"),
        Text(
            "I dettagli della strategia: quali strumenti del marketing mix e della "
            "comunicazione usare, su quali canali e con quali tempi.",
            "The details of the strategy: which marketing and communications mix tools to "
            "use, on which channels and with what timing.",
        ),
        Text(
            "Come ci arriviamo, nel dettaglio?",
            "How exactly do we get there?",
        ),
        _texts(
            ("Marketing mix", "Marketing mix"),
            ("Mix della comunicazione", "Communications mix"),
            ("Canali", "Channels"),
            ("Tempi e calendario", "Timing and schedule"),
        ),
        Aliases("tattica", "tactic"),
    )
    ACTION = (
        "action",
        Text("Azione", "Action"),
        Text(
            "Traduce le tattiche in compiti: chi fa che cosa, con quali risorse ed entro quando.",
            "Turns the tactics into tasks: who does what, with which resources and by when.",
        ),
        Text("Chi fa che cosa e quando?", "Who does what, and when?"),
        _texts(
            ("Le 3M: Men (persone)", "The 3Ms: Men (people)"),
            ("Money (budget)", "Money (budget)"),
            ("Minutes (tempo)", "Minutes (time)"),
            ("Responsabilità e processi", "Responsibilities and processes"),
        ),
        Aliases("azioni", "actions", "3m", "3ms"),
    )
    CONTROL = (
        "control",
        Text("Controllo", "Control"),
        Text(
            "Misura i risultati rispetto agli obiettivi e rimanda ciò che si impara "
            "all'analisi della situazione.",
            "Measures results against the objectives and feeds what is learnt back into the "
            "situation analysis.",
        ),
        Text("Come sappiamo se ci siamo arrivati?", "How do we know we got there?"),
        _texts(
            ("KPI legati agli obiettivi", "KPIs tied to the objectives"),
            ("Frequenza e processo di reporting", "Reporting frequency and process"),
            (
                "Ciclo di ritorno verso l'analisi della situazione",
                "Feedback loop to the situation analysis",
            ),
        ),
        Aliases("monitoraggio", "monitoring", "misurazione"),
    )

    def question(self, lang: str | None = None) -> str:
        """The guiding question of the stage in `lang`."""
        return self._field(0).get(lang)

    def details(self, lang: str | None = None) -> tuple[str, ...]:
        """What goes into the stage, item by item, in `lang`."""
        return tuple(item.get(lang) for item in self._field(1))


class FiveS(Concept):
    """PR Smith's 5S: the five kinds of objective a digital plan can pursue."""

    SELL = (
        "sell",
        Text("Sell (vendere)", "Sell"),
        Text(
            "Aumentare vendite e quota di mercato.",
            "Grow sales and market share.",
        ),
        Aliases("vendere", "vendite"),
    )
    SERVE = (
        "serve",
        Text("Serve (servire)", "Serve"),
        Text(
            "Offrire più valore e un servizio migliore ai clienti.",
            "Give customers more value and better service.",
        ),
        Aliases("servire", "servizio"),
    )
    SPEAK = (
        "speak",
        Text("Speak (dialogare)", "Speak"),
        Text(
            "Avviare un dialogo con i clienti e coinvolgerli.",
            "Start a dialogue with customers and engage them.",
        ),
        Aliases("dialogare", "parlare", "dialogo"),
    )
    SAVE = (
        "save",
        Text("Save (risparmiare)", "Save"),
        Text(
            "Ridurre costi e tempi, rendendo i processi più efficienti.",
            "Cut costs and time by making processes more efficient.",
        ),
        Aliases("risparmiare", "risparmio"),
    )
    SIZZLE = (
        "sizzle",
        Text("Sizzle (entusiasmare)", "Sizzle"),
        Text(
            "Rendere il brand memorabile: un effetto «wow» che fa tornare le persone.",
            "Make the brand memorable: a 'wow' factor that brings people back.",
        ),
        Aliases("entusiasmare", "wow"),
    )
