"""Quiz questions: single choice, multiple choice and matching (frozen, bilingual-ready)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any

from smm_course.frameworks._base import Text

Label = Text | str


def say(label: Label, lang: str) -> str:
    """A question label in `lang`."""
    return label.get(lang) if isinstance(label, Text) else str(label)


@dataclass(frozen=True)
class SingleChoice:
    """One right option among `options` (`answer` is its index)."""

    id: str
    prompt: Label
    options: tuple[Label, ...]
    answer: int


@dataclass(frozen=True)
class MultipleChoice:
    """Every option in `answers` (indexes) is right, the others wrong."""

    id: str
    prompt: Label
    options: tuple[Label, ...]
    answers: frozenset[int]


@dataclass(frozen=True)
class Matching:
    """Match each left item to its right item (`pairs` in the right order)."""

    id: str
    prompt: Label
    pairs: tuple[tuple[Label, Label], ...]


Question = SingleChoice | MultipleChoice | Matching


def shuffled(count: int, seed_text: str) -> list[int]:
    """The indexes 0..count-1 in an order fixed by `seed_text` (stable across sessions)."""
    seed = int.from_bytes(hashlib.sha256(seed_text.encode("utf-8")).digest()[:8], "big")
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return order


def question_score(question: Question, given: Any) -> tuple[float, int, int]:
    """(score 0..1, parts right, parts in total) for one question's stored answer."""
    if isinstance(question, SingleChoice):
        right = int(given == question.answer)
        return float(right), right, 1
    if isinstance(question, MultipleChoice):
        chosen = set(given) if isinstance(given, (list, tuple, set, frozenset)) else set()
        total = len(question.options)
        right = sum(1 for i in range(total) if (i in chosen) == (i in question.answers))
        # ticking nothing is no partial success
        return (right / total if chosen else 0.0), (right if chosen else 0), total
    chosen_map = given if isinstance(given, dict) else {}
    total = len(question.pairs)
    right = sum(1 for i in range(total) if chosen_map.get(str(i)) == i)
    return right / total if total else 0.0, right, total
