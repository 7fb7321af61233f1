"""swot_axis (is a fact internal or external?) and check_swot (each fact in the right quadrant)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from smm_course.checks._util import (
    as_text,
    is_blank,
    join_text,
    listing,
    never_raises,
    resolve_lang,
    shorten,
    to_plain_mapping,
)
from smm_course.checks._words import tokens, word_set, word_tuple
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_message, placeholder_reason
from smm_course.i18n import t

__all__ = ["check_swot", "swot_axis", "swot_items"]

Axis = str  # "internal" or "external"
MAX_ITEMS = 40  # items read per quadrant
MAX_QUOTED = 3  # misplaced items quoted per quadrant
_ITEM_SPLIT = re.compile(r"\n+|;|•|(?:^|\s)[-*]\s")

# What the business does not control: market, customers at large, competitors, trends, laws,
# season, economy, suppliers and platforms (word starts, accent-free; Italian and English).
EXTERNAL_STEMS = word_tuple(
    """
    mercat market turist turism touris visitan visit concorr competitor competiz competition rival
    trend tendenz normativ regolament gdpr stagion season estat invern summer winter econom
    crisi inflaz inflation recession domanda demand consumator consumer govern clima climate
    meteo weather caldo heat fornitor supplier corrier courier algoritm algorithm pandemi covid
    guerra war incentiv bando bandi sussid grant moda fashion settore industry caten chain
    """
)
EXTERNAL_WORDS = word_set(
    """
    legge leggi law laws regole rules tasse tassa taxes tax dazi tariffs amazon energia energy
    materie raw comune regione
    """
)
# What the business is and has: its people, products, places, money, skills, ways of working.
INTERNAL_STEMS = word_tuple(
    """
    nostr staff dipendent team collaborator titolar proprietari fondator owner employee
    competenz skill prodott product laborator bottega budget magazzin inventor ricett recipe
    qualit assortiment catalog orari imball packag attrezzatur equipment macchinar liquidit
    vetrin artigian handmade personalizz esperienz
    """
)
INTERNAL_WORDS = word_set(
    """
    our ours we us abbiamo siamo personale negozio negozi shop sito website prezzi prezzo
    price prices servizio servizi service marchio brand logo cassa capitale fondi
    """
)
# Cues that name the side by themselves: they count twice.
STRONG_STEMS = word_tuple(
    """
    mercat market turist turism touris concorr competitor rival staff personale team titolar
    dipendent bando bandi
    """
)
STRONG_WORDS = word_set("our we abbiamo legge leggi law laws")
_FIRST_PERSON = re.compile(r"[a-z]{2,}iamo")


def _weight(word: str) -> int:
    return 2 if word in STRONG_WORDS or word.startswith(STRONG_STEMS) else 1


def swot_axis(text: object, lang: str | None = None) -> Axis | None:
    """ "internal" for a fact about the business itself, "external" for its environment, or None.

    Internal: our staff, products, shop, budget, skills. External: the market, tourists,
    competitors, trends, laws, the season, the economy. None when the words do not tell.
    """
    del lang  # the cues cover Italian and English alike
    score = {"internal": 0, "external": 0}
    first: str | None = None  # the first cue is usually the subject: it weighs one more
    for word in tokens(as_text(text)[:2000]):
        side = _side(word)
        if side is None:
            continue
        score[side] += _weight(word) + (first is None)
        first = first or side
    if score["external"] != score["internal"]:
        return "external" if score["external"] > score["internal"] else "internal"
    return None


def _side(word: str) -> Axis | None:
    if word in EXTERNAL_WORDS or word.startswith(EXTERNAL_STEMS):
        return "external"
    if word in INTERNAL_WORDS or word.startswith(INTERNAL_STEMS):
        return "internal"
    return "internal" if _FIRST_PERSON.fullmatch(word) else None


def swot_items(text: str) -> list[str]:
    """The facts of one quadrant: one per line, bullet or semicolon."""
    parts = (" ".join(p.split()) for p in _ITEM_SPLIT.split(text))
    return [p.strip(" -*.") for p in parts if p.strip(" -*.")][:MAX_ITEMS]


def _split_touchpoint(given: dict) -> tuple[str, dict]:
    """The optional "touchpoint" entry of a SWOT, and the other entries."""
    touchpoint = ""
    rest = {}
    for key, value in list(given.items())[:200]:
        if isinstance(key, str) and key.strip().lower() == "touchpoint":
            touchpoint = join_text(value)
        else:
            rest[key] = value
    return touchpoint, rest


def _quadrants(rest: dict) -> tuple[dict, list[str]]:
    from smm_course.frameworks.journey import SwotQuadrant

    out: dict = {}
    unknown: list[str] = []
    for key, value in rest.items():
        member = SwotQuadrant.from_any(key)
        if member is None:
            if not is_blank(key):
                unknown.append(shorten(as_text(key)))
        else:
            out.setdefault(member, value)
    return out, unknown


class _Judge:
    """Judges the quadrants one by one, collecting messages and details."""

    def __init__(self, lang: str, business: str) -> None:
        self.lang = lang
        self.business = business
        self.messages: list[str] = []
        self.details: dict[str, Any] = {
            "missing": [],
            "placeholder": [],
            "misplaced": {},
            "duplicate": [],
        }
        self.seen: set[str] = set()
        self.right = 0
        self.wrong = 0
        self.confirmed: set[str] = set()  # quadrants with a fact recognised on their own side

    def quadrant(self, quadrant: Any, text: str) -> bool:
        """True when the quadrant earns its point."""
        label = quadrant.label(self.lang)
        problem = self._problem(quadrant, text)
        if problem is not None:
            self.details[problem[0]].append(quadrant.id)
            self.messages.append(problem[1])
            return False
        self.seen.add(text.casefold())
        expected = "internal" if quadrant.internal else "external"
        axes = [(item, swot_axis(item, self.lang)) for item in swot_items(text)]
        misplaced = [item for item, axis in axes if axis not in (None, expected)]
        self.right += sum(axis == expected for _, axis in axes)
        if any(axis == expected for _, axis in axes):
            self.confirmed.add(quadrant.id)
        self.wrong += len(misplaced)
        if not misplaced:
            return True
        self.details["misplaced"][quadrant.id] = misplaced
        side = "external" if quadrant.internal else "internal"
        self.messages += [
            t(
                f"checks.swot.misplaced_{side}",
                self.lang,
                item=shorten(item),
                quadrant=label,
                business=self.business,
            )
            for item in misplaced[:MAX_QUOTED]
        ]
        return False

    def _problem(self, quadrant: Any, text: str) -> tuple[str, str] | None:
        """(detail, message) for an empty, placeholder or repeated quadrant."""
        label = quadrant.label(self.lang)
        if not text:
            return "missing", t("checks.swot.missing", self.lang, quadrant=label)
        questions = (quadrant.definition("it"), quadrant.definition("en"))
        reason = placeholder_reason(text, questions=questions)
        if reason is not None:
            return "placeholder", placeholder_message(reason, self.lang, field=f"«{label}»")
        if text.casefold() in self.seen:
            return "duplicate", t("checks.swot.duplicate", self.lang)
        return None

    def inverted(self) -> bool:
        """Misplaced facts on both rows, and more wrong than right: the SWOT is upside down."""
        from smm_course.frameworks.journey import SwotQuadrant

        rows = {q.internal for q in SwotQuadrant if self.details["misplaced"].get(q.id)}
        return len(rows) == 2 and self.wrong > self.right


@never_raises
def check_swot(
    swot: Mapping[str, Any], lang: str | None = None, business: str | None = None
) -> Feedback:
    """One point per quadrant whose facts are real and on its side (internal above, external
    below); an upside-down SWOT is named as such.

    `business`: the business the SWOT is about, named in the messages (default: the case study).
    """
    from smm_course.checks.smart import business_name
    from smm_course.frameworks.journey import SwotQuadrant

    code = resolve_lang(lang)
    given = to_plain_mapping(swot)
    if given is None:
        message = t("checks.swot.not_mapping", code)
        return Feedback(0.0, 4.0, False, (message,), details={"missing": []}, lang=code)
    touchpoint, rest = _split_touchpoint(given)
    quadrants, unknown = _quadrants(rest)
    judge = _Judge(code, business_name(business, code))
    earned = [q for q in SwotQuadrant if judge.quadrant(q, join_text(quadrants.get(q)).strip())]
    messages, details = judge.messages, judge.details
    details["inverted"] = judge.inverted()
    if details["inverted"]:  # upside down: a fact of unknown side earns no benefit of the doubt
        earned = [q for q in earned if q.id in judge.confirmed]
    points = len(earned)
    if details["inverted"]:
        messages.insert(0, t("checks.swot.inverted", code))
    if unknown:
        messages.append(t("checks.swot.unknown", code, names=listing(unknown[:10])))
    hints = [] if points == len(SwotQuadrant) else [t("checks.swot.internal_external", code)]
    passed = points == len(SwotQuadrant)
    if passed:
        messages.insert(0, t("checks.swot.all_good", code))
    if not touchpoint.strip():
        hints.append(t("checks.swot.name_touchpoint", code))
    return Feedback(
        float(points),
        float(len(SwotQuadrant)),
        passed,
        tuple(messages),
        tuple(hints),
        details,
        lang=code,
    )
