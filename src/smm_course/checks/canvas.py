"""check_canvas: are the nine Business Model Canvas blocks filled in, and do they hang together?"""

from __future__ import annotations

from collections.abc import Mapping

from smm_course.checks._util import (
    as_text,
    is_blank,
    join_text,
    listing,
    never_raises,
    resolve_lang,
    shorten,
    to_plain_mapping,
    words,
)
from smm_course.checks._words import MAX_CHARS, roots, word_set
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_message, placeholder_reason
from smm_course.i18n import t

MIN_WORDS = 3  # a block of one or two words is a label, not a description

# Roots that show a revenue stream is described even without naming a segment.
REVENUE_ROOTS = word_set(
    """
    prezz vendi vendu abbon pagam pagar euro commi margi ricav listi tarif canon licen noleg
    quota scont incas price prici sale sales sell selli subsc payme fees reven renta order ordin
    """
)

RULES = (
    "value_names_segment",
    "segment_has_channel_and_relationship",
    "costs_cover_resources",
    "revenue_for_segment",
)


def _blocks():
    from smm_course.frameworks.bmc import Block

    return Block


def _rule_results(texts: dict) -> dict[str, bool | None]:
    """Each consistency rule: True/False, or None when a block it needs is still empty."""
    block = _blocks()
    r = {b: roots(texts.get(b, "")) for b in block}
    filled = {b for b in block if texts.get(b, "").strip()}

    def needs(*blocks) -> bool:
        return all(b in filled for b in blocks)

    seg = r[block.CUSTOMER_SEGMENTS]
    results: dict[str, bool | None] = {}
    results["value_names_segment"] = (
        bool(r[block.VALUE_PROPOSITIONS] & seg)
        if needs(block.VALUE_PROPOSITIONS, block.CUSTOMER_SEGMENTS)
        else None
    )
    results["segment_has_channel_and_relationship"] = (
        needs(block.CHANNELS, block.CUSTOMER_RELATIONSHIPS)
        if needs(block.CUSTOMER_SEGMENTS)
        else None
    )
    supply = r[block.KEY_RESOURCES] | r[block.KEY_ACTIVITIES] | r[block.KEY_PARTNERS]
    results["costs_cover_resources"] = (
        bool(r[block.COST_STRUCTURE] & supply)
        if needs(block.COST_STRUCTURE)
        and any(
            b in filled for b in (block.KEY_RESOURCES, block.KEY_ACTIVITIES, block.KEY_PARTNERS)
        )
        else None
    )
    revenue_text = texts.get(block.REVENUE_STREAMS, "")
    results["revenue_for_segment"] = (
        bool(r[block.REVENUE_STREAMS] & (seg | REVENUE_ROOTS))
        or "€" in revenue_text
        or "$" in revenue_text
        if needs(block.REVENUE_STREAMS)
        else None
    )
    return results


def _rule_message(rule: str, lang: str) -> str:
    block = _blocks()
    names = {
        "vp": block.VALUE_PROPOSITIONS.label(lang),
        "segments": block.CUSTOMER_SEGMENTS.label(lang),
        "channels": block.CHANNELS.label(lang),
        "relationships": block.CUSTOMER_RELATIONSHIPS.label(lang),
        "costs": block.COST_STRUCTURE.label(lang),
        "resources": block.KEY_RESOURCES.label(lang),
        "activities": block.KEY_ACTIVITIES.label(lang),
        "partners": block.KEY_PARTNERS.label(lang),
        "revenue": block.REVENUE_STREAMS.label(lang),
    }
    return t(f"checks.canvas.rule.{rule}", lang, **names)


def _block_texts(given: dict) -> tuple[dict, list[str]]:
    """The text of each recognised block (notes joined), and the keys that name no block."""
    block = _blocks()
    texts: dict = {}
    unknown: list[str] = []
    for key, value in list(given.items())[:200]:
        member = block.from_any(key)
        if member is None:
            if not is_blank(key) and not is_blank(value):
                unknown.append(shorten(as_text(key)))
            continue
        text = join_text(value)[:MAX_CHARS]
        texts[member] = f"{texts[member]}\n{text}" if member in texts else text
    return texts, unknown


def _placeholders(texts: dict, missing: list) -> dict:
    """Blocks holding a placeholder ("x", "asdf", the guiding question copied back)."""
    found = {}
    for b, text in texts.items():
        if b in missing:
            continue
        questions = (*b.questions("it"), *b.questions("en"))
        reason = placeholder_reason(text, min_words=1, questions=questions)
        if reason is not None:
            found[b] = reason
    return found


@never_raises
def check_canvas(canvas: Mapping[object, str], lang: str | None = None) -> Feedback:
    """Nine blocks filled with at least MIN_WORDS words each, plus four consistency rules."""
    code = resolve_lang(lang)
    block = _blocks()
    given = to_plain_mapping(canvas)
    if given is None:
        return Feedback(
            0.0,
            float(len(block) + len(RULES)),
            False,
            (t("checks.canvas.not_mapping", code),),
            details={"missing": list(block.ids()), "too_short": [], "consistency": {}},
            lang=code,
        )
    texts, unknown = _block_texts(given)
    missing = [b for b in block if not texts.get(b, "").strip()]
    messages: list[str] = []
    hints: list[str] = []
    for b in missing:
        messages.append(t("checks.canvas.missing", code, block=b.label(code), number=b.number))
    fillers = _placeholders(texts, missing)
    for b, reason in fillers.items():
        messages.append(placeholder_message(reason, code, field=f"«{b.label(code)}»"))
        texts[b] = ""  # a placeholder takes part in no consistency rule
    too_short = [
        b
        for b in block
        if b not in missing and b not in fillers and len(words(texts[b])) < MIN_WORDS
    ]
    for b in too_short:
        messages.append(
            t("checks.canvas.too_short", code, block=b.label(code), min_words=MIN_WORDS)
        )
    hints.extend(
        t("checks.canvas.question", code, block=b.label(code), question=b.questions(code)[0])
        for b in (*missing, *too_short)[:3]
        if b.questions(code)
    )
    if unknown:
        messages.append(t("checks.canvas.unknown_blocks", code, names=listing(unknown[:10])))
        hints.append(
            t("checks.canvas.valid_blocks", code, names=listing(b.label(code) for b in block))
        )
    results = _rule_results(texts)
    for rule, ok in results.items():
        if ok is False:
            messages.append(_rule_message(rule, code))
    consistency = {rule: bool(ok) for rule, ok in results.items()}
    score = (len(block) - len(missing) - len(fillers) - len(too_short)) + sum(consistency.values())
    max_score = len(block) + len(RULES)
    passed = score == max_score
    if passed:
        messages.insert(0, t("checks.canvas.all_good", code))
    else:
        hints.append(t("checks.canvas.rules_hint", code))
    return Feedback(
        float(score),
        float(max_score),
        passed,
        tuple(messages),
        tuple(hints),
        details={
            "missing": [b.id for b in missing],
            "too_short": [b.id for b in too_short],
            "placeholder": [b.id for b in fillers],
            "consistency": consistency,
        },
        lang=code,
    )
