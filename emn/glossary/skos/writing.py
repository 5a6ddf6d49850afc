"""Writing SKOS: `ConceptData` records as Turtle, RDF/XML, JSON-LD or N-Triples.

The mapping (docs/glossary.md) is stated once, as statements made of `terms.Terms`:
pyoxigraph objects serialised by pyoxigraph (many times faster than rdflib, which stays the
reader our tests check the output with), or N-Triples text joined directly. A concept's
statements come together, then its structured definitions' blank nodes, so Turtle groups
them under one subject.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pyoxigraph import Triple, serialize

from emn.glossary.records import ConceptData, DefinitionData
from emn.glossary.skos import vocab
from emn.glossary.skos.formats import Format, by_name
from emn.glossary.skos.gcpause import gc_paused
from emn.glossary.skos.terms import NTriplesTerms, Terms

Statement = tuple[Any, Any, Any]
_P = {
    "type": vocab.TYPE,
    "value": vocab.VALUE,
    "in_scheme": vocab.IN_SCHEME,
    "top_of": vocab.TOP_CONCEPT_OF,
    "has_top": vocab.HAS_TOP_CONCEPT,
    "pref": vocab.PREF_LABEL,
    "definition": vocab.DEFINITION,
    "broader": vocab.BROADER,
    "narrower": vocab.NARROWER,
    "related": vocab.RELATED,
    "deprecated": vocab.DEPRECATED,
    "replaced_by": vocab.IS_REPLACED_BY,
    "source": vocab.SOURCE,
    "title": vocab.TITLE,
    "issued": vocab.ISSUED,
    "version": vocab.VERSION_INFO,
    "status": vocab.STATUS,
    "theme": vocab.THEME,
    "context": vocab.CONTEXT,
}


def _tag(language: str, country: str) -> str:
    return f"{language}-{country}" if country else language


class Statements:
    """The mapping from records to statements, for one kind of terms."""

    def __init__(self, terms: Terms) -> None:
        self.t = terms
        self.p = {name: terms.iri(iri) for name, iri in _P.items()}
        self.labels = {kind: terms.iri(iri) for kind, iri in vocab.LABELS.items()}
        self.notes = {kind: terms.iri(iri) for kind, iri in vocab.NOTES.items()}
        self.mappings = {kind: terms.iri(iri) for kind, iri in vocab.MAPPINGS.items()}
        self.contexts = {value: terms.iri(iri) for value, iri in vocab.CONTEXTS.items()}
        self.concept = terms.iri(vocab.CONCEPT)
        self.true = terms.typed("true", vocab.XSD + "boolean")

    def scheme(
        self,
        uri: str,
        titles: dict[str, str],
        top: Iterable[str] = (),
        edition: int | None = None,
        published_on: datetime.date | None = None,
    ) -> Iterator[Statement]:
        """The scheme: its type, prefLabel and dct:title per language, top concepts, edition."""
        t, p, scheme = self.t, self.p, self.t.iri(uri)
        yield scheme, p["type"], t.iri(vocab.CONCEPT_SCHEME)
        for tag, title in titles.items():
            yield scheme, p["pref"], t.text(title, tag)
            yield scheme, p["title"], t.text(title, tag)
        if edition is not None:
            yield scheme, p["version"], t.text(str(edition))
        if published_on is not None:
            yield scheme, p["issued"], t.typed(published_on.isoformat(), vocab.XSD + "date")
        for concept in top:
            yield scheme, p["has_top"], t.iri(concept)

    def _definition(self, subject: Any, d: DefinitionData, later: list[Statement]) -> Statement:
        """A plain literal, or the SKOS Primer's structured form when there is a source or
        context (the blank node's statements go to `later`, after the concept's own)."""
        t, p = self.t, self.p
        text = t.text(d.text, _tag(d.language, d.country))
        if not (d.source or d.source_url or d.context):
            return subject, p["definition"], text
        node = t.blank()
        later.append((node, p["value"], text))
        if d.source:
            later.append((node, p["source"], t.text(d.source)))
        if d.source_url:
            later.append((node, p["source"], t.iri(d.source_url)))
        if d.context in self.contexts:
            later.append((node, p["context"], self.contexts[d.context]))
        return subject, p["definition"], node

    def concept_statements(
        self,
        record: ConceptData,
        scheme_uri: str,
        narrower: Sequence[str] = (),
        members: set[str] | None = None,
    ) -> Iterator[Statement]:
        """One concept. Relations to concepts outside `members` (when given) are left out,
        so an exported set never points at a concept it does not contain."""
        t, p = self.t, self.p
        subject, scheme = t.iri(record.uri), t.iri(scheme_uri)
        broader = [u for u in record.broader if members is None or u in members]
        related = [u for u in record.related if members is None or u in members]
        yield subject, p["type"], self.concept
        yield subject, p["in_scheme"], scheme
        if not broader:
            yield subject, p["top_of"], scheme
        text, labels = t.text, self.labels
        for label in record.labels:
            tag = f"{label.language}-{label.country}" if label.country else label.language
            yield subject, labels[label.kind], text(label.value, tag)
        later: list[Statement] = []
        for definition in record.definitions:
            yield self._definition(subject, definition, later)
        for note in record.notes:
            yield subject, self.notes[note.kind], text(note.text, _tag(note.language, note.country))
        for kind, uris in (("broader", broader), ("narrower", narrower), ("related", related)):
            for uri in uris:
                yield subject, p[kind], t.iri(uri)
        for kind, uri in record.mappings:
            yield subject, self.mappings[kind], t.iri(uri)
        yield subject, p["status"], text(record.status)
        if record.status == "deprecated":
            yield subject, p["deprecated"], self.true
        if record.replaced_by and (members is None or record.replaced_by in members):
            yield subject, p["replaced_by"], t.iri(record.replaced_by)
        for theme in record.themes:
            yield subject, p["theme"], text(theme)
        yield from later

    def graph(
        self,
        scheme_uri: str,
        titles: dict[str, str],
        records: Sequence[ConceptData],
        edition: int | None = None,
        published_on: datetime.date | None = None,
    ) -> Iterator[Statement]:
        """A set of concepts and its scheme; narrower is written from the same broader links."""
        members = {r.uri for r in records}
        narrower: dict[str, list[str]] = defaultdict(list)
        for record in records:
            for uri in record.broader:
                if uri in members:
                    narrower[uri].append(record.uri)
        top = [r.uri for r in records if not any(u in members for u in r.broader)]
        yield from self.scheme(scheme_uri, titles, top, edition, published_on)
        for record in records:
            yield from self.concept_statements(
                record, scheme_uri, narrower.get(record.uri, ()), members
            )


def graph_triples(
    scheme_uri: str,
    titles: dict[str, str],
    records: Sequence[ConceptData],
    *,
    edition: int | None = None,
    published_on: datetime.date | None = None,
) -> Iterator[Triple]:
    """Every triple of a set of concepts and its scheme, as pyoxigraph triples."""
    statements = Statements(Terms()).graph(scheme_uri, titles, records, edition, published_on)
    return (Triple(*s) for s in statements)


def concept_triples(
    record: ConceptData, scheme_uri: str, narrower: Sequence[str] = ()
) -> Iterator[Triple]:
    """One concept's triples (content negotiation on its URI)."""
    statements = Statements(Terms()).concept_statements(record, scheme_uri, narrower)
    return (Triple(*s) for s in statements)


def to_bytes(triples: Iterable[Triple], fmt: Format | str) -> bytes:
    """Serialise `triples` in `fmt` ("ttl", "rdf", "jsonld", "nt" or a `Format`)."""
    found = by_name(fmt) if isinstance(fmt, str) else fmt
    prefixes = vocab.PREFIXES if found.name in ("ttl", "rdf") else None
    with gc_paused():
        out = serialize(triples, format=found.rdf, prefixes=prefixes)
    assert out is not None  # no output stream given, so pyoxigraph returns the bytes
    return out


def _ntriples(statements: Iterable[Statement]) -> bytes:
    with gc_paused():
        return "".join([f"{s} {p} {o} .\n" for s, p, o in statements]).encode()


def document(
    scheme_uri: str,
    titles: dict[str, str],
    records: Sequence[ConceptData],
    fmt: Format | str,
    *,
    edition: int | None = None,
    published_on: datetime.date | None = None,
) -> bytes:
    """A set of concepts and its scheme as one document in `fmt`."""
    found = by_name(fmt) if isinstance(fmt, str) else fmt
    if found.name == "nt":
        terms = Statements(NTriplesTerms())
        return _ntriples(terms.graph(scheme_uri, titles, records, edition, published_on))
    triples = graph_triples(scheme_uri, titles, records, edition=edition, published_on=published_on)
    return to_bytes(triples, found)


def concept_document(
    record: ConceptData, scheme_uri: str, fmt: Format | str, narrower: Sequence[str] = ()
) -> bytes:
    """One concept as a document in `fmt`."""
    found = by_name(fmt) if isinstance(fmt, str) else fmt
    if found.name == "nt":
        terms = Statements(NTriplesTerms())
        return _ntriples(terms.concept_statements(record, scheme_uri, narrower))
    return to_bytes(concept_triples(record, scheme_uri, narrower), found)
