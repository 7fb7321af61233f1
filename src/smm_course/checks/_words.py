"""Word-level helpers for free-text heuristics: accent folding, tokens, stopwords, roots."""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 20_000  # longer free text is cut here before any regex runs

_TOKEN = re.compile(r"[a-z0-9]+")


def word_set(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of `text` (compact word lists)."""
    return frozenset(text.split())


def word_tuple(text: str) -> tuple[str, ...]:
    """A tuple of the whitespace-separated words of `text`, in order (for str.startswith)."""
    return tuple(text.split())


STOPWORDS = word_set(
    """
    a ad al alla alle agli ai all anche che chi con col come cosa da dal dalla dalle dai degli
    dei del della delle dell di e ed gli il in la le lo l ma mi ne nel nella nelle nei negli non
    o per piu poco poi quale quali quando questo questa questi queste quel quella se si sia sono
    su sul sulla sui tra fra un una uno nostro nostra nostri nostre loro suo sua suoi sue ogni
    essere avere fare molto tutto tutti tutte anche cui the an and or of to for in on at by with
    from our their your its is are be as this that these those we they it all any each more most
    very into via
    """
)


# Typographic quotes and dashes, as plain ones (code point -> replacement).
PLAIN_MARKS: dict[int, str] = {
    ord(k): v for k, v in {"’": "'", "‘": "'", "−": "-", "–": "-", "—": "-"}.items()
}


def fold_text(text: str) -> str:
    """Lower case, accents removed, typographic quotes and dashes made plain."""
    text = unicodedata.normalize("NFKD", text[:MAX_CHARS])
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return text.translate(PLAIN_MARKS)


def tokens(text: str) -> list[str]:
    """Alphanumeric tokens of folded `text`."""
    return _TOKEN.findall(fold_text(text))


def roots(text: str, size: int = 5) -> set[str]:
    """Roots (first `size` letters) of the content words of `text`: famiglia ~ famiglie."""
    return {w[:size] for w in tokens(text) if len(w) >= 4 and w not in STOPWORDS}
