"""The course's lessons and their self-checks, in order."""

from __future__ import annotations

from dataclasses import dataclass

from smm_course.frameworks.concepts import Text

__all__ = ["LESSONS", "Lesson", "lesson", "lesson_of"]


@dataclass(frozen=True)
class Lesson:
    """One lesson notebook and the ids of the self-checks it contains."""

    id: str
    notebook: str
    title: Text
    minutes: int
    self_checks: tuple[str, ...]
    assignment: str | None = None

    def label(self, lang: str | None = None) -> str:
        """'01 · Brand touchpoint' in the learner's language."""
        return f"{self.id[1:]} · {self.title.get(lang)}"


LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "l00",
        "00_benvenuto.ipynb",
        Text("Benvenuto", "Welcome"),
        20,
        (
            "l00.profilo",
            "l00.quiz_corso",
            "l00.primi_dati",
            "l00.pandas_filtro",
            "l00.pandas_gruppi",
            "l00.pandas_quota",
            "l00.prova_smart",
        ),
    ),
    Lesson(
        "l01",
        "01_touchpoint.ipynb",
        Text("Brand touchpoint", "Brand touchpoints"),
        60,
        ("l01.quiz_definizione", "l01.sorter", "l01.analisi_costi"),
        "m01_touchpoint",
    ),
    Lesson(
        "l02",
        "02_business_model_canvas.ipynb",
        Text("Business Model Canvas", "Business Model Canvas"),
        75,
        ("l02.quiz_blocchi", "l02.blocchi", "l02.canvas", "l02.ricavi"),
        "m02_canvas",
    ),
    Lesson(
        "l03",
        "03_customer_journey.ipynb",
        Text("Customer journey", "Customer journey"),
        75,
        ("l03.quiz_fasi", "l03.journey", "l03.conversione", "l03.swot", "l03.omnicanale"),
        "m03_journey",
    ),
    Lesson(
        "l04",
        "04_zmot_inbound.ipynb",
        Text("ZMOT e inbound marketing", "ZMOT and inbound marketing"),
        60,
        ("l04.momenti", "l04.quiz_zmot", "l04.voto_estate", "l04.recensioni"),
        "m04_zmot",
    ),
    Lesson(
        "l05",
        "05_sostac_race.ipynb",
        Text("Piano multicanale: SOSTAC® e RACE", "Multichannel plan: SOSTAC® and RACE"),
        90,
        ("l05.quiz_sostac", "l05.sostac", "l05.race", "l05.kpi", "l05.mese"),
        "m05_sostac_race",
    ),
    Lesson(
        "l06",
        "06_canali_ecosistema.ipynb",
        Text("Canali ed ecosistema e-commerce", "Channels and the e-commerce ecosystem"),
        60,
        ("l06.matrice", "l06.quiz_canali", "l06.roi"),
        "m06_canali",
    ),
    Lesson(
        "l07",
        "07_documento_strategico.ipynb",
        Text("Documento Strategico", "Strategy document"),
        120,
        ("l07.sintesi", "l07.canali", "l07.cruscotto", "l07.documento"),
        "m07_documento_strategico",
    ),
    Lesson(
        "l08",
        "08_misurare_attribuire.ipynb",
        Text("Misurare e attribuire", "Measuring and attributing"),
        75,
        ("l08.quiz_ultimo_clic", "l08.a_mano", "l08.confronto", "l08.quiz_limiti", "l08.misura"),
        "m08_attribuzione",
    ),
)


def lesson(lesson_id: str) -> Lesson | None:
    """The lesson with id 'l03' (or None)."""
    return next((item for item in LESSONS if item.id == lesson_id), None)


def lesson_of(exercise_id: str) -> str:
    """The lesson id an exercise id belongs to ('l02.canvas' -> 'l02')."""
    return str(exercise_id).split(".", 1)[0]
