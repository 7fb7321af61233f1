"""One placeholder detector for every text checker: blanks, fillers, one word, a copied question."""

from __future__ import annotations

import re
from collections.abc import Iterable

from smm_course.checks._words import STOPWORDS, fold_text, tokens, word_set
from smm_course.i18n import resolve_lang, t

__all__ = ["placeholder_message", "placeholder_reason"]

COPY_SHARE = 0.8  # share of an answer's words taken from the question: copied back
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz")
_VOWELS = frozenset("aeiouy")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# Words that stand for "nothing yet" in Italian and English.
FILLERS = word_set(
    """
    x y z xx xxx xxxx yy yyy zz zzz asd asdf asdasd qwerty qwe test testo prova prove todo tbd
    tba boh mah bla blah lorem ipsum dolor sit amet foo bar baz nd nessuno niente nulla
    none nothing null nil ok okay idk risposta answer esempio example abc abcd
    aaa bbb ccc dunno ciao hello something qualcosa cosa roba stuff etc ecc
    """
)
REASONS = ("blank", "filler", "one_word", "copied")


def _keyboard_run(word: str) -> bool:
    """A run of three or more neighbouring keys or letters: asdf, qwer, abcd, 1234."""
    if len(word) < 3:
        return False
    return any(word in row or word in row[::-1] for row in _KEYBOARD_ROWS)


def _is_filler_word(word: str) -> bool:
    if word in FILLERS or _keyboard_run(word) or (len(word) == 1 and word.isalpha()):
        return True
    if len(word) >= 3 and len(set(word)) == 1:  # aaaa, xxxx
        return True
    # no vowel in a long "word" of letters: sdfgh, qwrt (acronyms are upper case: kept)
    return len(word) >= 4 and word.isalpha() and not (set(word) & _VOWELS)


def _copied(text: str, questions: Iterable[str]) -> bool:
    mine = [w for w in tokens(text) if w not in STOPWORDS]
    if not mine:
        return False
    for question in questions:
        theirs = {w for w in tokens(question) if w not in STOPWORDS}
        if theirs and sum(w in theirs for w in mine) >= COPY_SHARE * len(mine):
            return True
    return False


def placeholder_reason(
    text: object, *, min_words: int = 2, questions: Iterable[str] = ()
) -> str | None:
    """Why `text` is no answer yet ("blank", "filler", "one_word", "copied"), or None.

    `min_words` is 1 for fields that are a name (a touchpoint, a channel); `questions` are the
    prompts the answer must not simply repeat.
    """
    if not isinstance(text, str) or not text.strip():
        return "blank"
    words = tokens(text)
    real = [w for w in words if not _is_filler_word(w)]
    if not _LETTERS.search(fold_text(text)) or not real or len(real) * 2 < len(words):
        return "filler"  # "...", "-", "???", "asdf", "x y z prova"
    if len(real) < min_words:
        return "one_word"
    return "copied" if _copied(text, questions) else None


def placeholder_message(reason: str, lang: str | None = None, field: str = "") -> str:
    """The learner-facing explanation of a placeholder reason (quoting the field if named)."""
    code = resolve_lang(lang)
    key = reason if reason in REASONS else "filler"
    message = t(f"checks.placeholder.{key}_text", code)
    return f"{field}: {message}" if field else message[:1].upper() + message[1:]
