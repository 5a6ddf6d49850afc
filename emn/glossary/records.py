"""Concepts as plain data: what every reader and writer of the glossary exchanges.

A `ConceptData` is one version of a concept with its relations as URIs, independent of the
database. SKOS import builds them, SKOS and spreadsheet exports read them, the edition diff
compares them and the services store them. `load` reads a whole set of versions (a working
copy or an edition) with one query per table, which keeps exports of thousands of concepts fast.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from emn.glossary.models import (
    ConceptVersion,
    Definition,
    Edition,
    Label,
    Mapping,
    Note,
    Relation,
    Scheme,
)

SORT_KEY_LENGTH = 200
# Combining marks of the Basic Multilingual Plane, dropped by `str.translate` (C speed: an
# import sorts hundreds of thousands of terms).
_COMBINING = {cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}


def sort_key(value: str) -> str:
    """The term folded for alphabetical order: case and diacritics dropped, so "Éloignement"
    sorts among the E's and "Ž" next to "Z" (a single collation for every language)."""
    folded = value.casefold()
    if folded.isascii():  # most terms of most languages: nothing to decompose
        return folded.strip()[:SORT_KEY_LENGTH]
    decomposed = unicodedata.normalize("NFKD", folded)
    return decomposed.translate(_COMBINING).strip()[:SORT_KEY_LENGTH]


def join_tag(language: str, country: str = "") -> str:
    return f"{language}-{country}" if country else language


@dataclass(frozen=True)
class LabelData:
    kind: str  # LabelKind value
    language: str
    value: str
    country: str = ""

    @property
    def tag(self) -> str:
        return join_tag(self.language, self.country)


@dataclass(frozen=True)
class DefinitionData:
    language: str
    text: str
    context: str = ""  # DefinitionContext value
    source: str = ""
    source_url: str = ""
    country: str = ""


@dataclass(frozen=True)
class NoteData:
    kind: str  # NoteKind value
    language: str
    text: str
    country: str = ""


@dataclass
class ConceptData:
    """One version of a concept; `broader`, `related`, `replaced_by` are concept URIs."""

    uri: str
    key: str = ""
    status: str = "draft"
    labels: list[LabelData] = field(default_factory=list)
    definitions: list[DefinitionData] = field(default_factory=list)
    notes: list[NoteData] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    mappings: list[tuple[str, str]] = field(default_factory=list)  # (MappingKind, URI)
    themes: list[str] = field(default_factory=list)
    replaced_by: str | None = None

    def pref_labels(self) -> dict[str, str]:
        """Preferred term per BCP 47 tag ("de", "de-AT")."""
        return {label.tag: label.value for label in self.labels if label.kind == "pref"}

    def label(self, languages: Iterable[str]) -> str:
        """The preferred term in the first of `languages` that has one, else any, else the URI."""
        prefs = {
            label.language: label.value
            for label in reversed(self.labels)
            if label.kind == "pref" and not label.country
        }
        for language in languages:
            if language in prefs:
                return prefs[language]
        return next(iter(prefs.values()), self.uri)

    def comparable(self) -> dict[str, Any]:
        """Every field as sorted plain values, for diffs and round-trip checks."""
        return {
            "status": self.status,
            "labels": sorted((lb.kind, lb.tag, lb.value) for lb in self.labels),
            "definitions": sorted(
                (d.language, d.country, d.context, d.text, d.source, d.source_url)
                for d in self.definitions
            ),
            "notes": sorted((n.kind, n.language, n.country, n.text) for n in self.notes),
            "broader": sorted(self.broader),
            "related": sorted(self.related),
            "mappings": sorted(self.mappings),
            "themes": sorted(self.themes),
            "replaced_by": self.replaced_by or "",
        }


def _grouped(rows: Iterable[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    out: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        out[row[0]].append(row[1:])
    return out


def load(scheme: Scheme, edition: Edition | None = None, **filters: Any) -> list[ConceptData]:
    """Every concept of a set (the working copy, or `edition`), ordered by key.

    `filters` narrow the versions further (e.g. `concept__in=[...]`).
    """
    versions = ConceptVersion.objects.of_set(scheme, edition).filter(**filters)
    return load_versions(versions)


def load_versions(versions: Any) -> list[ConceptData]:
    """The `ConceptData` of a queryset of versions, one query per table."""
    heads = list(
        versions.order_by("concept__key").values_list(
            "pk", "concept__uri", "concept__key", "status", "replaced_by__uri"
        )
    )
    ids = [row[0] for row in heads]
    if not ids:
        return []
    by_version = {"version__in": versions.values("pk")}
    labels = _grouped(
        Label.objects.filter(**by_version)
        .order_by("version", "position", "pk")
        .values_list("version_id", "kind", "language", "value", "country")
    )
    definitions = _grouped(
        Definition.objects.filter(**by_version)
        .order_by("version", "position", "pk")
        .values_list("version_id", "language", "text", "context", "source", "source_url", "country")
    )
    notes = _grouped(
        Note.objects.filter(**by_version)
        .order_by("version", "position", "pk")
        .values_list("version_id", "kind", "language", "text", "country")
    )
    relations = _grouped(
        Relation.objects.filter(**by_version)
        .order_by("version", "kind", "target__key")
        .values_list("version_id", "kind", "target__uri")
    )
    mappings = _grouped(
        Mapping.objects.filter(**by_version)
        .order_by("version", "kind", "uri")
        .values_list("version_id", "kind", "uri")
    )
    themes = _grouped(
        ConceptVersion.themes.through.objects.filter(conceptversion_id__in=versions.values("pk"))
        .order_by("theme__code")
        .values_list("conceptversion_id", "theme__code")
    )
    out = []
    for pk, uri, key, status, replaced_by in heads:
        rel = relations.get(pk, [])
        out.append(
            ConceptData(
                uri=uri,
                key=key,
                status=status,
                labels=[LabelData(*row) for row in labels.get(pk, [])],
                definitions=[DefinitionData(*row) for row in definitions.get(pk, [])],
                notes=[NoteData(*row) for row in notes.get(pk, [])],
                broader=[target for kind, target in rel if kind == "broader"],
                related=[target for kind, target in rel if kind == "related"],
                mappings=[(kind, target) for kind, target in mappings.get(pk, [])],
                themes=[code for (code,) in themes.get(pk, [])],
                replaced_by=replaced_by,
            )
        )
    return out
