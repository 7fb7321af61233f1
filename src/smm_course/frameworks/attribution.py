"""Multi-touch attribution: how much of each sale every channel of the customer journey earns.

Six models (lesson 08): first touch, last touch, linear, position-based (40/20/40), time
decay and a first-order Markov chain with the removal effect. All are pure functions of
the journeys; pandas and numpy are imported only when a model runs.

Accepted journeys (the same for every function here):

* a DataFrame like ``data.journeys()``: a ``path`` column (a tuple or list of channel
  names, or one string "Instagram > Google Ads"), optional ``converted`` (bool; missing
  means every journey converted), ``revenue`` (EUR, needed with ``revenue=True``) and
  ``first_touch``/``last_touch`` dates (used by the time-decay model);
* a plain list (or Series) of paths, each a list/tuple of names or a "A > B" string: every
  path is a converting journey. For hand examples with lost journeys or revenue, an item
  may also be ``(path, converted)`` or ``(path, converted, revenue)``.

Unusable input raises ValueError with a message in the learner's language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from smm_course.frameworks._journeys import Journeys, fail, read_journeys
from smm_course.frameworks.concepts import Aliases, Concept, Text

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "HALF_LIFE_DAYS",
    "POSITION_SHARES",
    "AttributionModel",
    "attribute",
    "compare",
    "removal_effects",
]

HALF_LIFE_DAYS = 7.0
POSITION_SHARES = (0.4, 0.2, 0.4)  # first touch, all the middle touches together, last touch


class AttributionModel(Concept):
    """A rule that shares the credit of a conversion among the touchpoints of its journey."""

    FIRST = (
        "first",
        Text("Primo contatto", "First touch"),
        Text(
            "Tutto il merito al primo canale del percorso, quello che ha fatto conoscere il brand.",
            "All the credit to the first channel of the path, the one that introduced the brand.",
        ),
        Aliases("first touch", "first click", "primo clic", "primo tocco"),
    )
    LAST = (
        "last",
        Text("Ultimo contatto", "Last touch"),
        Text(
            "Tutto il merito all'ultimo canale prima dell'acquisto (il «last click» di molti "
            "strumenti di analisi).",
            "All the credit to the last channel before the purchase (the 'last click' of many "
            "analytics tools).",
        ),
        Aliases("last touch", "last click", "ultimo clic", "ultimo tocco"),
    )
    LINEAR = (
        "linear",
        Text("Lineare", "Linear"),
        Text(
            "Il merito diviso in parti uguali tra tutti i contatti del percorso.",
            "The credit split equally among all the touches of the path.",
        ),
        Aliases("lineare", "uniforme"),
    )
    POSITION = (
        "position",
        Text("Basato sulla posizione (40/20/40)", "Position-based (40/20/40)"),
        Text(
            "40% al primo contatto, 40% all'ultimo, 20% diviso tra quelli in mezzo; con due "
            "contatti metà ciascuno, con uno solo tutto a lui.",
            "40% to the first touch, 40% to the last, 20% shared by those in between; with two "
            "touches half each, with one touch all of it.",
        ),
        Aliases("position based", "u shaped", "a u", "posizione", "40 20 40"),
    )
    TIME_DECAY = (
        "time_decay",
        Text("Decadimento temporale", "Time decay"),
        Text(
            "Più merito ai contatti vicini all'acquisto: il peso di un contatto si dimezza "
            "ogni «emivita» di giorni prima della conversione.",
            "More credit to the touches close to the purchase: a touch's weight halves for "
            "every 'half-life' of days before the conversion.",
        ),
        Aliases("time decay", "decadimento", "decadimento nel tempo"),
    )
    MARKOV = (
        "markov",
        Text("Catena di Markov (effetto rimozione)", "Markov chain (removal effect)"),
        Text(
            "Dai percorsi, convertiti e no, si stimano le probabilità di passare da un canale "
            "all'altro; il merito di un canale è quanto calano le conversioni se lo si toglie.",
            "From all paths, converted or not, the chances of moving from one channel to the "
            "next are estimated; a channel's credit is how much conversions drop without it.",
        ),
        Aliases("markov chain", "catene di markov", "removal effect", "effetto rimozione"),
    )


def _model(model: object) -> AttributionModel:
    found = AttributionModel.from_any(model)
    if found is None:
        raise fail("unknown_model", model=repr(model), choices=", ".join(AttributionModel.ids()))
    return found


def _half_life(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise fail("bad_half_life", value=repr(value)) from None
    if isinstance(value, bool) or not number > 0 or number == float("inf"):
        raise fail("bad_half_life", value=repr(value))
    return number


def _position_weights(length: int) -> list[float]:
    if length == 1:
        return [1.0]
    if length == 2:
        return [0.5, 0.5]
    first, middle, last = POSITION_SHARES
    return [first, *[middle / (length - 2)] * (length - 2), last]


def _decay_weights(length: int, span: float | None, half_life: float) -> list[float]:
    """Touches spread evenly over `span` days (1 day apart when the dates are unknown)."""
    step = 1.0 if span is None else (span / (length - 1) if length > 1 else 0.0)
    raw = [0.5 ** ((length - 1 - i) * step / half_life) for i in range(length)]
    total = sum(raw)
    return [w / total for w in raw]


def _weights(
    model: AttributionModel, length: int, span: float | None, half_life: float
) -> list[float]:
    if model is AttributionModel.FIRST:
        return [1.0] + [0.0] * (length - 1)
    if model is AttributionModel.LAST:
        return [0.0] * (length - 1) + [1.0]
    if model is AttributionModel.LINEAR:
        return [1.0 / length] * length
    if model is AttributionModel.POSITION:
        return _position_weights(length)
    return _decay_weights(length, span, half_life)


def _rule_based(data: Journeys, model: AttributionModel, half_life: float) -> dict[str, float]:
    """Credit of the heuristic models: each converting journey's value shared by its touches."""
    uses_span = model is AttributionModel.TIME_DECAY
    value_by_path: Counter[tuple[tuple[str, ...], float | None]] = Counter()
    for path, converted, value, span in zip(
        data.paths, data.converted, data.values, data.span_days, strict=True
    ):
        if converted:
            value_by_path[(path, span if uses_span else None)] += value
    credit: dict[str, float] = dict.fromkeys(data.channels, 0.0)
    for (path, span), value in value_by_path.items():
        for channel, weight in zip(path, _weights(model, len(path), span, half_life), strict=True):
            credit[channel] += value * weight
    return credit


def _chain(data: Journeys) -> tuple[Any, Any, Any]:
    """Start shares, transition matrix between channels and chance of converting from each."""
    import numpy as np

    channels = data.channels
    index = {channel: i for i, channel in enumerate(channels)}
    size = len(channels)
    start = np.zeros(size)
    moves = np.zeros((size, size))
    ends = np.zeros((size, 2))  # column 0: conversion, 1: null (the journey stops)
    for (path, converted), count in Counter(zip(data.paths, data.converted, strict=True)).items():
        ids = [index[c] for c in path]
        start[ids[0]] += count
        for a, b in pairwise(ids):
            moves[a, b] += count
        ends[ids[-1], 0 if converted else 1] += count
    out = moves.sum(axis=1) + ends.sum(axis=1)
    return start / start.sum(), moves / out[:, None], ends[:, 0] / out


def _conversion_probability(
    start: Any, moves: Any, to_conversion: Any, removed: int | None = None
) -> float:
    """Chance that a journey starting as `start` ends in a conversion (absorbing Markov chain)."""
    import numpy as np

    moves, to_conversion = moves.copy(), to_conversion.copy()
    if removed is not None:  # a removed channel becomes a dead end: every visit to it is lost
        moves[removed, :] = 0.0
        to_conversion[removed] = 0.0
    reach = np.linalg.solve(np.eye(len(to_conversion)) - moves, to_conversion)
    return float(start @ reach)


def _removal_effects(data: Journeys) -> dict[str, float]:
    channels = data.channels
    if not any(data.converted):
        return dict.fromkeys(channels, 0.0)
    start, moves, to_conversion = _chain(data)
    base = _conversion_probability(start, moves, to_conversion)
    return {
        channel: max(0.0, 1.0 - _conversion_probability(start, moves, to_conversion, i) / base)
        for i, channel in enumerate(channels)
    }


def _series(credit: dict[str, float], name: str) -> pd.Series:
    import pandas as pd

    series = pd.Series(credit, dtype="float64", name=name)
    series.index = pd.Index(list(credit), dtype="object", name="channel")
    return series


def removal_effects(journeys: object) -> pd.Series:
    """Markov removal effect of each channel: the share of conversions lost without it (0..1)."""
    return _series(_removal_effects(read_journeys(journeys)), "removal_effect")


def attribute(
    journeys: object,
    model: str | AttributionModel,
    *,
    revenue: bool = False,
    half_life_days: float = HALF_LIFE_DAYS,
) -> pd.Series:
    """Credit per channel (index sorted by name) summing to the conversions, or the revenue.

    `model`: "first", "last", "linear", "position", "time_decay" or "markov" (or an
    AttributionModel, or its Italian/English label). With `revenue=True` each conversion
    counts for its revenue. Time decay: a touch's weight halves every `half_life_days`
    before the last touch; the journeys give only the first and last dates, so the touches
    are spread evenly between them (one day apart when there are no dates). Markov: the
    removal effects of a first-order chain (start, channels, conversion, null), normalised
    so that they share the conversions (or the revenue) in proportion. Channels that only
    appear in lost journeys get 0. The journeys accepted are described in the module doc.
    """
    chosen = _model(model)
    half_life = _half_life(half_life_days)
    data = read_journeys(journeys, revenue=revenue)
    if chosen is AttributionModel.MARKOV:
        effects = _removal_effects(data)
        total = sum(v for v, c in zip(data.values, data.converted, strict=True) if c)
        scale = sum(effects.values())
        credit = {c: (e / scale * total if scale else 0.0) for c, e in effects.items()}
    else:
        credit = _rule_based(data, chosen, half_life)
    return _series(credit, chosen.id)


def compare(
    journeys: object,
    models: Iterable[str | AttributionModel] = tuple(AttributionModel),
    *,
    revenue: bool = False,
    half_life_days: float = HALF_LIFE_DAYS,
) -> pd.DataFrame:
    """Credit per channel under each model side by side: one column per model (its id)."""
    import pandas as pd

    chosen = [_model(m) for m in models]
    columns = {
        m.id: attribute(journeys, m, revenue=revenue, half_life_days=half_life_days) for m in chosen
    }
    return pd.DataFrame(columns, columns=[m.id for m in chosen]).rename_axis("channel")
