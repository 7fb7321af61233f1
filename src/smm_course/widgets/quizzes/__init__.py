"""Every lesson quiz by id: the questions and their answer keys live here, not in the lessons."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from smm_course.widgets.questions import Question
from smm_course.widgets.quizzes import l00, l01, l02, l03, l04, l05, l06, l08

__all__ = ["QUIZZES", "questions_of"]

QUIZZES: MappingProxyType[str, Callable[[], tuple[Question, ...]]] = MappingProxyType(
    {
        "l00.quiz_corso": l00.quiz_corso,
        "l01.quiz_definizione": l01.quiz_definizione,
        "l02.quiz_blocchi": l02.quiz_blocchi,
        "l02.blocchi": l02.blocchi,
        "l03.quiz_fasi": l03.quiz_fasi,
        "l03.omnicanale": l03.omnicanale,
        "l04.momenti": l04.momenti,
        "l04.quiz_zmot": l04.quiz_zmot,
        "l05.quiz_sostac": l05.quiz_sostac,
        "l06.quiz_canali": l06.quiz_canali,
        "l08.quiz_ultimo_clic": l08.quiz_ultimo_clic,
        "l08.quiz_limiti": l08.quiz_limiti,
    }
)


def questions_of(quiz_id: str) -> tuple[Question, ...]:
    """The questions (with their answers) of the lesson quiz `quiz_id`."""
    try:
        factory = QUIZZES[quiz_id]
    except KeyError:
        raise ValueError(f"unknown quiz {quiz_id!r}; known: {', '.join(QUIZZES)}") from None
    return factory()
