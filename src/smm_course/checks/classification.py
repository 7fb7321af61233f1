"""Classification checkers: put each item in its category, partial credit, no answer revealed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from smm_course.checks._util import (
    as_text,
    is_blank,
    listing,
    never_raises,
    resolve_lang,
    shorten,
    to_plain_mapping,
)
from smm_course.checks.feedback import Feedback
from smm_course.frameworks.concepts import Concept, Text, fold
from smm_course.i18n import t

MAX_ITEMS = 500  # answers beyond this are ignored (nobody classifies more in a lesson)

KeyValue = Concept | str | Iterable[Concept | str]


def _names(item: object) -> tuple[str, ...]:
    if isinstance(item, Text):
        return (item.it, item.en)
    return (as_text(item),)


def _display(item: object, lang: str) -> str:
    return item.get(lang) if isinstance(item, Text) else shorten(as_text(item))


def _allowed(value: object, concept: type[Concept]) -> frozenset[Concept]:
    values = value if isinstance(value, (set, frozenset, list, tuple)) else (value,)
    found = (concept.from_any(v) for v in values)
    return frozenset(m for m in found if m is not None)


def _parse_answer(value: object, concept: type[Concept]) -> tuple[frozenset[Concept], list[str]]:
    """The members named by a student answer, and the parts that name no member."""
    values = list(value)[:20] if isinstance(value, (set, frozenset, list, tuple)) else [value]
    members: set[Concept] = set()
    unknown: list[str] = []
    for v in values:
        if is_blank(v):
            continue
        member = concept.from_any(v)
        if member is None:
            unknown.append(shorten(as_text(v)))
        else:
            members.add(member)
    return frozenset(members), unknown


def _choices(concept: type[Concept], lang: str) -> str:
    return listing(f"«{m.label(lang)}»" for m in concept)


def _not_mapping(concept: type[Concept], lang: str) -> Feedback:
    return Feedback(
        0.0,
        1.0,
        False,
        (t("checks.classification.not_mapping", lang),),
        hints=(t("checks.classification.choices", lang, choices=_choices(concept, lang)),),
        details={"correct": [], "wrong": [], "unknown": [], "missing": [], "extra": []},
        lang=lang,
    )


def _key_table(key: object, concept: type[Concept]) -> dict[object, frozenset[Concept]]:
    table = {}
    for item, value in (to_plain_mapping(key) or {}).items():
        allowed = _allowed(value, concept)
        if allowed:
            table[item] = allowed
    return table


def _match(given: dict, table: dict) -> tuple[dict[object, object], list[str]]:
    """Student answers by key item (names matched without case/accents), and unknown items."""
    lookup: dict[str, object] = {}
    for item in table:
        for name in _names(item):
            lookup.setdefault(fold(name), item)
    matched: dict[object, object] = {}
    extra: list[str] = []
    for raw_item, value in list(given.items())[:MAX_ITEMS]:
        item = lookup.get(fold(as_text(raw_item)[:500]))
        if item is not None:
            matched[item] = value
        elif not is_blank(raw_item):
            extra.append(shorten(as_text(raw_item)))
    return matched, extra


def _grade(
    name: str, answer: object, allowed: frozenset[Concept], concept: type[Concept], lang: str
) -> tuple[str, str | None, frozenset[Concept]]:
    """(verdict, message, wrongly chosen members); verdict in correct/wrong/unknown/missing."""
    members, bad = _parse_answer(answer, concept)
    if bad:
        choices = _choices(concept, lang)
        message = t("checks.classification.unknown", lang, item=name, value=bad[0], choices=choices)
        return "unknown", message, frozenset()
    if not members:
        return "missing", t("checks.classification.missing", lang, item=name), frozenset()
    if members <= allowed:
        return "correct", None, frozenset()
    return "wrong", t("checks.classification.wrong", lang, item=name), members - allowed


@never_raises
def check_classification(
    answers: object,
    key: Mapping[Any, KeyValue],
    concept: type[Concept],
    lang: str | None = None,
    *,
    only_answered: bool = False,
) -> Feedback:
    """One point per item put in a right category; wrong items are named, right ones never shown.

    `key` maps each item (a str or a bilingual Text) to its category, or to a set of
    categories that are all right. With `only_answered`, items the learner left out are not
    counted (used when the key is a large catalogue of examples).
    """
    code = resolve_lang(lang)
    table = _key_table(key, concept)
    if not table:
        return Feedback(0.0, 0.0, False, (t("checks.classification.no_key", code),), lang=code)
    given = to_plain_mapping(answers)
    if given is None:
        return _not_mapping(concept, code)
    matched, extra = _match(given, table)
    graded = [i for i in table if i in matched] if only_answered else list(table)
    verdicts: dict[str, list[str]] = {"correct": [], "wrong": [], "unknown": [], "missing": []}
    messages: list[str] = []
    chosen_wrong: dict[Concept, None] = {}
    for item in graded:
        name = _display(item, code)
        verdict, message, chosen = _grade(name, matched.get(item), table[item], concept, code)
        verdicts[verdict].append(name)
        if message:
            messages.append(message)
        chosen_wrong.update(dict.fromkeys(sorted(chosen, key=_order)))
    messages.extend(t("checks.classification.extra", code, item=e) for e in extra[:20])
    total, right = len(graded), len(verdicts["correct"])
    if total == 0:
        messages.insert(0, t("checks.classification.nothing_known", code))
    else:
        key_name = "all_right" if right == total else "summary"
        messages.insert(0, t(f"checks.classification.{key_name}", code, score=right, total=total))
    hints = tuple(
        t("checks.classification.reread", code, label=m.label(code), definition=m.definition(code))
        for m in chosen_wrong
    )
    return Feedback(
        score=float(right),
        max_score=float(total),
        passed=total > 0 and right == total,
        messages=tuple(messages),
        hints=hints,
        details={**verdicts, "extra": extra},
        lang=code,
    )


def _order(member: Concept) -> int:
    return list(type(member)).index(member)


def _run(
    module_name: str,
    class_name: str,
    answers: object,
    key: Mapping[Any, KeyValue] | None,
    lang: str | None,
    *,
    attribute: str | None = None,
) -> Feedback:
    """Check against `key`, or (key None) against the framework's EXAMPLES read by `attribute`."""
    import importlib

    module = importlib.import_module(f"smm_course.frameworks.{module_name}")
    concept = getattr(module, class_name)
    if key is None and attribute is not None:
        catalogue = {ex.name: getattr(ex, attribute) for ex in getattr(module, "EXAMPLES", ())}
        return check_classification(answers, catalogue, concept, lang, only_answered=True)
    return check_classification(answers, key or {}, concept, lang)


Answers = Mapping[str, object]
Key = Mapping[Any, KeyValue] | None


@never_raises
def check_touchpoint_phase(
    answers: Answers, key: Key = None, *, lang: str | None = None
) -> Feedback:
    """Phase (pre-acquisto, acquisto, post-acquisto) of each touchpoint; default key: EXAMPLES."""
    return _run("touchpoints", "Phase", answers, key, lang, attribute="phases")


@never_raises
def check_touchpoint_nature(
    answers: Answers, key: Key = None, *, lang: str | None = None
) -> Feedback:
    """Digital or physical, for each touchpoint; default key: EXAMPLES."""
    return _run("touchpoints", "Nature", answers, key, lang, attribute="nature")


@never_raises
def check_touchpoint_control(
    answers: Answers, key: Key = None, *, lang: str | None = None
) -> Feedback:
    """Managed or spontaneous, for each touchpoint; default key: EXAMPLES."""
    return _run("touchpoints", "Control", answers, key, lang, attribute="control")


@never_raises
def check_bmc_block(answers: Answers, key: Key = None, *, lang: str | None = None) -> Feedback:
    """The Business Model Canvas block of each statement."""
    return _run("bmc", "Block", answers, key, lang)


@never_raises
def check_zmot_moment(answers: Answers, key: Key = None, *, lang: str | None = None) -> Feedback:
    """The moment (stimulus, ZMOT, FMOT, SMOT) of each situation."""
    return _run("zmot", "Moment", answers, key, lang)


@never_raises
def check_sostac_stage(answers: Answers, key: Key = None, *, lang: str | None = None) -> Feedback:
    """The SOSTAC® stage of each planning activity."""
    return _run("sostac", "SostacStage", answers, key, lang)


@never_raises
def check_race_stage(answers: Answers, key: Key = None, *, lang: str | None = None) -> Feedback:
    """The RACE stage (plan, reach, act, convert, engage) of each tactic."""
    return _run("race", "RaceStage", answers, key, lang)


@never_raises
def check_channel_type(answers: Answers, key: Key = None, *, lang: str | None = None) -> Feedback:
    """Direct or indirect, for each channel; default key: EXAMPLES."""
    return _run("channels", "ChannelType", answers, key, lang, attribute="type")


@never_raises
def check_channel_phase(answers: Answers, key: Key = None, *, lang: str | None = None) -> Feedback:
    """The channel phase (awareness ... after-sales) of each activity."""
    return _run("channels", "ChannelPhase", answers, key, lang)
