"""What the glossary puts in the search index: each concept as its latest edition has it.

Only published editions are indexed (readers: everyone), so drafts never surface in search,
and the terms of every language are in the document, so a query in any language finds the
concept. `concept_texts` gives other sources (publications, queries) the published terms of
the concepts they are keyworded with, which makes them findable across languages too.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from emn.glossary.links import concept_path
from emn.glossary.models import Concept, ConceptVersion, Label, Stage
from emn.glossary.records import load_versions
from emn.search.registry import PUBLIC, Entry, Source, Text, register

KIND = "glossary.concept"


def published_version(concept: Concept) -> ConceptVersion | None:
    """The concept's version in the latest edition it is part of."""
    return (
        ConceptVersion.objects.filter(concept=concept, stage=Stage.EDITION)
        .select_related("edition")
        .order_by("-edition__number")
        .first()
    )


class ConceptSource(Source):
    """Glossary concepts: preferred terms (A), synonyms (B), definitions and notes (C)."""

    name = "glossary.concept"
    model = Concept
    kinds = {KIND: _("Glossary term")}

    def queryset(self) -> QuerySet[Concept]:
        return Concept.objects.select_related("scheme")

    def entry(self, obj: Concept) -> Entry | None:
        version = published_version(obj)
        if version is None:
            return None
        found = load_versions(ConceptVersion.objects.filter(pk=version.pk))
        if not found:
            return None
        record = found[0]
        texts: list[Text] = []
        titles: dict[str, str] = {}
        for label in record.labels:
            texts.append(Text(label.value, "A" if label.kind == "pref" else "B", label.language))
            if label.kind == "pref" and not label.country:
                titles.setdefault(label.language, label.value)
        texts += [Text(d.text, "C", d.language) for d in record.definitions]
        texts += [Text(n.text, "C", n.language or None) for n in record.notes]
        if not titles:
            titles = {"en": record.uri}
        assert version.edition is not None  # an edition version always names its edition
        return Entry(
            titles=titles,
            url=concept_path(obj),
            kind=KIND,
            texts=texts,
            readers=PUBLIC,
            date=version.edition.published_on,
            themes=record.themes,
        )


def concept_texts(concept_ids: Iterable[int]) -> list[Text]:
    """The published terms of these concepts in every language, as keyword texts (B)."""
    ids = list(concept_ids)
    if not ids:
        return []
    rows = (
        Label.objects.filter(
            version__concept_id__in=ids, version__stage=Stage.EDITION, kind__in=["pref", "alt"]
        )
        .values_list("language", "value")
        .distinct()
    )
    return [Text(value, "B", language) for language, value in rows]


register(ConceptSource())
