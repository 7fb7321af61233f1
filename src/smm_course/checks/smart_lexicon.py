"""Word lists and patterns behind check_smart (Italian and English, accent-free lower case)."""

from __future__ import annotations

import re

from smm_course.checks._words import word_set, word_tuple

MONTHS = word_tuple(
    """
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre january february april june july august september october november december
    """
)
# English months that are also common words: only temporal after a preposition or with a day.
AMBIGUOUS_MONTHS = ("march", "may")

TIME_UNITS = (
    r"giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|trimestr[ei]|semestr[ei]|bimestr[ei]|"
    r"days?|weeks?|months?|years?|quarters?"
)
PERIOD_NAMES = (
    r"anno|mese|trimestre|semestre|settimana|stagione|estate|year|quarter|month|season|week"
)

EVENTS = (
    r"natale|pasqua|san valentino|festa della mamma|festa del papa|black friday|cyber monday|"
    r"halloween|capodanno|ferragosto|epifania|carnevale|saldi|festivita|"
    r"christmas|xmas|easter|valentine'?s?(?: day)?|mother'?s day|father'?s day|"
    r"new year'?s?(?: eve)?|holiday season|holidays"
)
SEASONS = r"estate|inverno|primavera|autunno|summer|winter|spring|autumn"
SEASON_PREPOSITIONS = (
    r"entro|prima di|prima del|prima della|prima dell'|fino a|durante|in|by|before|until|"
    r"till|during|this|next|all'inizio dell'|inizio|fine"
)
EVENT_PREPOSITIONS = (
    r"entro|prima di|prima del|prima della|per|a|ad|in vista di|fino a|durante|sotto|"
    r"by|before|for|until|till|in time for|ahead of|during"
)

DURATION_WORDS = (
    r"un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|diciotto|"
    r"ventiquattro|trenta|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|eighteen|twenty four|thirty"
)
DURATION_PREPOSITIONS = (
    r"in|entro|nei prossimi|nelle prossime|prossimi|prossime|per|tra|fra|nell'arco di|"
    r"nel giro di|arco di|giro di|within|in the next|over the next|the next|next|for|over"
)

_MONTH_RE = "|".join(MONTHS)
_ALL_MONTHS = _MONTH_RE + "|" + "|".join(AMBIGUOUS_MONTHS)

# Each pattern marks the objective as time-bound; spans are removed before counting numbers.
TIME_PATTERNS = tuple(
    re.compile(p)
    for p in (
        r"\b\d{4}-\d{1,2}-\d{1,2}\b",
        r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b",
        rf"\b\d{{1,2}}\s{{0,3}}(?:°|o)?\s{{0,3}}(?:di\s{{1,3}}|of\s{{1,3}})?(?:{_ALL_MONTHS})\b(?:\s{{1,3}}\d{{4}})?",
        rf"\b(?:{_ALL_MONTHS})\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s{{1,3}}\d{{4}})?",
        rf"\b(?:{_MONTH_RE})\b(?:\s{{1,3}}\d{{4}})?",
        rf"\b(?:entro|a|in|by|before|until|till|end of|fine|from|since)\s{{1,3}}(?:the\s{{1,3}})?"
        rf"(?:{'|'.join(AMBIGUOUS_MONTHS)})\b(?:\s{{1,3}}\d{{4}})?",
        r"\bq[1-4]\b(?:\s{1,3}\d{4})?",
        r"\b(?:primo|secondo|terzo|quarto|[1-4]\s{0,3}(?:°|o)?)\s{1,3}(?:trimestre|semestre)\b",
        r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s{1,3}(?:quarter|half)\b",
        r"\b(?:h[12])\s{1,3}\d{4}\b",
        rf"\bfine\s{{1,3}}(?:del\s{{1,3}}|dell'\s{{0,3}}|della\s{{1,3}}|di\s{{1,3}})?(?:{PERIOD_NAMES}|q[1-4])\b",
        rf"\bend\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?(?:this\s{{1,3}}|next\s{{1,3}})?(?:{PERIOD_NAMES}|q[1-4])\b",
        r"\b(?:year|quarter|month)[- ]end\b",
        r"\bby\s{1,3}(?:the\s{1,3})?end\b",
        rf"\bentro\s{{1,3}}(?:il\s{{1,3}}|l'\s{{0,3}}|la\s{{1,3}}|lo\s{{1,3}}|questo\s{{1,3}}|questa\s{{1,3}}|quest'\s{{0,3}})?"
        rf"(?:prossim[oa]\s{{1,3}})?(?:{PERIOD_NAMES}|domani|stasera|oggi)\b",
        rf"\b(?:quest'\s{{0,3}}|questo\s{{1,3}}|questa\s{{1,3}})(?:{PERIOD_NAMES})\b",
        rf"\b(?:prossim[oa]|entrante)\s{{1,3}}(?:{PERIOD_NAMES})\b",
        rf"\b(?:{PERIOD_NAMES})\s{{1,3}}(?:prossim[oa]|entrante|in corso)\b",
        rf"\b(?:this|next|coming)\s{{1,3}}(?:{PERIOD_NAMES}|christmas|easter|summer|winter)\b",
        r"\b(?:tomorrow|domani|next week|la prossima settimana)\b",
        rf"\b(?:{EVENT_PREPOSITIONS})\s{{1,3}}(?:il\s{{1,3}}|la\s{{1,3}}|lo\s{{1,3}}|l'\s{{0,3}}|the\s{{1,3}})?(?:{EVENTS})\b",
        rf"\b(?:{SEASON_PREPOSITIONS})(?:\s{{1,3}}|(?<='))(?:l'\s{{0,3}}|la\s{{1,3}}|il\s{{1,3}}|the\s{{1,3}})?(?:{SEASONS})\b",
        rf"\b(?:{DURATION_PREPOSITIONS})\s{{1,3}}(?:\d{{1,3}}|{DURATION_WORDS})\s{{1,3}}(?:{TIME_UNITS})\b",
        r"\b(?:nel|nell'\s{0,3}anno|entro\s{1,3}il|entro|dal|al|del|per\s{1,3}il|in|by|before|until|"
        r"since|from|anno|year|inizio|meta|mid|early|late)\s{1,3}(?:19[5-9]\d|20\d\d)\b",
    )
)

# A year: time-bound, never a quantity (unless a metric word follows it: "2000 follower").
YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
# "25-34", "18-24 anni": an audience (specific), not a quantity and not a period.
AGE_RANGE = re.compile(
    r"\b[1-9]\d\s{0,3}-\s{0,3}[1-9]\d\b(?:\s{1,3}anni|\s{1,3}years?(?:\s{1,3}old)?)?"
)
AGE_WORDS = re.compile(r"\b(?:over|under)\s{0,3}[1-9]\d\b|\b[1-9]\d\s{0,3}\+")

PERCENT = re.compile(
    r"(?:[+-]\s{0,3})?\b\d{1,15}(?:[.,]\d{1,15})?\s{0,3}(?:%|per\s{0,3}cento\b|percento\b|per\s{0,3}cent\b|percent\b|"
    r"punti percentuali\b|percentage points?\b)"
)
PERCENT_WORDS = re.compile(
    r"\b([a-z]{1,40})\s{1,3}(?:per\s{0,3}cento|percento|per\s{0,3}cent|percent)\b"
)
CURRENCY = re.compile(
    r"[€$£]\s{0,3}\d|\b\d{1,15}(?:[.,]\d{1,3}){0,5}\s{0,3}(?:k|mila|mln|milioni)?\s{0,3}(?:€|\$|£|\beuro\b|\beur\b|\busd\b|"
    r"\bdollari\b|\bdollars?\b|\bsterline\b)"
)
CURRENCY_WORDS = re.compile(r"\b([a-z]{1,40})\s{1,3}(?:euro|dollari|dollars?)\b")
MULTIPLY_X = re.compile(r"\bx\s?\d{1,2}\b|\b\d{1,2}\s?x\b")
NUMBER = re.compile(r"\b\d{1,15}(?:[.,]\d{1,15})*\b")
WORD = re.compile(r"[a-z0-9]+")

IT_NUMBER_PARTS = word_tuple(
    """
    uno un una due tre quattro cinque sei sette otto nove dieci undici dodici tredici
    quattordici quindici sedici diciassette diciotto diciannove venti vent trenta trent quaranta
    quarant cinquanta cinquant sessanta sessant settanta settant ottanta ottant novanta novant
    cento cent mille mila milione milioni miliardo miliardi
    """
)
EN_NUMBER_WORDS = word_set(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand million billion dozen
    """
)
# Parts that alone are an article or an elision, not a quantity.
NOT_ALONE = word_set(
    """
    un uno una vent trent quarant cinquant sessant settant ottant novant cent
    """
)

MULTIPLIER_STEMS = word_tuple(
    """
    raddopp triplic quadruplic dimezz doubl tripl quadrupl halv
    """
)
MULTIPLIER_WORDS = frozenset({"doppio", "triplo", "double", "twice", "halve", "decuplicare"})

# What can be counted or measured: exact short words, and stems for longer ones.
METRIC_WORDS = word_set(
    """
    like likes post posts reel reels lead leads ctr aov roi roas cac clv ltv nps kpi kg
    views share shares saves video eventi events units pezzi stars stelle
    click clic clicks ordini orders order ordine costi costs cost utile sales sold reach storie
    stories aperture rating score punti resi returns visite visits
    mentions follow rate rates
    """
)
METRIC_STEMS = word_tuple(
    """
    follower iscritt subscri vendit vendut fattur ricav revenue conversion conversi tasso
    engagement interazion interaction comment condivision salvataggi visitator visitor traffic
    contatt contact client customer recension review scontrin retention fidelizz riacquist
    repeat margin profit copertur impression visualizzazion download valutazion punteggi
    partecipant participant prenotazion booking articol menzion rivendit retailer newsletter
    unita acquist purchas
    carrell abbandon spesa budget quota utent users user member membri signup registrazion
    richiest apertur lettor spettator abandon satisf soddisf
    """
)

# Words that follow a number but do not say what is counted.
NOT_COUNTED = word_set(
    """
    per con dal del della delle dei degli dalla alla allo agli alle nel nella sul sulla the and
    for with from volte times ogni each all tra fra entro by and
    """
)
# "rispetto al 2026", "compared to 2026": a baseline year, neither a deadline nor a quantity.
BASELINE = re.compile(
    r"\b(?:rispetto\s{1,3}(?:al|a|allo)|in\s{1,3}confronto\s{1,3}al|compared\s{1,3}(?:to|with)|"
    r"versus|vs|than(?:\s{1,3}in)?)\s{1,3}(?:il\s{1,3}|the\s{1,3})?(?:19[5-9]\d|20\d\d)\b"
)
# Phrases that sound concrete but are not ("presenza online").
VAGUE_PHRASES = re.compile(
    r"\b(?:presenza|visibilita|reputazione|immagine|notorieta) (?:online|digitale|sui social)\b|"
    r"\bonline (?:presence|visibility|reputation|image)\b|"
    r"\b(?:farsi|farci|essere|diventare) (?:piu |molto )?conosciut[aeio]\b|"
    r"\bfar(?:si|e)? conoscere\b|"
    r"\b(?:be|get|become) (?:more |better )?(?:known|visible)\b"
)
# Vague on their own: a goal made only of these is not specific.
VAGUE_WORDS = frozenset(
    {
        "brand",
        "marchio",
        "presenza",
        "immagine",
        "visibilita",
        "notorieta",
        "comunicazione",
        "marketing",
        "awareness",
        "reputazione",
        "social",
        "media",
        "presence",
        "image",
        "visibility",
        "communication",
        "reputation",
        "online presence",
    }
)
