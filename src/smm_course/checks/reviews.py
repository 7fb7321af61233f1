"""check_review_conclusion: the written conclusion on review ratings, for any business's reviews."""

from __future__ import annotations

from collections.abc import Sequence

from smm_course.checks._util import is_blank, listing, never_raises, resolve_lang, words
from smm_course.checks._words import fold_text, tokens
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_message, placeholder_reason
from smm_course.i18n import t

__all__ = ["check_review_conclusion"]

MIN_WORDS = 20
MAX_QUOTED = 3
# Word starts that name a period of the year, a month or a day (Italian and English).
PERIOD_STEMS = (
    "gennai", "febbrai", "marz", "april", "maggi", "giugn", "lugli", "agost", "settembr",
    "ottobr", "novembr", "dicembr", "january", "february", "march", "april", "june",
    "july", "august", "september", "october", "november", "december", "estat", "invern",
    "primaver", "autunn", "summer", "winter", "spring", "autumn", "natal", "christmas",
    "pasqu", "easter", "ferragost", "saldi", "festivit", "holiday", "weekend",
    "settiman", "week", "mese", "mesi", "month", "stagion", "season", "periodo", "period",
    "trimestr", "quarter", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabat",
    "domenic", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
# Words that give a reason: "perché", "a causa di", "si lamentano di", "because", "due to".
CAUSES = (
    "perche", "poiche", "causa", "dovut", "colpa", "lament", "quando", "motiv", "ragion",
    "because", "caus", "complain", "when", "reason", "since", "citan", "parlan",
    "mention", "dicono", "scrivono", "say", "write",
)  # fmt: skip
CAUSE_PHRASES = ("per via", "a seguito", "as a result", "owing to", "due to")
# Word starts of a proposal, a recommendation or an action to take.
PROPOSALS = (
    "propon", "propost", "consigl", "suggeri", "dovrebbe", "potrebbe", "bisogna", "serve",
    "occorre", "introdur", "introdu", "aggiung", "avvis", "rispond", "anticip", "sospend",
    "limit", "miglior", "offri", "creare", "formar", "assumer", "cambiar", "ridurr",
    "propos", "suggest", "recommend", "should", "could", "introduc", "add", "notif", "reply",
    "respond", "improv", "offer", "train", "hire", "change", "reduc",
)  # fmt: skip


def _stems_in(found: list[str], stems: Sequence[str]) -> list[str]:
    return [w for w in found if w.startswith(tuple(stems))]


def _named(text_tokens: list[str], periods: Sequence[object]) -> list[str]:
    """The learner's own low periods (each a name or a tuple of names) not mentioned."""
    missing = []
    for group in periods:
        items = [group] if isinstance(group, str) else list(group)  # type: ignore[call-overload]
        names = [str(n) for n in items]
        stems = tuple(fold_text(n)[:5] for n in names if n.strip())
        if stems and not _stems_in(text_tokens, stems):
            missing.append(str(names[0]))
    return missing


@never_raises
def check_review_conclusion(
    text: object,
    lang: str | None = None,
    business: str | None = None,
    periods: Sequence[object] = (),
) -> Feedback:
    """One point each: when the ratings drop, why (from the reviews), and a concrete proposal.

    Works on the learner's own reviews: `periods` are the low periods of their chart (each a
    name, or a tuple of alternatives such as ("estate", "giugno", "luglio", "agosto")); without
    them any named period counts. `business` is named in the feedback (default: the case study).
    """
    from smm_course.checks.smart import business_name

    code = resolve_lang(lang)
    name = business_name(business, code)
    if is_blank(text):
        return Feedback.empty(t("checks.reviews.not_text", code), 3.0, lang=code)
    if not isinstance(text, str):
        return Feedback(0.0, 3.0, False, (t("checks.reviews.not_text", code),), lang=code)
    reason = placeholder_reason(text)
    if reason is not None:
        return Feedback(0.0, 3.0, False, (placeholder_message(reason, code),), lang=code)
    if len(words(text)) < MIN_WORDS:
        return Feedback(
            0.0, 3.0, False, (t("checks.reviews.too_short", code, n=MIN_WORDS),), lang=code
        )
    found = tokens(text)
    folded = fold_text(text)
    period_words = list(dict.fromkeys(_stems_in(found, PERIOD_STEMS)))
    missing = _named(found, periods)
    when = not missing if periods else bool(period_words)
    causes = list(dict.fromkeys(_stems_in(found, CAUSES)))
    why = bool(causes) or any(p in folded for p in CAUSE_PHRASES)
    proposal = bool(_stems_in(found, PROPOSALS))
    messages = []
    if when:
        quoted = listing(f"«{w}»" for w in period_words[:MAX_QUOTED])
        messages.append(t("checks.reviews.periods_ok", code, found=quoted))
    elif missing:
        messages.append(t("checks.reviews.periods_named", code, periods=listing(missing)))
    else:
        messages.append(t("checks.reviews.periods_missing", code))
    if why:
        quoted = listing(f"«{w}»" for w in causes[:MAX_QUOTED]) or "…"
        messages.append(t("checks.reviews.cause_ok", code, found=quoted))
    else:
        messages.append(t("checks.reviews.cause_missing", code))
    key = "checks.reviews.proposal" if proposal else "checks.reviews.no_proposal"
    messages.append(t(key, code, business=name))
    score = int(when) + int(why) + int(proposal)
    return Feedback(
        float(score),
        3.0,
        score == 3,
        tuple(messages),
        details={"when": when, "why": why, "proposal": proposal, "missing_periods": missing},
        lang=code,
    )
