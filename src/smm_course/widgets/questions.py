"""Quiz questions: single choice, multiple choice and matching (frozen, bilingual-ready)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Any

from smm_course.frameworks.concepts import Text

Label = Text | str


def say(label: Label, lang: str) -> str:
    """A question label in `lang`."""
    return label.get(lang) if isinstance(label, Text) else str(label)


def _check_explanations(kind: str, question_id: str, count: int, explanations: tuple) -> None:
    """An author error, not a learner's: one explanation per option (or pair), or none."""
    if explanations and len(explanations) != count:
        raise ValueError(
            f"{kind} {question_id!r}: {len(explanations)} explanations for {count} options"
        )


@dataclass(frozen=True)
class SingleChoice:
    """One right option among `options` (`answer` is its index).

    `explanations` (one per option, in the same order) say why each option is right or
    wrong; the quiz shows them in its feedback.
    """

    id: str
    prompt: Label
    options: tuple[Label, ...]
    answer: int
    explanations: tuple[Label, ...] = ()

    def __post_init__(self) -> None:
        _check_explanations("SingleChoice", self.id, len(self.options), self.explanations)


@dataclass(frozen=True)
class MultipleChoice:
    """Every option in `answers` (indexes) is right, the others wrong; one explanation each."""

    id: str
    prompt: Label
    options: tuple[Label, ...]
    answers: frozenset[int]
    explanations: tuple[Label, ...] = ()

    def __post_init__(self) -> None:
        _check_explanations("MultipleChoice", self.id, len(self.options), self.explanations)


@dataclass(frozen=True)
class Matching:
    """Match each left item to its right item (`pairs` in the right order); one explanation each."""

    id: str
    prompt: Label
    pairs: tuple[tuple[Label, Label], ...]
    explanations: tuple[Label, ...] = ()

    def __post_init__(self) -> None:
        _check_explanations("Matching", self.id, len(self.pairs), self.explanations)


Question = SingleChoice | MultipleChoice | Matching


def explained(question: Question, given: Any, lang: str) -> list[tuple[str, str, bool]]:
    """(option text, explanation, is it right?) to show after an answer, never giving it away.

    A fully right answer gets every explanation (why the right options are right and the
    others wrong); otherwise only the options the learner chose wrongly are explained,
    so the feedback says why a choice is wrong without revealing the right one.
    """
    if not question.explanations:
        return []
    points, _right, _total = question_score(question, given)
    why = [say(text, lang) for text in question.explanations]
    if isinstance(question, Matching):
        chosen = given if isinstance(given, dict) else {}
        return [
            (f"{say(left, lang)} → {say(right, lang)}", why[i], True)
            for i, (left, right) in enumerate(question.pairs)
            if points >= 0.999 or chosen.get(str(i)) == i
        ]
    right_ones = {question.answer} if isinstance(question, SingleChoice) else set(question.answers)
    if points >= 0.999:
        shown = range(len(question.options))
    elif isinstance(question, SingleChoice):
        shown = [given] if isinstance(given, int) and given not in right_ones else []
    else:
        chosen = set(given) if isinstance(given, (list, tuple, set, frozenset)) else set()
        shown = sorted(i for i in chosen if i not in right_ones and isinstance(i, int))
    return [
        (say(question.options[i], lang), why[i], i in right_ones)
        for i in shown
        if 0 <= i < len(question.options)
    ]


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
