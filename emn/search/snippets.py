"""Snippets: a short passage of a document around the words a query matched, as safe HTML."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from emn.search import analysis

WINDOW = 30
MAX_TOKENS = 20_000
_WEIGHT_ORDER = {"C": 0, "D": 1, "B": 2, "A": 3}
_BROWSE_ORDER = {"B": 0, "C": 1, "D": 2, "A": 3}


def _ordered(
    segments: Sequence[dict[str, Any]], language: str, order: dict[str, int]
) -> list[dict[str, Any]]:
    return sorted(
        (s for s in segments if isinstance(s, dict) and s.get("text")),
        key=lambda s: (s.get("language") != language, order.get(s.get("weight", "C"), 9)),
    )


def _render(
    text: str, spans: list[tuple[int, int, bool]], cut_start: bool, cut_end: bool
) -> SafeString:
    parts = ["… " if cut_start else ""]
    previous = spans[0][0] if spans and cut_start else 0
    for start, end, marked in spans:
        parts.append(escape(text[previous:start]))
        word = escape(text[start:end])
        parts.append(f"<mark>{word}</mark>" if marked else word)
        previous = end
    if cut_end:
        parts.append(" …")
    return mark_safe(" ".join("".join(parts).split()))  # every part is escaped


def snippet(segments: Sequence[dict[str, Any]], keys: frozenset[str], language: str) -> str:
    """~30 words around the densest cluster of matched keys; the start of the summary or
    body when nothing matched (or there is no query)."""
    budget = MAX_TOKENS
    if keys:
        for segment in _ordered(segments, language, _WEIGHT_ORDER):
            text = segment["text"]
            seg_language = segment.get("language") or ""
            spans: list[tuple[int, int, bool]] = []
            for match in analysis.tokens(text):
                if budget <= 0:
                    break
                budget -= 1
                spans.append(
                    (match.start(), match.end(), analysis.key(match.group(), seg_language) in keys)
                )
            hits = [i for i, (_s, _e, marked) in enumerate(spans) if marked]
            if hits:
                best, best_count, right = hits[0], 0, 0
                for left, i in enumerate(hits):  # sliding window over the matched positions
                    right = max(right, left)
                    while right < len(hits) and hits[right] < i + WINDOW:
                        right += 1
                    if right - left > best_count:
                        best, best_count = i, right - left
                first = max(0, best - WINDOW // 4)
                last = min(len(spans), first + WINDOW)
                return _render(text, spans[first:last], first > 0, last < len(spans))
            if budget <= 0:
                break
    for segment in _ordered(segments, language, _BROWSE_ORDER):
        text = segment["text"]
        spans = []
        for match in analysis.tokens(text):
            spans.append((match.start(), match.end(), False))
            if len(spans) > WINDOW:
                break
        if spans:
            return _render(text, spans[:WINDOW], False, len(spans) > WINDOW)
    return ""
