"""What a concept's page shows: every language side by side, its links, what uses it.

The table has a row per language: the reader's first, then English, then the others by
name; a language the UI offers or the glossary uses but the concept lacks gets a row that
says "no term yet in this language", so a missing translation is seen, not guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.db.models import Q, QuerySet

from emn.glossary import usage
from emn.glossary.models import (
    Concept,
    ConceptVersion,
    DefinitionContext,
    MappingKind,
    NoteKind,
)
from emn.glossary.records import ConceptData, DefinitionData
from emn.glossary.views.common import FALLBACK, country_name, language_name
from emn.glossary.views.terms import Term, sorted_terms, terms_of
from emn.library.views.common import shown_text, with_texts


def safe_link(url: str) -> str:
    """`url` if it is a web address, else "": imported sources may hold any text."""
    return url if urlsplit(url.strip()).scheme in ("http", "https") else ""


@dataclass(frozen=True)
class ShownDefinition:
    text: str
    context: str
    source: str
    link: str
    country: str


@dataclass
class LanguageRow:
    """One language of the concept (`missing`: no preferred term in it yet)."""

    language: str
    name: str
    pref: str = ""
    variants: list[tuple[str, str, str]] = field(default_factory=list)  # tag, country, term
    alternatives: list[str] = field(default_factory=list)
    definitions: list[ShownDefinition] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def missing(self) -> bool:
        return not self.pref

    @property
    def empty(self) -> bool:
        return not (self.pref or self.variants or self.alternatives or self.definitions)


def _definition(d: DefinitionData) -> ShownDefinition:
    contexts = dict(DefinitionContext.choices)
    return ShownDefinition(
        d.text,
        str(contexts.get(d.context, "")) if d.context else "",
        d.source,
        safe_link(d.source_url),
        country_name(d.country),
    )


def language_order(languages: Iterable[str], first: str) -> list[str]:
    """The reader's language, English, then the others by their name."""

    def rank(code: str) -> tuple[int, str]:
        order = 0 if code == first else 1 if code == FALLBACK else 2
        return order, language_name(code).casefold()

    return sorted(set(languages), key=rank)


def language_rows(
    record: ConceptData, first: str, also: Iterable[str]
) -> tuple[list[LanguageRow], list[tuple[str, str]]]:
    """Rows for the concept's languages and for `also` (UI and glossary languages), and the
    notes that have no language."""
    kinds = dict(NoteKind.choices)
    languages = {label.language for label in record.labels if label.kind != "hidden"}
    languages |= {d.language for d in record.definitions}
    languages |= {n.language for n in record.notes if n.language}
    rows = {code: LanguageRow(code, language_name(code)) for code in (*languages, *also)}
    for label in record.labels:
        row = rows.get(label.language)
        if row is None:
            continue
        if label.kind == "pref" and not label.country:
            row.pref = label.value
        elif label.kind == "pref":
            row.variants.append((label.tag, country_name(label.country), label.value))
        elif label.kind == "alt":
            row.alternatives.append(label.value + (f" ({label.country})" if label.country else ""))
    for definition in record.definitions:
        rows[definition.language].definitions.append(_definition(definition))
    loose = []
    for note in record.notes:
        shown = (str(kinds.get(note.kind, note.kind)), note.text)
        (rows[note.language].notes.append(shown) if note.language else loose.append(shown))
    return [rows[code] for code in language_order(rows, first)], loose


@dataclass(frozen=True)
class Linked:
    """A concept this one links to: its term in the set, or only its URI when the reader's
    set does not have it."""

    uri: str
    term: Term | None


def linked(versions: QuerySet[ConceptVersion], uris: Sequence[str], language: str) -> list[Linked]:
    if not uris:
        return []
    terms = {t.uri: t for t in terms_of(versions.filter(concept__uri__in=uris), language).values()}
    found = [Linked(uri, terms[uri]) for uri in dict.fromkeys(uris) if uri in terms]
    found.sort(key=lambda item: (item.term.sort if item.term else "", item.uri))
    return found + [Linked(uri, None) for uri in dict.fromkeys(uris) if uri not in terms]


def narrower(versions: QuerySet[ConceptVersion], concept: Concept, language: str) -> list[Term]:
    """Concepts of the same set whose broader concept is this one."""
    below = versions.filter(relations__kind="broader", relations__target=concept).distinct()
    return sorted_terms(terms_of(below, language).values())


def related(
    versions: QuerySet[ConceptVersion], concept: Concept, record: ConceptData, language: str
) -> list[Term]:
    """Related both ways: stated here, or stated by the other concept about this one."""
    either = versions.filter(
        Q(concept__uri__in=record.related) | Q(relations__kind="related", relations__target=concept)
    ).exclude(concept=concept)
    return sorted_terms(terms_of(either.distinct(), language).values())


def mappings(record: ConceptData) -> list[tuple[str, str, str]]:
    """(kind, URI, link) of the links to other vocabularies."""
    names = dict(MappingKind.choices)
    return [(str(names.get(kind, kind)), uri, safe_link(uri)) for kind, uri in record.mappings]


def keyworded(user: Any, concept: Concept, language: str) -> dict[str, list[Any]]:
    """The publications (with their title in the reader's language) and ad-hoc queries
    keyworded with the concept that the reader may see."""
    found = usage.keyworded(user, concept)
    publications = []
    for publication in with_texts(found.publications):
        shown = shown_text(list(publication.texts.all()), language)
        publications.append((publication, shown.title if shown else str(publication.pk)))
    return {"publications": publications, "queries": list(found.queries)}
