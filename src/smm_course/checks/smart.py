"""check_smart: is an objective Specific, Measurable and Time-bound? (Italian and English)."""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from smm_course.checks import smart_lexicon as lex
from smm_course.checks import smart_structure as structure
from smm_course.checks._util import is_blank, listing, never_raises, resolve_lang
from smm_course.checks._words import MAX_CHARS, STOPWORDS
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_message, placeholder_reason
from smm_course.checks.smart_structure import is_number_word
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


def _business_spans(folded: str, business: str) -> list[tuple[int, int]]:
    """Where the business names itself ("le vendite di Dolce Vetta" says nothing more)."""
    names = business.split()
    phrases = {" ".join(names[i:]) for i in range(len(names)) if len(names) - i >= 2} | {business}
    spans = []
    for phrase in phrases:
        folded_name = fold_same_length(phrase.strip())
        if len(folded_name) >= 3:
            spans += [m.span() for m in re.finditer(rf"\b{re.escape(folded_name)}\b", folded)]
    return spans


def _noun_like(token: str) -> bool:
    """A word that can say what a number counts ("2000 ciotole"), not a verb or a date."""
    return (
        token.isalpha()
        and len(token) >= 3
        and token not in STOPWORDS
        and token not in lex.NOT_COUNTED
        and token not in structure.NOT_CONTENT
        and not structure.INFINITIVE.fullmatch(token)
    ) or _is_metric(token)


def _is_metric(token: str) -> bool:
    return token in lex.METRIC_WORDS or token.startswith(lex.METRIC_STEMS)


class _Analysis:
    """The evidence found in one objective, as quotes of the learner's own text."""

    def __init__(self, text: str, business: str = "") -> None:
        self.text = text
        self.time: list[str] = []
        self.quantity: list[str] = []
        self.money: list[str] = []
        self.multiplier: list[str] = []
        self.years_only: list[str] = []
        folded = fold_same_length(text)
        folded = _blank(folded, [m.span() for m in lex.BASELINE.finditer(folded)])
        brand = _business_spans(folded, business) if business else []
        folded = _blank(folded, brand)
        # Dates, periods and audiences first: their digits are not quantities.
        spans = self._find_time(folded)
        spans += self._find_years(_blank(folded, spans))
        amounts = self._find_amounts(_blank(folded, spans))
        rest = _blank(folded, spans + amounts)
        for m in lex.NUMBER.finditer(rest):
            self._quote(self.quantity, m)
        for m in lex.WORD.finditer(rest):
            if is_number_word(m.group()):
                self._quote(self.quantity, m)
            elif m.group() in lex.MULTIPLIER_WORDS or m.group().startswith(lex.MULTIPLIER_STEMS):
                self._quote(self.multiplier, m)
        vague = [m.span() for m in lex.VAGUE_PHRASES.finditer(folded)]
        words = structure.read_words(_blank(folded, spans + vague), amounts)
        self.shape = structure.analyse(words, _is_metric)

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
                spans.append(m.span())
        return spans

    def _find_years(self, rest: str) -> list[tuple[int, int]]:
        """Bare years are deadlines, unless what they count follows ("2000 ciotole")."""
        spans = []
        words = list(lex.WORD.finditer(rest))
        starts = [w.start() for w in words]
        for m in lex.YEAR.finditer(rest):
            first = bisect.bisect_left(starts, m.end())
            following = [w.group() for w in words[first : first + 3]]
            following = [w for w in following if w not in _SKIP_AFTER_NUMBER][:1]
            if not following or not _noun_like(following[0]):
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

    def _quote(self, bucket: list[str], match: re.Match[str]) -> None:
        quote = " ".join(self.text[match.start() : match.end()].split())
        if quote and len(bucket) < 50 and quote not in bucket:
            bucket.append(quote)

    def quotes_of(self, spans: object) -> list[str]:
        """The learner's words at `spans`, in text order, without repeats."""
        found = [" ".join(self.text[a:b].split()) for a, b in sorted(spans)]  # type: ignore[call-overload]
        return list(dict.fromkeys(found))

    @property
    def metric(self) -> list[str]:
        """What the quantities count: the objective's "what" words."""
        return self.quotes_of(self.shape.what)

    @property
    def specific(self) -> list[str]:
        """The words that make the objective specific."""
        return self.quotes_of([w.span for w in self.shape.content])

    @property
    def specific_ok(self) -> bool:
        """What is obtained, and of what, where or for whom: two different words."""
        return self.shape.specific

    @property
    def measurable_ok(self) -> bool:
        """An amount of money, or a quantity with what it counts."""
        has_number = bool(self.quantity or self.multiplier)
        return bool(self.money) or (has_number and bool(self.shape.what))

    @property
    def time_ok(self) -> bool:
        """A deadline or a period."""
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
    if a.shape.where and not a.shape.what:
        found = _quotes(a.quotes_of([w.span for w in a.shape.where]))
        return t("checks.smart.specific_no_what", lang, found=found)
    if a.shape.what and not a.shape.where:
        found = _quotes(a.quotes_of(a.shape.what))
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


def business_name(business: str | None, lang: str) -> str:
    """The business hints speak of: the learner's, or the case study's when none is given."""
    name = " ".join(str(business or "").split())[:80]
    return name or t("checks.case_study_business", lang)


@never_raises
def check_smart(text: str, lang: str | None = None, business: str | None = None) -> Feedback:
    """One point each for Specific, Measurable, Time-bound; Achievable and Relevant are asked.

    `business`: the business the objective is about (hints name it; default: the case study).
    """
    code = resolve_lang(lang)
    name = business_name(business, code)
    if not is_blank(text) and not isinstance(text, str):
        return _not_text(code)
    reason = placeholder_reason(text, min_words=2)
    if reason is not None:
        message = t("checks.placeholder.blank", code) if reason == "blank" else None
        return Feedback(
            0.0,
            3.0,
            False,
            (message or placeholder_message(reason, code),),
            (t("checks.smart.example", code),),
            {"specific": False, "measurable": False, "time_bound": False, "unanswered": True},
            lang=code,
        )
    truncated = len(text) > MAX_CHARS
    a = _Analysis(text[:MAX_CHARS], name)
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
    hints = [t("checks.smart.achievable", code, business=name), t("checks.smart.relevant", code)]
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
