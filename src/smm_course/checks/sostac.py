"""check_sostac: does each SOSTAC® stage hold what it should? (objectives SMART, a strategy that is
not a list of tactics, actions with who and when, control with KPI, frequency and owner)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from smm_course.checks import smart_lexicon as lex
from smm_course.checks._util import join_text, listing, never_raises, resolve_lang, shorten
from smm_course.checks._words import fold_text, tokens, word_set, word_tuple
from smm_course.checks.feedback import Feedback
from smm_course.checks.placeholder import placeholder_message, placeholder_reason
from smm_course.checks.smart import check_smart
from smm_course.i18n import t

__all__ = ["check_sostac"]

SITUATION_MIN_WORDS = 12
MAX_OBJECTIVES = 10
_LINES = re.compile(r"\n+|;|•|(?:^|\s)[-*]\s|(?<=[a-z\d%)])\.\s+(?=[A-Z])")

# STOP & SIT: segmentation, targeting, positioning, sequence, integration (word starts).
STRATEGY_STEMS = word_tuple(
    """
    segment target posizion position differenz differen distingu focus concentr priorit
    sequenz sequence integr omnican rivolg pubblico audience valore value nicchia niche
    approcc approach percepit perceiv identit identity promess promise fidelizz loyal
    """
)
STRATEGY_WORDS = word_set("prima poi first then puntare puntiamo scegliamo choose")
# Tactics: tools and content formats (their presence alone does not make a strategy).
TACTIC_STEMS = word_tuple(
    """
    post reel stori inserzion sponsorizz newsletter email coupon scont discount giveaway
    concors contest volantin flyer hashtag influencer campagn video tiktok instagram facebook
    google seo blog pubblicit advert whatsapp linkedin youtube pinterest
    """
)
TACTIC_WORDS = word_set("ads adv sms")
CHANNEL_STEMS = TACTIC_STEMS + word_tuple(
    """
    negozi shop vetrin fier mercat event sito website passaparola partner telefon stampa press
    radio cartellon marketplace ecommerce etsy amazon booking tripadvisor app evento eventi
    """
)
# Who does it: people and roles (or a capitalised name, checked on the original text).
WHO_STEMS = word_tuple(
    """
    titolar proprietari owner responsabil manager staff personal dipendent collaborator
    stagist intern agenzi agency freelanc soci commess consulent commercial addett banconist
    segretari assistent fondator founder team
    """
)
WHO_WORDS = word_set("io noi we me myself mia mio")
_ENGLISH_I = re.compile(r"\bI\b")
FREQUENCY_STEMS = word_tuple(
    """
    settimanal mensil trimestral giornalier quotidian annual semestral bimestral weekly
    monthly daily quarterly yearly lunedi martedi mercoledi giovedi venerdi sabato domenic
    monday tuesday wednesday thursday friday saturday sunday
    """
)
FREQUENCY = re.compile(
    r"\b(?:ogni|every|each|once a|twice a|a|al|alla|per|at the end of each|fine)\s+"
    r"(?:\w+\s+)?(?:giorn|settiman|mes|trimestr|ann|week|month|quarter|year|day|lunedi|venerdi)"
)
WHEN_STEMS = FREQUENCY_STEMS + word_tuple(
    """
    entro ogni settiman mese mesi giorn gennaio febbraio marzo aprile maggio giugno luglio
    agosto settembre ottobre novembre dicembre january february march april june july august
    september october november december natale pasqua estate inverno primavera autunno week
    month day ore hours by before until q1 q2 q3 q4
    """
)
MONEY = re.compile(r"[€$£]|\beuro\b|\bbudget\b|\b\d+\s*(?:k|mila)\b")
KPI_STEMS = word_tuple("kpi tasso rate roas roi cac ctr conversi percentual")
_NAME = re.compile(r"\b([A-Z][a-zà-ù]{2,20})\b")
# "Ogni lunedì controllo le vendite": the owner is the writer (first person, no article before).
FIRST_PERSON_VERBS = word_set(
    """
    controllo verifico guardo confronto misuro leggo aggiorno analizzo preparo pubblico faccio
    seguo scrivo gestisco curo rispondo mando invio chiamo
    """
)
# After a name at the start of a sentence: "(role)", "si occupa", a verb ("prepara", "handles").
_ACTS = re.compile(r"\s*(?:\(|:|si\b|[a-zà-ù]{3,}(?:a|e|ano|ono|s)\b)")
_ARTICLES = word_set("il lo la l un uno una del dello della al allo alla nel nello nella")


def _stems(
    words: list[str], stems: tuple[str, ...], exact: frozenset[str] = frozenset()
) -> list[str]:
    return [w for w in words if w in exact or w.startswith(stems)]


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n-*•"


def _has_who(text: str, words: list[str]) -> bool:
    if _stems(words, WHO_STEMS, WHO_WORDS) or _ENGLISH_I.search(text):
        return True
    pairs = zip(["", *words], words, strict=False)
    if any(w in FIRST_PERSON_VERBS and before not in _ARTICLES for before, w in pairs):
        return True
    names = [
        m.group(1)
        for m in _NAME.finditer(text)
        if not _starts_sentence(text, m.start()) or _ACTS.match(text, m.end())
    ]
    return any(
        not fold_text(n).startswith(CHANNEL_STEMS + WHEN_STEMS) and fold_text(n) not in lex.MONTHS
        for n in names
    )


def _has_when(text: str, words: list[str]) -> bool:
    folded = fold_text(text)
    if _stems(words, WHEN_STEMS) or FREQUENCY.search(folded):
        return True
    return any(p.search(folded) for p in lex.TIME_PATTERNS)


def _has_kpi(words: list[str], text: str) -> bool:
    metric = [w for w in words if w in lex.METRIC_WORDS or w.startswith(lex.METRIC_STEMS)]
    return bool(metric or _stems(words, KPI_STEMS) or "%" in text)


def _situation(text: str, lang: str, label: str, **_: Any) -> tuple[bool, str]:
    ok = len(tokens(text)) >= SITUATION_MIN_WORDS
    key = "situation_ok" if ok else "situation_short"
    return ok, t(f"checks.sostac.{key}", lang, stage=label, n=SITUATION_MIN_WORDS)


def _objectives(
    text: str, lang: str, label: str, business: str | None = None, **_: Any
) -> tuple[bool, str]:
    items = [i.strip() for i in _LINES.split(text) if i and len(tokens(i)) >= 2]
    for item in items[:MAX_OBJECTIVES]:
        details = check_smart(item, lang=lang, business=business).details
        missing = [
            t(f"checks.smart.letter.{k}", lang)
            for k in ("specific", "measurable", "time_bound")
            if not details.get(k)
        ]
        if missing:
            message = t(
                "checks.sostac.objectives_weak",
                lang,
                stage=label,
                objective=shorten(item, 60),
                missing=listing(missing),
            )
            return False, message
    if not items:
        letters = listing(t(f"checks.smart.letter.{k}", lang) for k in ("specific", "measurable"))
        objective = shorten(text, 60)
        return False, t(
            "checks.sostac.objectives_weak", lang, stage=label, objective=objective, missing=letters
        )
    return True, t("checks.sostac.objectives_ok", lang, stage=label)


def _strategy(text: str, lang: str, label: str, **_: Any) -> tuple[bool, str]:
    words = tokens(text)
    strategy = _stems(words, STRATEGY_STEMS, STRATEGY_WORDS)
    tactics = _stems(words, TACTIC_STEMS, TACTIC_WORDS)
    if len(tactics) >= 3 and len(tactics) > 2 * len(strategy):
        quoted = listing(dict.fromkeys(tactics[:4]))
        return False, t("checks.sostac.strategy_tactics", lang, stage=label, found=quoted)
    if not strategy:
        return False, t("checks.sostac.strategy_vague", lang, stage=label)
    return True, t("checks.sostac.strategy_ok", lang, stage=label)


def _tactics(text: str, lang: str, label: str, **_: Any) -> tuple[bool, str]:
    ok = bool(_stems(tokens(text), CHANNEL_STEMS, TACTIC_WORDS))
    key = "tactics_ok" if ok else "tactics_no_channel"
    return ok, t(f"checks.sostac.{key}", lang, stage=label)


def _action(text: str, lang: str, label: str, **_: Any) -> tuple[bool, str]:
    words = tokens(text)
    missing = [
        t(f"checks.sostac.part.{part}", lang)
        for part, ok in (("who", _has_who(text, words)), ("when", _has_when(text, words)))
        if not ok
    ]
    if missing:
        return False, t("checks.sostac.action_missing", lang, stage=label, missing=listing(missing))
    return True, t("checks.sostac.action_ok", lang, stage=label)


def _control(text: str, lang: str, label: str, **_: Any) -> tuple[bool, str]:
    words = tokens(text)
    folded = fold_text(text)
    parts = (
        ("kpi", _has_kpi(words, text)),
        ("frequency", bool(_stems(words, FREQUENCY_STEMS) or FREQUENCY.search(folded))),
        ("owner", _has_who(text, words)),
    )
    missing = [t(f"checks.sostac.part.{part}", lang) for part, ok in parts if not ok]
    if missing:
        return False, t(
            "checks.sostac.control_missing", lang, stage=label, missing=listing(missing)
        )
    return True, t("checks.sostac.control_ok", lang, stage=label)


JUDGES: dict[str, Callable[..., tuple[bool, str]]] = {
    "situation": _situation,
    "objectives": _objectives,
    "strategy": _strategy,
    "tactics": _tactics,
    "action": _action,
    "control": _control,
}


def _stage_texts(plan: object) -> dict[Any, str] | None:
    from smm_course.checks._util import to_plain_mapping
    from smm_course.frameworks.sostac import SostacStage

    given = to_plain_mapping(plan)
    if given is None:
        return None
    texts: dict[Any, str] = {}
    for key, value in list(given.items())[:100]:
        stage = SostacStage.from_any(key)
        if stage is not None:
            texts[stage] = join_text(value).strip()[:20_000]
    return texts


@never_raises
def check_sostac(plan: object, lang: str | None = None, business: str | None = None) -> Feedback:
    """One point per SOSTAC® stage that holds what it should (six in all).

    `business`: the business the plan is about (hints name it; default: the case study).
    """
    from smm_course.frameworks.sostac import SostacStage

    code = resolve_lang(lang)
    texts = _stage_texts(plan)
    if texts is None:
        return Feedback(0.0, 6.0, False, (t("checks.sostac.not_mapping", code),), lang=code)
    messages: list[str] = []
    hints: list[str] = []
    verdicts: dict[str, bool] = {}
    for stage in SostacStage:
        label = stage.label(code)
        text = texts.get(stage, "")
        questions = (stage.question("it"), stage.question("en"), *stage.details("it"))
        reason = placeholder_reason(text, min_words=2, questions=questions)
        if reason is not None:
            verdicts[stage.id] = False
            messages.append(placeholder_message(reason, code, field=f"«{label}»"))
            continue
        ok, message = JUDGES[stage.id](text, code, label, business=business)
        verdicts[stage.id] = ok
        messages.append(message)
        if stage is SostacStage.ACTION and ok and not MONEY.search(fold_text(text)):
            hints.append(t("checks.sostac.budget_hint", code))
    score = sum(verdicts.values())
    passed = score == len(SostacStage)
    if passed:
        messages.insert(0, t("checks.sostac.all_good", code))
    return Feedback(
        float(score),
        float(len(SostacStage)),
        passed,
        tuple(messages),
        tuple(hints),
        verdicts,
        lang=code,
    )
