"""Naming concepts on pages: each concept of a set by its term in the page's language.

Lists of thousands of concepts read only the labels they show (the page's language and
English) instead of whole records; a concept with neither is named by any term it has, and
marked, so a missing translation is visible rather than hidden.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from emn.glossary.models import ConceptVersion, Label
from emn.glossary.records import sort_key
from emn.glossary.views.common import FALLBACK


@dataclass(frozen=True)
class Term:
    """A concept as a list shows it: `value` in `language`; `missing` when that is not the
    language the page asked for."""

    version_id: int
    concept_id: int
    key: str
    uri: str
    status: str
    value: str
    language: str
    missing: bool

    @property
    def sort(self) -> str:
        return sort_key(self.value)


def _heads(versions: QuerySet[ConceptVersion]) -> list[tuple[Any, ...]]:
    return list(versions.values_list("pk", "concept_id", "concept__key", "concept__uri", "status"))


def terms_of(versions: QuerySet[ConceptVersion], language: str) -> dict[int, Term]:
    """Version id -> the concept's term in `language`, else English, else any (marked)."""
    heads = _heads(versions)
    wanted = [language, FALLBACK] if language != FALLBACK else [FALLBACK]
    common = Label.objects.filter(
        version__in=versions.values("pk"), kind="pref", country=""
    ).order_by("version_id", "position")
    found: dict[int, tuple[str, str]] = {}
    rank = {code: n for n, code in enumerate(wanted)}
    for version_id, tag, value in common.filter(language__in=wanted).values_list(
        "version_id", "language", "value"
    ):
        best = found.get(version_id)
        if best is None or rank[tag] < rank[best[0]]:
            found[version_id] = (tag, value)
    if len(found) < len(heads):
        covered = Label.objects.filter(
            version=OuterRef("version"), kind="pref", country="", language__in=wanted
        )
        rest = (
            Label.objects.filter(version__in=versions.values("pk"), kind="pref")
            .exclude(Exists(covered))
            .order_by("version_id", "country", "language")
        )
        for version_id, tag, value in rest.values_list("version_id", "language", "value"):
            found.setdefault(version_id, (tag, value))
    out = {}
    for pk, concept_id, key, uri, status in heads:
        tag, value = found.get(pk, ("", uri))
        out[pk] = Term(pk, concept_id, key, uri, status, value, tag, tag != language)
    return out


def sorted_terms(terms: Iterable[Term]) -> list[Term]:
    return sorted(terms, key=lambda term: (term.sort, term.value, term.key))


def languages_in(versions: QuerySet[ConceptVersion]) -> list[str]:
    """Every language with a preferred term in the set."""
    return sorted(
        set(
            Label.objects.filter(version__in=versions.values("pk"), kind="pref")
            .order_by("language")
            .values_list("language", flat=True)
            .distinct()
        )
    )
