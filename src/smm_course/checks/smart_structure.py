"""The shape of an objective: its verb, what it obtains and the words that say where or for whom.

Works for any business: a word is "content" by its place in the sentence (after a number, as the
object of the verb, in a complement), not because a list of one sector's nouns knows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from smm_course.checks import smart_lexicon as lex
from smm_course.checks._words import STOPWORDS, word_set

Span = tuple[int, int]

# Articles and prepositions skipped between a number or a verb and the noun it governs.
ARTICLES = word_set("il lo la i gli le l un una uno un the a an")
LINKS = word_set("di del della dello dei degli delle dell d of")
# Words between a quantity and what it counts ("200 nuovi clienti", "30% in più di ordini").
SKIPPED = word_set(
    """
    nuovi nuove nuovo nuova new piu more altri altre altro altra additional extra ulteriori
    in di of circa about almeno least at oltre over
    """
)
# Nouns that never say what or where: vague, generic.
VAGUE_NOUNS = word_set(
    """
    brand marchio presenza immagine visibilita notorieta comunicazione marketing awareness
    reputazione social media presence image visibility communication reputation community
    qualita quality persone gente people cose cosa things thing roba stuff
    """
)
# Evaluative adjectives and adverbs: skipped, they neither block nor make a goal specific.
ADJECTIVES = word_set(
    """
    bello bella belli belle migliore migliori buono buona buoni grande grandi forte forti bravo
    brava moderno moderna professionale efficace attivo attiva visibile conosciuto conosciuta
    conosciuti noto nota famoso famosa better best good great nice big strong active visible
    known famous popular attractive modern possibile possible presto soon sempre always
    costantemente tanto tanti tante tanta molti molte lots lot many much some alcuni alcune
    """
)
# Units of time and words of a deadline left over around a date.
TIME_WORDS = word_set(
    """
    ogni every each giorno giorni settimana settimane mese mesi anno anni volta volte ora ore
    day days week weeks month months year years time times entro prima dopo fino durante
    by before until within after during since
    """
)
NOT_CONTENT = VAGUE_NOUNS | ADJECTIVES | TIME_WORDS
DETERMINERS = ARTICLES | LINKS  # after these a word is a noun, whatever its ending
FUNCTION_WORDS = DETERMINERS | STOPWORDS | TIME_WORDS
BASIC_VERBS = word_set(
    """
    avere essere fare have be make voglio vorrei vogliamo vorremmo vuole vogliono devo
    dobbiamo deve posso possiamo puo want wants need needs would must
    """
)
EN_VERBS = word_set(
    """
    increase grow sell get reach sign close book open launch double triple quadruple halve
    improve gain win acquire attract convert reduce cut raise boost achieve obtain bring hit
    drive generate publish post run hold organize organise host recruit enrol enroll hire have
    be become make expand keep retain collect earn land secure create build start send deliver
    ship serve welcome fill lower decrease add spend invest engage involve lift push turn take
    find train teach offer enter
    """
)
INFINITIVE = re.compile(r"[a-z]{2,}(?:are|ere|ire|rre)(?:si|ne|la|lo|li|le|ci|vi|mi|ti|gli)?")
_FIRST_PERSON_PLURAL = re.compile(r"[a-z]{2,}iamo")


@dataclass(frozen=True)
class Word:
    """One word of the objective: its span in the text, folded form and role."""

    start: int
    end: int
    token: str
    kind: str  # "num", "amount", "func", "skip", "vague", "verb", "content"

    @property
    def span(self) -> Span:
        """(start, end) in the original text."""
        return (self.start, self.end)


@dataclass(frozen=True)
class Structure:
    """What the objective obtains (`what`), every content word, and the verbs found."""

    what: frozenset[Span] = field(default_factory=frozenset)
    counted: frozenset[Span] = field(default_factory=frozenset)
    content: tuple[Word, ...] = ()
    verbs: tuple[Word, ...] = ()

    @property
    def specific(self) -> bool:
        """Something obtained, and a second, different word that says of what, where or for whom."""
        return bool(self.what) and len({w.token for w in self.content}) >= 2

    @property
    def where(self) -> list[Word]:
        """Content words that are not what the objective obtains."""
        return [w for w in self.content if w.span not in self.what]


_PART_STARTS = frozenset(p[:2] for p in lex.IT_NUMBER_PARTS)


@lru_cache(maxsize=4096)
def is_number_word(token: str) -> bool:
    """True for numbers written as words: dodici, ventimila, cento, twelve, thousand..."""
    if token in lex.EN_NUMBER_WORDS:
        return True
    if token in lex.NOT_ALONE or len(token) > 40 or token[:2] not in _PART_STARTS:
        return False
    reachable = [True] + [False] * len(token)
    for end in range(1, len(token) + 1):
        reachable[end] = any(
            reachable[end - len(p)] and token.endswith(p, 0, end)
            for p in lex.IT_NUMBER_PARTS
            if len(p) <= end
        )
    return reachable[-1]


def _fixed_kind(token: str) -> str | None:
    """The role a word has wherever it stands, or None when its place decides."""
    if token.isdigit() or is_number_word(token):
        kind: str | None = "num"
    elif token in SKIPPED or token in ADJECTIVES:
        kind = "skip"
    elif token in BASIC_VERBS:
        kind = "verb"
    elif len(token) == 1 or token in FUNCTION_WORDS:
        kind = "func"
    elif token in VAGUE_NOUNS or token in lex.VAGUE_WORDS:
        kind = "vague"
    else:
        kind = None
    return kind


def _kind(token: str, previous: Word | None, first: bool) -> str:
    fixed = _fixed_kind(token)
    if fixed is not None:
        return fixed
    # After a number, an article or "di", a word is a noun even if it looks like a verb.
    noun_place = previous is not None and (
        previous.kind in ("num", "amount", "skip") or previous.token in DETERMINERS
    )
    verb_form = (
        token in EN_VERBS
        or (INFINITIVE.fullmatch(token) and token not in lex.METRIC_WORDS)
        or (first and _FIRST_PERSON_PLURAL.fullmatch(token))
    )
    return "verb" if verb_form and not noun_place else "content"


def read_words(folded: str, amounts: Iterable[Span]) -> list[Word]:
    """The words of `folded` (time spans already blanked), with amounts as single items."""
    taken = sorted(amounts)
    words: list[Word] = []
    previous: Word | None = None
    index = 0  # next amount not yet placed
    for m in lex.WORD.finditer(folded):
        while index < len(taken) and taken[index][1] <= m.start():
            previous = Word(taken[index][0], taken[index][1], "", "amount")
            words.append(previous)
            index += 1
        if index < len(taken) and taken[index][0] <= m.start() < taken[index][1]:
            continue  # inside an amount ("5.000 euro")
        kind = _kind(m.group(), previous, not words)
        previous = Word(m.start(), m.end(), m.group(), kind)
        words.append(previous)
    words.extend(Word(a, b, "", "amount") for a, b in taken[index:])
    return words


def _counted(words: Sequence[Word], index: int) -> bool:
    """The content word at `index` follows a quantity: "200 ciotole", "5.000 euro di fatturato"."""
    for back in range(index - 1, -1, -1):
        previous = words[back]
        if previous.kind in ("num", "amount"):
            return True
        if previous.kind != "skip" and previous.token not in DETERMINERS:
            return False
    return False


def _object_of(words: Sequence[Word], index: int) -> Word | None:
    """The first content or vague word after the verb at `index` (skipping articles, numbers)."""
    for ahead in range(index + 1, len(words)):
        word = words[ahead]
        if word.kind in ("content", "vague"):
            return word
        if word.kind == "verb":
            return None
    return None


def analyse(words: Sequence[Word], is_metric: Callable[[str], bool]) -> Structure:
    """What the objective obtains and what else it names."""
    content = tuple(w for w in words if w.kind == "content")
    verbs = tuple(w for w in words if w.kind == "verb")
    counted = {w.span for i, w in enumerate(words) if w.kind == "content" and _counted(words, i)}
    what = set(counted)
    what |= {w.span for w in content if is_metric(w.token)}
    for i, word in enumerate(words):
        if word.kind == "verb":
            target = _object_of(words, i)
            if target is not None and target.kind == "content":
                what.add(target.span)
    if not verbs and content and not what:
        what.add(content[0].span)
    return Structure(frozenset(what), frozenset(counted), content, verbs)
