"""check_review_conclusion: the written conclusion on the review ratings (lesson 04)."""

from __future__ import annotations

from smm_course.checks._util import is_blank, never_raises, resolve_lang, words
from smm_course.checks.feedback import Feedback
from smm_course.i18n import t

MIN_WORDS = 20
# Word roots (Italian and English) that show the learner explains each drop in the ratings.
SUMMER = ("estat", "caldo", "sciol", "giugno", "luglio", "agosto", "summer", "heat", "melt")
DECEMBER = ("dicembr", "natal", "ritard", "festivit", "december", "christmas", "late", "delay")
PROPOSALS = (
    "propon", "propost", "consigl", "suggeri", "dovrebbe", "potrebbe", "bisogna",
    "serve", "occorre", "introdur", "introdu", "aggiung", "avvis", "rispond",
    "refriger", "termic", "ghiaccio", "anticip", "sospend", "limit",
    "propos", "suggest", "recommend", "should", "could", "introduc", "add ", "notif",
    "reply", "respond", "insulat", "cooled",
)  # fmt: skip


def _mentions(text: str, roots: tuple[str, ...]) -> bool:
    return any(root in text for root in roots)


@never_raises
def check_review_conclusion(text: object, lang: str | None = None) -> Feedback:
    """One point each for the summer drop, the December drop and a concrete proposal."""
    code = resolve_lang(lang)
    if is_blank(text):
        return Feedback.empty(t("checks.reviews.not_text", code), 3.0, lang=code)
    if not isinstance(text, str):
        return Feedback(0.0, 3.0, False, (t("checks.reviews.not_text", code),), lang=code)
    if len(words(text)) < MIN_WORDS:
        return Feedback(
            0.0, 3.0, False, (t("checks.reviews.too_short", code, n=MIN_WORDS),), lang=code
        )
    lower = text.lower()
    drops = {"summer": _mentions(lower, SUMMER), "december": _mentions(lower, DECEMBER)}
    proposal = _mentions(lower, PROPOSALS)
    score = sum(drops.values()) + proposal
    if all(drops.values()):
        messages = [t("checks.reviews.both_drops", code)]
    elif any(drops.values()):
        messages = [t("checks.reviews.one_drop", code)]
    else:
        messages = [t("checks.reviews.no_drop", code)]
    key = "checks.reviews.proposal" if proposal else "checks.reviews.no_proposal"
    messages.append(t(key, code))
    return Feedback(
        float(score),
        3.0,
        score == 3,
        tuple(messages),
        details={**drops, "proposal": proposal},
        lang=code,
    )
