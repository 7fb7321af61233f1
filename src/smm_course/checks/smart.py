"""check_smart: is an objective Specific, Measurable and Time-bound? (Italian and English)."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from smm_course.checks import smart_lexicon as lex
from smm_course.checks._util import is_blank, listing, never_raises, resolve_lang
from smm_course.checks._words import MAX_CHARS
from smm_course.checks.feedback import Feedback
from smm_course.i18n import t

MAX_EVIDENCE = 4  # quotes shown per dimension
_SKIP_AFTER_NUMBER = frozenset(
    {
        "nuovi",
        "nuove",
        "new",
        "in",
        "piu",
        "more",
        "altri",
        "altre",
        "additional",
        "extra",
        "di",
        "of",
    }
)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = [c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)]
    out = (base[0] if base else ch).lower()
    if out in "’‘`´":
        return "'"
    if out in "−–—":
        return "-"
    return out if len(out) == 1 else " "


def fold_same_length(text: str) -> str:
    """Lower-case, accent-free copy of `text` with the same length (so spans map back)."""
    return "".join(_fold_char(ch) for ch in text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


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


def _is_metric(token: str) -> bool:
    return token in lex.METRIC_WORDS or token.startswith(lex.METRIC_STEMS)


def _is_where(token: str) -> bool:
    """A channel, place or audience: where the result happens, or for whom."""
    return (
        token in lex.CHANNEL_WORDS
        or token.startswith(lex.CHANNEL_STEMS)
        or token in lex.AUDIENCE_WORDS
        or token.startswith(lex.AUDIENCE_STEMS)
    )


def _is_product(token: str) -> bool:
    return token in lex.PRODUCT_WORDS or token.startswith(lex.PRODUCT_STEMS)


def _is_action(token: str) -> bool:
    return token.startswith(lex.ACTION_STEMS)


class _Analysis:
    """The evidence found in one objective, as quotes of the learner's own text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.time: list[str] = []
        self.quantity: list[str] = []
        self.money: list[str] = []
        self.multiplier: list[str] = []
        self.metric: list[str] = []
        self.specific: list[str] = []
        self.years_only: list[str] = []
        self.counted: set[tuple[int, int]] = set()  # nouns right after a number ("200 ciotole")
        self.what: set[tuple[int, int]] = set()  # spans saying what the goal obtains
        self.where: set[tuple[int, int]] = set()  # spans saying on which channel or for whom
        folded = fold_same_length(text)
        folded = _blank(folded, [m.span() for m in lex.BASELINE.finditer(folded)])
        # Dates, periods and audiences first: their digits are not quantities.
        spans = self._find_time(folded)
        spans += self._find_years(_blank(folded, spans))
        spans += self._find_amounts(_blank(folded, spans))
        rest = _blank(folded, spans)
        for m in lex.NUMBER.finditer(rest):
            self._quote(self.quantity, m)
        self._find_words(folded, rest)
        self._find_places(_blank(text, spans))

    def _find_time(self, folded: str) -> list[tuple[int, int]]:
        spans = []
        for pattern in lex.TIME_PATTERNS:
            for m in pattern.finditer(folded):
                self._quote(self.time, m)
                spans.append(m.span())
                year = lex.YEAR.search(folded, m.start(), m.end())
                if year:
                    self._quote(self.years_only, year)
        for pattern in (lex.AGE_RANGE, lex.AGE_WORDS):
            for m in pattern.finditer(folded):
                self._quote(self.specific, m)
                self.where.add(m.span())
                spans.append(m.span())
        return spans

    def _find_years(self, rest: str) -> list[tuple[int, int]]:
        """Bare years are deadlines, unless a metric follows ("2000 follower")."""
        spans = []
        words = list(lex.WORD.finditer(rest))
        starts = [w.start() for w in words]
        for m in lex.YEAR.finditer(rest):
            first = bisect.bisect_left(starts, m.end())
            following = [w.group() for w in words[first : first + 3]]
            following = [w for w in following if w not in _SKIP_AFTER_NUMBER][:1]
            if not following or not _is_metric(following[0]):
                self._quote(self.time, m)
                self._quote(self.years_only, m)
                spans.append(m.span())
        return spans

    def _find_amounts(self, rest: str) -> list[tuple[int, int]]:
        spans = []
        for pattern, bucket in (
            (lex.CURRENCY, self.money),
            (lex.PERCENT, self.quantity),
            (lex.MULTIPLY_X, self.multiplier),
        ):
            for m in pattern.finditer(rest):
                self._quote(bucket, m)
                spans.append(m.span())
        for pattern, bucket in (
            (lex.PERCENT_WORDS, self.quantity),
            (lex.CURRENCY_WORDS, self.money),
        ):
            for m in pattern.finditer(rest):
                if is_number_word(m.group(1)):
                    self._quote(bucket, m)
                    spans.append(m.span())
        return spans

    def _find_words(self, folded: str, rest: str) -> None:
        words = list(lex.WORD.finditer(rest))
        counting = False  # the previous word was a quantity: this one may say what is counted
        for m in words:
            token = m.group()
            number = is_number_word(token) or token.isdigit()
            if is_number_word(token):
                self._quote(self.quantity, m)
            elif token in lex.MULTIPLIER_WORDS or token.startswith(lex.MULTIPLIER_STEMS):
                self._quote(self.multiplier, m)
            if _is_metric(token):
                self._quote(self.metric, m)
            elif (
                counting
                and token.isalpha()
                and len(token) >= 3
                and token not in lex.NOT_COUNTED
                and token not in _SKIP_AFTER_NUMBER
            ):
                self._quote(self.metric, m)
                self.counted.add(m.span())
            counting = number or (counting and token in _SKIP_AFTER_NUMBER)
        # Dates and amounts are blanked ("aprile" is no "apri-", "a Natale" no place).
        vague_free = _blank(rest, [m.span() for m in lex.VAGUE_PHRASES.finditer(folded)])
        for m in lex.SPECIFIC_PHRASES.finditer(vague_free):
            self._quote(self.specific, m)
            self.where.add(m.span())
        for m in lex.WORD.finditer(vague_free):
            token = m.group()
            if _is_where(token):
                self.where.add(m.span())
                self._quote(self.specific, m)
            if _is_product(token):
                self.where.add(m.span())
                self.what.add(m.span())
                self._quote(self.specific, m)
            if _is_metric(token) or _is_action(token) or m.span() in self.counted:
                self.what.add(m.span())
                self._quote(self.specific, m)

    def _find_places(self, original: str) -> None:
        """Capitalised places after "a"/"in" ("a Perugia"), read on the original text."""
        for m in lex.PLACE.finditer(original):
            self.where.add(m.span(1))
            self._quote(self.specific, m)

    def _quote(self, bucket: list[str], match: re.Match[str]) -> None:
        quote = " ".join(self.text[match.start() : match.end()].split())
        if quote and len(bucket) < 50 and quote not in bucket:
            bucket.append(quote)

    @property
    def specific_ok(self) -> bool:
        """What is obtained, and on which channel or for whom: two different words."""
        return any(w != v for w in self.what for v in self.where)

    @property
    def measurable_ok(self) -> bool:
        return bool(self.money) or (bool(self.quantity or self.multiplier) and bool(self.metric))

    def _quotes_of(self, spans: set[tuple[int, int]]) -> list[str]:
        return [" ".join(self.text[a:b].split()) for a, b in sorted(spans)]

    @property
    def time_ok(self) -> bool:
        return bool(self.time)


def _quotes(items: list[str]) -> str:
    return listing(f"«{q}»" for q in items[:MAX_EVIDENCE])


def _not_text(lang: str) -> Feedback:
    return Feedback(
        0.0,
        3.0,
        False,
        (t("checks.smart.not_text", lang),),
        details={"specific": False, "measurable": False, "time_bound": False},
        lang=lang,
    )


def _measurable_message(a: _Analysis, lang: str) -> str:
    if a.measurable_ok:
        found = a.money + a.quantity + a.multiplier + a.metric
        return t("checks.smart.measurable_yes", lang, found=_quotes(found))
    if a.quantity or a.multiplier:
        found_q = _quotes(a.quantity + a.multiplier)
        return t("checks.smart.measurable_no_metric", lang, found=found_q)
    if a.metric:
        return t("checks.smart.measurable_no_number", lang, found=_quotes(a.metric))
    if a.years_only:
        return t("checks.smart.measurable_year", lang, found=_quotes(a.years_only))
    return t("checks.smart.measurable_no", lang)


def _specific_message(a: _Analysis, lang: str) -> str:
    if a.specific_ok:
        return t("checks.smart.specific_yes", lang, found=_quotes(a.specific))
    if a.where and not a.what:
        found = _quotes(a._quotes_of(a.where))
        return t("checks.smart.specific_no_what", lang, found=found)
    if a.what and not a.where:
        found = _quotes(a._quotes_of(a.what))
        return t("checks.smart.specific_no_where", lang, found=found)
    return t("checks.smart.specific_no", lang)


def _messages(a: _Analysis, lang: str) -> list[str]:
    """One line per judged letter, quoting the words that decided it."""
    return [
        _specific_message(a, lang),
        _measurable_message(a, lang),
        t("checks.smart.time_yes", lang, found=_quotes(a.time))
        if a.time_ok
        else t("checks.smart.time_no", lang),
    ]


@never_raises
def check_smart(text: str, lang: str | None = None) -> Feedback:
    """One point each for Specific, Measurable, Time-bound; Achievable and Relevant are asked."""
    code = resolve_lang(lang)
    if is_blank(text):
        return Feedback(
            0.0,
            3.0,
            False,
            (t("checks.placeholder.blank", code),),
            (t("checks.smart.example", code),),
            {"specific": False, "measurable": False, "time_bound": False, "unanswered": True},
            lang=code,
        )
    if not isinstance(text, str):
        return _not_text(code)
    truncated = len(text) > MAX_CHARS
    a = _Analysis(text[:MAX_CHARS])
    s, m, tb = a.specific_ok, a.measurable_ok, a.time_ok
    messages = _messages(a, code)
    if truncated:
        limit = f"{MAX_CHARS:,}"
        messages.append(
            t(
                "checks.smart.truncated",
                code,
                limit=limit if code == "en" else limit.replace(",", "."),
            )
        )
    hints = [t("checks.smart.achievable", code), t("checks.smart.relevant", code)]
    passed = s and m and tb
    if not passed:
        hints.append(t("checks.smart.example", code))
    return Feedback(
        float(s + m + tb),
        3.0,
        passed,
        tuple(messages),
        tuple(hints),
        {
            "specific": s,
            "measurable": m,
            "time_bound": tb,
            "evidence": {
                "specific": a.specific[:MAX_EVIDENCE],
                "measurable": (a.money + a.quantity + a.multiplier + a.metric)[:MAX_EVIDENCE],
                "time_bound": a.time[:MAX_EVIDENCE],
            },
        },
        lang=code,
    )
