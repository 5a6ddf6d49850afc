"""A dataset is found in search by words of its titles (any language) and by its code."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from emn.search.indexing import reindex
from emn.search.models import Document
from emn.search.tests.indexing_support import found_ids
from emn.stats.models import Dataset
from emn.stats.tests.api_support import returns_dataset

pytestmark = pytest.mark.django_db
KIND = "stats.dataset"


@pytest.fixture
def dataset(tmp_path) -> Dataset:
    release = returns_dataset(tmp_path, "migr_eirtn_test")
    reindex(["stats.dataset"])
    return release.dataset


@pytest.mark.parametrize("q", ["returned", "nationals", "ressortissants", "migr_eirtn_test"])
def test_found_by_title_or_code(personas, dataset, q):
    assert found_ids(personas.anonymous, KIND, q) == {dataset.pk}


def test_not_found_by_other_words(personas, dataset):
    assert found_ids(personas.anonymous, KIND, "reintegration") == set()


def test_the_document_links_the_dataset_page(dataset):
    document = Document.objects.get(source="stats.dataset", object_id=dataset.pk)
    assert document.kind == KIND
    assert document.url.endswith(f"/stats/{dataset.code}/")
    assert document.titles["en"] == "Third-country nationals returned"
    assert document.dissemination == "public"


def test_a_dataset_without_a_release_is_not_indexed(db):
    empty = Dataset.objects.create(code="nothing_yet", titles={"en": "Returned nothing"})
    reindex(["stats.dataset"])
    assert not Document.objects.filter(source="stats.dataset", object_id=empty.pk).exists()


def test_found_through_the_search_api(dataset):
    response = APIClient().get("/api/v1/search/", {"q": "returned", "kind": KIND})
    assert response.status_code == 200
    hits = response.json()["results"]
    assert [hit["title"] for hit in hits] == ["Third-country nationals returned"]
