"""Feedback: the result of every checker, as plain text and as escaped HTML."""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from smm_course.i18n import resolve_lang, t

_PASS_COLOR = "#1b7f3b"
_FAIL_COLOR = "#b3261e"


def format_score(value: float, lang: str | None = None) -> str:
    """3.0 -> '3', 2.5 -> '2,5' (Italian) or '2.5' (English)."""
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return "0"
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.1f}"
    return text if resolve_lang(lang) == "en" else text.replace(".", ",")


@dataclass(frozen=True)
class Feedback:
    """What a checker says about an answer: score, verdict, messages and hints (plain text)."""

    score: float
    max_score: float
    passed: bool
    messages: tuple[str, ...]
    hints: tuple[str, ...] = ()
    details: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=True)
    lang: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "messages", tuple(str(m) for m in self.messages))
        object.__setattr__(self, "hints", tuple(str(h) for h in self.hints))
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))

    @classmethod
    def empty(
        cls, message: str | None = None, max_score: float = 1.0, lang: str | None = None
    ) -> Feedback:
        """A zero-score Feedback for an answer that is not there yet."""
        code = resolve_lang(lang)
        text = message if message is not None else t("checks.placeholder.blank", code)
        return cls(0.0, max_score, False, (text,), details={"unanswered": True}, lang=code)

    @classmethod
    def combine(cls, parts: Iterable[Feedback], lang: str | None = None) -> Feedback:
        """One Feedback summing several (scores added, passed only if all passed)."""
        items = list(parts)
        return cls(
            score=sum(p.score for p in items),
            max_score=sum(p.max_score for p in items),
            passed=bool(items) and all(p.passed for p in items),
            messages=tuple(m for p in items for m in p.messages),
            hints=tuple(dict.fromkeys(h for p in items for h in p.hints)),
            lang=lang or (items[0].lang if items else None),
        )

    @property
    def fraction(self) -> float:
        """score / max_score, 0 when max_score is 0."""
        return self.score / self.max_score if self.max_score else 0.0

    def _lang(self, lang: str | None) -> str:
        return resolve_lang(lang or self.lang)

    def headline(self, lang: str | None = None) -> str:
        """'✔ Corretto! Punteggio: 3/3' or '✘ Non ancora. Punteggio: 1/3'."""
        code = self._lang(lang)
        mark = "✔" if self.passed else "✘"
        verdict = t("checks.feedback.passed" if self.passed else "checks.feedback.failed", code)
        score = t(
            "checks.feedback.score",
            code,
            score=format_score(self.score, code),
            max_score=format_score(self.max_score, code),
        )
        return f"{mark} {verdict} {score}"

    def to_text(self, lang: str | None = None) -> str:
        """The feedback as plain text (headline, one message per line, then the hints)."""
        code = self._lang(lang)
        lines = [self.headline(code)]
        lines += [f"  - {m}" for m in self.messages]
        if self.hints:
            lines.append(t("checks.feedback.hints_title", code, count=len(self.hints)))
            lines += [f"  * {h}" for h in self.hints]
        return "\n".join(lines)

    def to_html(self, lang: str | None = None) -> str:
        """The feedback as an HTML block; every message and hint is escaped."""
        code = self._lang(lang)
        state = "pass" if self.passed else "fail"
        color = _PASS_COLOR if self.passed else _FAIL_COLOR
        esc = html.escape
        parts = [
            f'<div class="smm-feedback smm-feedback--{state}" role="status" '
            f'style="border-left:4px solid {color};padding:0.4em 0.8em;margin:0.4em 0;'
            f'background:rgba(127,127,127,0.06)">',
            f'<div class="smm-feedback__header" style="color:{color};font-weight:bold">'
            f"{esc(self.headline(code))}</div>",
        ]
        if self.messages:
            items = "".join(f"<li>{esc(m)}</li>" for m in self.messages)
            parts.append(f'<ul class="smm-feedback__messages" style="margin:0.3em 0">{items}</ul>')
        if self.hints:
            title = esc(t("checks.feedback.hints_title", code, count=len(self.hints)))
            items = "".join(f"<li>{esc(h)}</li>" for h in self.hints)
            parts.append(
                f'<details class="smm-feedback__hints"><summary>{title}</summary>'
                f'<ul style="margin:0.3em 0">{items}</ul></details>'
            )
        parts.append("</div>")
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly summary (score, max_score, passed, messages, hints)."""
        return {
            "score": self.score,
            "max_score": self.max_score,
            "passed": self.passed,
            "messages": list(self.messages),
            "hints": list(self.hints),
        }

    def _repr_html_(self) -> str:
        return self.to_html()

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(self.to_text())

    def __str__(self) -> str:
        return self.to_text()
