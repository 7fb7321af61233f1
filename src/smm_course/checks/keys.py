"""Answer keys as salted hashes, so a graded notebook can hold its key without showing it.

A hidden test compares ``answer_hash(student_value, salt)`` with a digest written by the
instructor (computed once with ``make_key``). The digest is taken on a canonical form, so
equal answers match whatever their spelling: numbers are rounded to ``decimals``, text is
folded (case, accents, punctuation), enum members become their id, and sets, lists and
mappings are compared without regard to order.
"""

from __future__ import annotations

import ast
import hashlib
import math
import numbers
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any

from smm_course.checks._util import resolve_lang, shorten
from smm_course.frameworks.concepts import fold
from smm_course.i18n import t

__all__ = [
    "DECIMALS",
    "answer_hash",
    "canonical",
    "computed_from",
    "count_matches",
    "is_fragile",
    "item_report",
    "make_key",
    "make_keys",
    "matches",
    "misses",
    "name_items",
    "parse_choices",
    "parse_nested_choices",
    "require",
]

DECIMALS = 3  # default rounding of numbers before hashing
_NOISE = 1e-9  # relative float noise tolerated by `matches` at a rounding boundary


def _number(value: float, decimals: int) -> str:
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = f"{round(value, decimals):.{decimals}f}"
    return "0" + text[2:] if text.startswith("-0") and float(text) == 0 else text


def _plain(value: Any) -> Any:
    """numpy/pandas scalars as Python values; Series and DataFrames as dicts; arrays as lists."""
    module = type(value).__module__
    if module.startswith(("numpy", "pandas")):
        if hasattr(value, "to_dict") and getattr(value, "ndim", 0) in (1, 2):
            return value.to_dict()
        if hasattr(value, "tolist") and getattr(value, "ndim", 0) >= 1:
            return value.tolist()
        if hasattr(value, "item"):
            try:
                return value.item()
            except (ValueError, TypeError):
                return value
    if type(value).__name__ == "NAType":
        return None
    return value


def _scalar(value: Any, decimals: int) -> str | None:
    """Canonical text of a single value, or None for a collection."""
    if value is None or value is Ellipsis:
        text = "none"
    elif isinstance(value, Enum):
        text = "s:" + fold(value.value)
    elif isinstance(value, bool):
        text = "b:" + str(value).lower()
    elif isinstance(value, numbers.Real):
        text = "n:" + _number(float(value), decimals)
    elif isinstance(value, str):
        text = "s:" + fold(value)
    elif isinstance(value, (Mapping, Iterable)):
        return None
    else:
        text = "s:" + fold(str(value))
    return text


def canonical(value: Any, decimals: int = DECIMALS) -> str:
    """The text that is hashed for `value` (same text for answers that should match)."""
    value = _plain(value)
    text = _scalar(value, decimals)
    if text is not None:
        return text
    if isinstance(value, Mapping):
        items = sorted(
            f"{canonical(k, decimals)}={canonical(v, decimals)}" for k, v in value.items()
        )
        return "map:{" + ",".join(items) + "}"
    return "seq:[" + ",".join(sorted(canonical(v, decimals) for v in value)) + "]"


def answer_hash(value: Any, salt: str, decimals: int = DECIMALS) -> str:
    """sha256 hex digest of `salt` and the canonical form of `value`."""
    text = f"{salt}\x1f{canonical(value, decimals)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _nudged(value: Any) -> list[Any]:
    plain = _plain(value)
    if isinstance(plain, numbers.Real) and not isinstance(plain, bool):
        number = float(plain)
        if math.isfinite(number) and number:
            return [number * (1 + _NOISE), number * (1 - _NOISE)]
    return []


def matches(value: Any, digest: str, salt: str, decimals: int = DECIMALS) -> bool:
    """True when `value` hashes to `digest`; never raises (a bad answer is just False).

    A number sitting on a rounding boundary also matches if float noise pushed it across.
    """
    try:
        if answer_hash(value, salt, decimals) == digest:
            return True
        return any(answer_hash(v, salt, decimals) == digest for v in _nudged(value))
    except Exception:
        return False


def count_matches(
    answers: Any, digests: Mapping[str, str], salt: str, decimals: int = DECIMALS
) -> int:
    """How many items of `digests` the mapping `answers` gets right (item names folded)."""
    try:
        given = {fold(k): v for k, v in dict(answers).items()}
    except Exception:
        return 0
    return sum(
        1
        for item, digest in digests.items()
        if fold(item) in given and matches(given[fold(item)], digest, salt, decimals)
    )


def is_fragile(value: Any, decimals: int = DECIMALS) -> bool:
    """True if a number (or a number inside a collection) lies too close to a rounding
    boundary, so a learner's float noise could round it the other way."""
    plain = _plain(value)
    if isinstance(plain, Mapping):
        return any(is_fragile(v, decimals) for v in plain.values())
    if isinstance(plain, Iterable) and not isinstance(plain, str):
        return any(is_fragile(v, decimals) for v in plain)
    if isinstance(plain, numbers.Real) and not isinstance(plain, bool):
        scaled = float(plain) * 10**decimals
        return math.isfinite(scaled) and abs(scaled - math.floor(scaled) - 0.5) < 1e-4
    return False


def make_key(value: Any, salt: str, decimals: int = DECIMALS) -> str:
    """The digest to paste into a hidden test; refuses values that would round unreliably."""
    if is_fragile(value, decimals):
        raise ValueError(t("keys.fragile", value=repr(value), decimals=decimals))
    return answer_hash(value, salt, decimals)


def make_keys(key: Mapping[str, Any], salt: str, decimals: int = DECIMALS) -> dict[str, str]:
    """One digest per item of a classification key (for ``count_matches``)."""
    return {item: make_key(value, salt, decimals) for item, value in key.items()}


def _read(concept: Any, value: Any) -> Any:
    """`concept.from_any(value)`, or None when the value is blank or unreadable."""
    try:
        return concept.from_any(value)
    except Exception:
        return None


def parse_choices(answers: Any, concept: Any) -> dict[str, Any]:
    """{item: member of `concept` or None} from a learner's {item: choice}; never raises."""
    try:
        items = dict(answers).items()
    except Exception:
        return {}
    return {str(item): _read(concept, choice) for item, choice in items}


def parse_nested_choices(answers: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """{"item|field": member or None} from {item: {field: choice}} (one concept per field)."""
    try:
        items = dict(answers).items()
    except Exception:
        return {}
    out: dict[str, Any] = {}
    for item, choices in items:
        try:
            given = dict(choices)
        except Exception:
            given = {}
        for field, concept in fields.items():
            out[f"{item}|{field}"] = _read(concept, given.get(field))
    return out


def misses(
    answers: Any, digests: Mapping[str, str], salt: str, decimals: int = DECIMALS
) -> list[str]:
    """The items of `digests` that `answers` gets wrong, leaves blank or lacks, in key order."""
    try:
        given = {fold(k): v for k, v in dict(answers).items()}
    except Exception:
        return list(digests)
    return [
        item
        for item, digest in digests.items()
        if fold(item) not in given or not matches(given[fold(item)], digest, salt, decimals)
    ]


def name_items(items: Iterable[str], order: Sequence[str], lang: str | None = None) -> str:
    """The items as "n. 3 «text…»" (or "n. 3 «text…» (field)" for "text|field" items)."""
    code = resolve_lang(lang)
    position = {item: number for number, item in enumerate(order, start=1)}
    names = []
    for item in items:
        text, _, field = str(item).partition("|")
        number = position.get(item, 0)
        key = "keys.item_field" if field else "keys.item"
        names.append(t(key, code, n=number, text=shorten(text, 50), field=field))
    return "; ".join(names)


def item_report(
    answers: Any,
    digests: Mapping[str, str],
    salt: str,
    *,
    need: int,
    decimals: int = DECIMALS,
    lang: str | None = None,
) -> tuple[bool, str]:
    """(at least `need` items right?, a message that names the items to review).

    The message counts the right answers and names each wrong or blank item by its number
    and text; it never says what the right answer is.
    """
    code = resolve_lang(lang)
    wrong = misses(answers, digests, salt, decimals)
    right = len(digests) - len(wrong)
    message = t("keys.items_right", code, right=right, total=len(digests), need=need)
    if wrong:
        message += " " + t("keys.items_review", code, items=name_items(wrong, list(digests), code))
    return right >= need, message


_LITERAL = (ast.Constant, ast.JoinedStr)


def _assigns(tree: ast.AST, name: str) -> list[ast.AST]:
    """The values assigned to `name` in a parsed cell (plain and annotated assignments)."""
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets = [t for target in node.targets for t in ast.walk(target)]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                found.append(node.value)
        elif (
            isinstance(node, (ast.AnnAssign, ast.AugAssign))
            and node.value is not None
            and isinstance(node.target, ast.Name)
            and node.target.id == name
        ):
            found.append(node.value)
    return found


def computed_from(name: str, sources: Iterable[str], history: Sequence[str]) -> bool:
    """True when the last cell of `history` that assigns `name` reads one of `sources`
    and does not assign it a literal (a value typed by hand).

    `history` is IPython's input history ``In``: the sources of the cells run so far.
    """
    wanted = set(sources)
    for source in reversed(list(history or [])):
        text = str(source)
        if not re.search(rf"\b{re.escape(name)}\b\s*(?::[^=]*)?=(?!=)", text):
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            return False
        values = _assigns(tree, name)
        if not values:
            continue
        if any(isinstance(v, _LITERAL) for v in values):
            return False
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        return bool(names & wanted)
    return False


def require(passed: object, message: str) -> None:
    """Fail a hidden test with `message` unless `passed`, printing the message first.

    The student's feedback drops the error text of a failure inside hidden code (it could
    quote that code), but keeps what the cell printed: so the message, which names the
    item to review and never the answer, still reaches the student.
    """
    if not passed:
        print(message)
        raise AssertionError(message)
