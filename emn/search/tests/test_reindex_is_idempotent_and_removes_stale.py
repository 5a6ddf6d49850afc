"""`reindex` rebuilds every source, removes documents of objects that are gone, changes
nothing when run again, and completes an interrupted run."""

from typing import Any

import pytest

from emn.core.testing.factories import OrganisationFactory
from emn.network.models import Organisation
from emn.search import indexing
from emn.search.models import Document
from emn.search.tests.indexing_support import build_world


def _state() -> list[tuple[Any, ...]]:
    return list(
        Document.objects.order_by("source", "object_id").values_list(
            "source", "object_id", "kind", "audience", "readers", "titles", "languages"
        )
    )


@pytest.mark.django_db
def test_a_second_run_changes_nothing(personas: Any) -> None:
    build_world(personas)  # runs reindex once
    before = _state()
    counts = indexing.reindex()
    assert _state() == before
    assert sum(counts.values()) == len(before)
    assert counts["network.researcher"] == 2  # the erased one has no document


@pytest.mark.django_db
def test_documents_of_objects_gone_are_removed(personas: Any) -> None:
    organisations = [OrganisationFactory() for _ in range(7)]
    indexing.reindex(["network.organisation"], chunk_size=3)
    assert Document.objects.filter(source="network.organisation").count() == 7
    gone = [organisations[1].pk, organisations[4].pk, organisations[6].pk]
    Organisation.objects.filter(pk__in=gone).delete()
    Document.objects.create(
        source="library.gone", object_id=1, kind="x", url="/", audience="public"
    )
    indexing.reindex(chunk_size=3)
    left = set(
        Document.objects.filter(source="network.organisation").values_list("object_id", flat=True)
    )
    assert left == {o.pk for o in organisations} - set(gone)
    assert not Document.objects.filter(source="library.gone").exists()


@pytest.mark.django_db
def test_an_interrupted_run_is_completed_by_the_next(personas: Any, monkeypatch: Any) -> None:
    organisations = [OrganisationFactory() for _ in range(6)]
    real = indexing._reindex_chunk
    calls = {"n": 0}

    def failing(*args: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real(*args)

    monkeypatch.setattr(indexing, "_reindex_chunk", failing)
    with pytest.raises(KeyboardInterrupt):
        indexing.reindex(["network.organisation"], chunk_size=2)
    # The first chunk was committed whole; the second not at all.
    assert Document.objects.filter(source="network.organisation").count() == 2
    monkeypatch.setattr(indexing, "_reindex_chunk", real)
    indexing.reindex(["network.organisation"], chunk_size=2)
    assert set(
        Document.objects.filter(source="network.organisation").values_list("object_id", flat=True)
    ) == {o.pk for o in organisations}


@pytest.mark.django_db
def test_an_unknown_source_is_refused(personas: Any) -> None:
    with pytest.raises(ValueError, match="Unknown search source"):
        indexing.reindex(["nothing.here"])
