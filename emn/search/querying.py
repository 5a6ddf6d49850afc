"""Reading what a reader typed: words and "quoted phrases", turned into alternatives of keys.

Nothing the reader types reaches an engine as syntax: operators and special characters are
plain text (or ignored), and each engine quotes every key itself. Each word is read in every
candidate language (its lemma in each, plus the word as typed), and a run of words found in the
term-translation table is also searched as each of its translations (cross-lingual search).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from emn.search import analysis
from emn.search.models import TermTranslation

MAX_WORDS = 32
MAX_NGRAM = 4
OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
SYNTAX = re.compile(r"[*()\[\]{}:^~+|!&\\<>]")
QUOTED = re.compile(r'"([^"]*)"')

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    """A word or a quoted phrase, as typed."""

    words: tuple[str, ...]
    phrase: bool = False


@dataclass(frozen=True)
class Group:
    """Consecutive units that must all match (each through one of its alternatives), or,
    instead, one of the translations of the whole group."""

    units: tuple[tuple[Phrase, ...], ...]
    translations: tuple[Phrase, ...] = ()

    def phrases(self) -> list[Phrase]:
        return [p for alternatives in self.units for p in alternatives] + list(self.translations)


@dataclass
class Query:
    """The parsed query: groups ANDed together; empty = browse everything visible."""

    groups: list[Group] = field(default_factory=list)
    translations: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.groups)

    def keys(self) -> frozenset[str]:
        """Every key the query may match (for highlighting)."""
        return frozenset(k for group in self.groups for p in group.phrases() for k in p)


def split_units(raw: str) -> tuple[list[Unit], list[str]]:
    """Words and quoted phrases of `raw`, at most MAX_WORDS words, and notices about it."""
    notices: list[str] = []
    text = raw or ""
    if text.count('"') % 2:
        # An unbalanced quote: the last one opens nothing.
        last = text.rfind('"')
        text = text[:last] + " " + text[last + 1 :]
    units: list[Unit] = []
    position = 0
    for match in QUOTED.finditer(text):
        units += [Unit((w,)) for w in analysis.WORD.findall(text[position : match.start()])]
        words = tuple(analysis.WORD.findall(match.group(1)))
        if len(words) == 1:
            units.append(Unit(words))
        elif words:
            units.append(Unit(words, phrase=True))
        position = match.end()
    units += [Unit((w,)) for w in analysis.WORD.findall(text[position:])]
    plain = [u for u in units if u.phrase or u.words[0] not in OPERATORS]
    if plain and len(plain) < len(units):
        notices.append(_("AND, OR, NOT and NEAR are not operators here: all words must match."))
        units = plain
    ignored = sorted(set(SYNTAX.findall(text)))
    if ignored:
        notices.append(_("These characters were ignored: %(chars)s") % {"chars": " ".join(ignored)})
    count = 0
    kept: list[Unit] = []
    for unit in units:
        if count + len(unit.words) > MAX_WORDS:
            room = MAX_WORDS - count
            if room > 0:
                kept.append(Unit(unit.words[:room], phrase=unit.phrase and room > 1))
            notices.append(
                _("Only the first %(count)d words of your query were used.") % {"count": MAX_WORDS}
            )
            break
        kept.append(unit)
        count += len(unit.words)
    if not kept and text.strip():
        notices.append(_("Your query has no words to search for; showing everything."))
    return kept, notices


def word_keys(word: str, languages: tuple[str, ...]) -> list[str]:
    """The keys `word` may stand for: its lemma in each language, and the word itself."""
    found: list[str] = []
    variants = [word]
    if word[:1].islower():
        # German nouns are only lemmatised capitalised.
        variants.append(word[:1].upper() + word[1:])
    for language in languages:
        for variant in variants:
            k = analysis.key(variant, language)
            if k and k not in found:
                found.append(k)
    surface = analysis.fold(word)[: analysis.MAX_KEY_LENGTH]
    if surface and surface not in found:
        found.append(surface)
    return found


def unit_alternatives(unit: Unit, languages: tuple[str, ...]) -> tuple[Phrase, ...]:
    if not unit.phrase:
        return tuple((k,) for k in word_keys(unit.words[0], languages))
    out: list[Phrase] = []
    for language in languages:
        phrase = tuple(analysis.key(w, language) for w in unit.words)
        if all(phrase) and phrase not in out:
            out.append(phrase)
    surface = tuple(analysis.fold(w)[: analysis.MAX_KEY_LENGTH] for w in unit.words)
    if all(surface) and surface not in out:
        out.append(surface)
    return tuple(out)


def _spans(alternatives: list[tuple[Phrase, ...]], units: list[Unit]) -> dict[str, set[int]]:
    """Candidate term strings ("key key") -> start indexes of the runs of units they cover."""
    candidates: dict[str, set[int]] = {}
    for start in range(len(units)):
        sequences: set[Phrase] = {()}
        for end in range(start, min(len(units), start + MAX_NGRAM)):
            if units[end].phrase and end != start:
                break
            sequences = {s + alt for s in sequences for alt in alternatives[end]}
            sequences = {s for s in sequences if len(s) <= MAX_NGRAM * 2}
            for sequence in sequences:
                candidates.setdefault(" ".join(sequence), set()).add(start)
            if units[end].phrase or len(sequences) > 200:
                break
    return candidates


def parse(raw: str, reader_language: str) -> Query:
    """Read `raw` for the engines; see the module docstring."""
    units, notices = split_units(raw)
    query = Query(notices=notices)
    if not units:
        return query
    languages = analysis.candidate_languages(reader_language)
    alternatives = [unit_alternatives(u, languages) for u in units]
    candidates = _spans(alternatives, units)
    rows = list(
        TermTranslation.objects.filter(lemmas__in=list(candidates)[:2000]).values_list(
            "concept", "lemmas"
        )
    )
    # The longest matching run at each start, by the number of units it covers.
    matched: dict[tuple[int, int], set[str]] = {}
    own: set[str] = set()
    for concept, lemmas in rows:
        own.add(lemmas)
        for start in candidates.get(lemmas, ()):
            length = _units_covered(lemmas, start, alternatives, units)
            matched.setdefault((start, length), set()).add(concept)
    concepts = {c for cs in matched.values() for c in cs}
    members = list(
        TermTranslation.objects.filter(concept__in=concepts).values_list(
            "concept", "language", "term", "lemmas"
        )
    )
    index = 0
    while index < len(units):
        spans = [(s, n) for (s, n) in matched if s == index]
        if spans:
            span = max(spans, key=lambda sn: sn[1])
            found: list[Phrase] = []
            for concept, language, term, lemmas in members:
                if concept in matched[span] and lemmas:
                    phrase = tuple(lemmas.split())
                    if phrase not in found:
                        found.append(phrase)
                    if lemmas not in own and (term, language) not in query.translations:
                        query.translations.append((term, language))
            query.groups.append(Group(tuple(alternatives[index : index + span[1]]), tuple(found)))
            index += span[1]
        else:
            query.groups.append(Group((alternatives[index],)))
            index += 1
    return query


def _units_covered(
    lemmas: str, start: int, alternatives: list[tuple[Phrase, ...]], units: list[Unit]
) -> int:
    """How many units from `start` the term `lemmas` spans."""
    target = lemmas.split()
    sequences: list[tuple[Phrase, int]] = [((), 0)]
    best = 1
    for end in range(start, min(len(units), start + MAX_NGRAM)):
        sequences = [(s + alt, n + 1) for s, n in sequences for alt in alternatives[end]]
        sequences = [(s, n) for s, n in sequences if list(s) == target[: len(s)]]
        if any(list(s) == target for s, _n in sequences):
            best = end - start + 1
        if not sequences or units[end].phrase:
            break
    return best
