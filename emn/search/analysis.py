"""Text analysis: words, their language, and the keys the full-text engines store and match.

A word's key is its lemma in the text's language (simplemma), case-folded and without
diacritics, so "vračanju" and "Vracanje" meet at "vracanje" and "returns" at "return". Both
engines receive only these keys, never raw text, which is why they need no language support of
their own and why a query can never smuggle engine syntax in.

simplemma loads one dictionary per language on first use (all languages: ~1.4 GB), so the
languages considered are bounded: the configured ones, the reader's, and those already indexed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import simplemma
from django.conf import settings
from django.core.cache import cache
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from emn.search.registry import Text

# Letters and digits; "_" separates words like punctuation (engines' tokenizers agree on that).
WORD = re.compile(r"[^\W_]+")
MAX_KEY_LENGTH = 100
MAX_ANALYSED_CHARS = 1_000_000
SEGMENT_CHARS = 100_000
DETECTION_SAMPLE = 2000
_INDEXED_LANGUAGES = "search:indexed-languages"
# Our language codes whose simplemma dictionary has another name.
_SIMPLEMMA_CODES = {"hr": "hbs", "sr": "hbs", "bs": "hbs", "no": "nb"}


def language_code(value: str | None) -> str:
    """ "de-AT" / "de_AT" / "DE" -> "de"; "" for nothing."""
    return re.split(r"[-_]", (value or "").strip().lower(), maxsplit=1)[0]


def simplemma_code(language: str) -> str | None:
    code = _SIMPLEMMA_CODES.get(language, language)
    return code if code in SUPPORTED_LANGUAGES else None


def fold(word: str) -> str:
    """Case-fold and drop diacritics; keep only letters and digits."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and (c.isalnum()))


@lru_cache(maxsize=200_000)
def key(token: str, language: str) -> str:
    """The index key of `token` (in its original case) in `language` ("" = unknown)."""
    code = simplemma_code(language) if language else None
    lemma = token
    if code is not None:
        try:
            lemma = simplemma.lemmatize(token, lang=code)
        except (ValueError, RuntimeError):  # pragma: no cover - simplemma data problem
            lemma = token
    folded = fold(lemma)
    if not folded or len(folded) > MAX_KEY_LENGTH:
        folded = fold(token)
    return folded[:MAX_KEY_LENGTH]


def tokens(text: str) -> Iterator[re.Match[str]]:
    """The words of `text`, with their offsets (snippets need them)."""
    return WORD.finditer(text)


def keys(text: str, language: str) -> list[str]:
    """The keys of every word of `text` read in `language`, in order."""
    out = []
    for match in tokens(text[:MAX_ANALYSED_CHARS]):
        k = key(match.group(), language)
        if k:
            out.append(k)
    return out


def indexed_languages() -> frozenset[str]:
    """Languages present in the index (cached; kept up to date by `note_languages`)."""
    cached = cache.get(_INDEXED_LANGUAGES)
    if cached is None:
        from emn.search.models import Document

        found: set[str] = set()
        for value in Document.objects.values_list("languages", flat=True).distinct()[:1000]:
            found.update(value.split())
        cached = frozenset(found)
        cache.set(_INDEXED_LANGUAGES, cached, 600)
    return frozenset(cached)


def note_languages(languages: Iterable[str]) -> None:
    """Tell the cache about languages just indexed, so queries consider them at once."""
    cached = cache.get(_INDEXED_LANGUAGES)
    if cached is not None and not set(languages) <= cached:
        cache.set(_INDEXED_LANGUAGES, frozenset(cached) | set(languages), 600)


def candidate_languages(reader: str | None = None) -> tuple[str, ...]:
    """The languages a query is read in: configured, the reader's and the indexed ones; never all."""
    ordered: list[str] = []
    for code in [
        language_code(reader),
        *(language_code(c) for c in settings.EMN_SEARCH_LANGUAGES),
        *sorted(indexed_languages()),
    ]:
        if code and code not in ordered:
            ordered.append(code)
    return tuple(ordered)


def detect_language(text: str) -> str | None:
    """The language of `text` among the candidate languages, or None when unsure."""
    sample = text[:DETECTION_SAMPLE]
    if len(WORD.findall(sample)) < 3:
        return None
    by_code: dict[str, str] = {}
    for language in candidate_languages():
        code = simplemma_code(language)
        if code is not None:
            by_code.setdefault(code, language)
    if not by_code:
        return None
    try:
        scores = simplemma.langdetect(sample, lang=tuple(by_code))
    except (ValueError, RuntimeError):  # pragma: no cover - simplemma data problem
        return None
    ranked = [(code, score) for code, score in scores if code != "unk"]
    if not ranked or ranked[0][1] < 0.5:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.15:
        return None
    return by_code.get(ranked[0][0])


@dataclass(frozen=True)
class Segment:
    """One text of a document with its resolved language ("" = unknown)."""

    language: str
    weight: str
    text: str

    def as_json(self) -> dict[str, str]:
        return {
            "language": self.language,
            "weight": self.weight,
            "text": self.text[:SEGMENT_CHARS].replace("\x00", ""),
        }


def analyse(texts: Sequence[Text]) -> tuple[dict[str, str], list[Segment]]:
    """Keys per weight class ("A".."D" -> "key key ...") and the texts with their languages."""
    columns: dict[str, list[str]] = {"A": [], "B": [], "C": [], "D": []}
    segments: list[Segment] = []
    for text in texts:
        value = text.value or ""
        if not value.strip():
            continue
        language = language_code(text.language) or detect_language(value) or ""
        weight = text.weight if text.weight in columns else "C"
        segments.append(Segment(language, weight, value))
        columns[weight].extend(keys(value, language))
    return {weight: " ".join(words) for weight, words in columns.items()}, segments
