"""`/api/v1/search/` answers every persona with only what they may read: results, `count`
and facet counts, snippets."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from emn.core.testing.personas import PERSONAS
from emn.search.tests.indexing_support import WORDS, build_world
from emn.search.tests.test_search_page_permission_matrix import ALSO_IN, VISIBLE


def _get(client: APIClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_each_word_is_found_only_by_its_readers(personas: Any, persona: str) -> None:
    build_world(personas)
    client = APIClient()
    if persona != "anonymous":
        client.force_authenticate(personas[persona])
    for name, word in WORDS.items():
        data = _get(client, q=word)
        holders = {name} | ALSO_IN.get(name, set())
        assert data["count"] == len(holders & VISIBLE[persona]), f"{persona} searching {name}"
        assert len(data["results"]) == data["count"]
        if not data["count"]:
            assert word not in str(data), f"{persona} sees the word of {name}"


@pytest.mark.django_db
def test_the_public_counts_and_facets_only_public_items(personas: Any) -> None:
    build_world(personas)
    data = _get(APIClient())
    assert data["count"] == 4
    kinds = {v["value"]: v["count"] for v in data["facets"]["kind"]}
    assert kinds == {"query": 1, "query.response": 1, "organisation": 1, "researcher": 1}
    assert {hit["dissemination"] for hit in data["results"]} == {"public"}
    assert all(v["value"] != "emn" for v in data["facets"].get("dissemination", []))


@pytest.mark.django_db
def test_the_answer_has_the_documented_shape(personas: Any) -> None:
    build_world(personas)
    client = APIClient()
    client.force_authenticate(personas.commission)
    data = _get(client, q=WORDS["be_public"], page_size=5)
    assert set(data) == {"count", "page", "pages", "results", "facets", "translations", "notices"}
    hit = data["results"][0]
    assert hit["kind"] == "query.response"
    assert hit["title"].endswith("— Belgium")
    assert f"<mark>{WORDS['be_public']}</mark>" in hit["snippet"]
    assert hit["url"].endswith("/compilation/?country=BE")
    selected = _get(client, kind=["query", "organisation"])
    assert {h["kind"] for h in selected["results"]} == {"query", "organisation"}
    assert {v["value"] for v in selected["facets"]["kind"] if v["selected"]} == {
        "query",
        "organisation",
    }
