"""`tasks.release_published` (queued on commit by the pipeline) indexes the dataset."""

from __future__ import annotations

import pytest

from emn.search.models import Document
from emn.search.tests.indexing_support import found_ids
from emn.stats.models import Dataset
from emn.stats.tasks import release_published, run_release_published
from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db


def _document(dataset: Dataset) -> Document | None:
    return Document.objects.filter(source="stats.dataset", object_id=dataset.pk).first()


def test_the_task_indexes_the_dataset(personas, tmp_path, immediate_tasks):
    release = returns_dataset(tmp_path)
    Document.objects.filter(source="stats.dataset").delete()
    release_published.enqueue(release.pk)
    assert _document(release.dataset) is not None
    assert found_ids(personas.anonymous, "stats.dataset", "returned") == {release.dataset_id}


def test_running_it_again_follows_a_change_of_dissemination(personas, tmp_path):
    release = returns_dataset(tmp_path)
    assert run_release_published(release.pk) is True
    Dataset.objects.filter(pk=release.dataset_id).update(dissemination="emn")
    assert run_release_published(release.pk) is True
    document = _document(release.dataset)
    assert document is not None and document.dissemination == "emn"
    assert found_ids(personas.anonymous, "stats.dataset", "returned") == set()
    assert found_ids(personas.coordinator, "stats.dataset", "returned") == {release.dataset_id}


def test_a_release_gone_is_nothing_to_do(db):
    assert run_release_published(123456) is False
