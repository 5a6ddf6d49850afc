"""Background work of the glossary: what follows the publication of an edition."""

from __future__ import annotations

from django.db import transaction
from django_tasks import task

from emn.glossary.models import Concept, ConceptVersion, Edition, Stage
from emn.glossary.records import load


def refresh_translations(edition: Edition) -> int:
    """Make the edition's terms the cross-lingual translations of the search (one concept each)."""
    from emn.search.translations import replace_concept

    count = 0
    for record in load(edition.scheme, edition):
        terms = [(label.language, label.value) for label in record.labels if label.kind != "hidden"]
        replace_concept(record.uri, terms)
        count += 1
    return count


def reindex_keyworded(concept_ids: list[int]) -> None:
    """Publications and queries keyworded with these concepts carry their terms: reindex them."""
    from emn.library.models import Publication
    from emn.queries.models import AdHocQuery
    from emn.search.indexing import index_now

    for model in (Publication, AdHocQuery):
        for obj in model.objects.filter(concepts__in=concept_ids).distinct():
            index_now(obj)


def run_edition_published(edition_id: int) -> int:
    """Safe to run again: every step replaces what an earlier run wrote."""
    edition = Edition.objects.filter(pk=edition_id).select_related("scheme").first()
    if edition is None:
        return 0
    from emn.search.indexing import index_now

    count = refresh_translations(edition)
    concept_ids = list(
        ConceptVersion.objects.filter(edition=edition, stage=Stage.EDITION).values_list(
            "concept_id", flat=True
        )
    )
    for concept in Concept.objects.filter(pk__in=concept_ids).select_related("scheme"):
        with transaction.atomic():
            index_now(concept)
    reindex_keyworded(concept_ids)
    return count


@task()
def edition_published(edition_id: int) -> int:
    return run_edition_published(edition_id)
