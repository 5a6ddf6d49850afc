"""Bad input never breaks the search: empty or huge queries, query syntax, odd page numbers
and unknown facet values all give a clear page (200), on the page and in the API."""

from typing import Any

import pytest
from django.test import Client

from emn.search.tests.indexing_support import build_world

INPUTS: list[dict[str, Any]] = [
    {"q": ""},
    {"q": "return " * 1500},
    {"q": "x" * 10_000},
    {"q": '"'},
    {"q": '"unbalanced phrase'},
    {"q": "*"},
    {"q": "asyl*"},
    {"q": "NEAR"},
    {"q": "return NEAR asylum"},
    {"q": "((("},
    {"q": ")) OR AND NOT -"},
    {"q": "'; DROP TABLE search_document; --"},
    {"q": "\x00\ufffd"},
    {"q": "procedure", "page": "0"},
    {"q": "procedure", "page": "-3"},
    {"q": "procedure", "page": "abc"},
    {"q": "procedure", "page": "99999999999999999999"},
    {"q": "procedure", "page": "40"},
    {"q": "procedure", "page_size": "100000"},
    {"q": "procedure", "sort": "sideways"},
    {"kind": "no.such.kind", "theme": "nonsense", "country": "ZZ"},
    {"year": "twenty", "language": "xx", "dissemination": "secret"},
    {"year": "99999999999"},
    {"country": "%", "theme": "_"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("params", INPUTS, ids=lambda p: repr(p)[:40])
def test_the_page_answers_any_input(personas: Any, client: Client, params: dict[str, Any]) -> None:
    build_world(personas)
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert b'id="hits-heading"' in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("params", INPUTS, ids=lambda p: repr(p)[:40])
def test_the_api_answers_any_input(personas: Any, client: Client, params: dict[str, Any]) -> None:
    build_world(personas)
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["count"] >= 0
    assert len(data["results"]) <= 100


@pytest.mark.django_db
def test_unknown_facet_values_find_nothing_and_say_so(personas: Any, client: Client) -> None:
    build_world(personas)
    html = client.get("/search/", {"q": "procedure", "country": "ZZ"}).content.decode()
    assert "0 results" in html
    assert "Nothing matches this search." in html
    assert "Search again without the filters" in html


@pytest.mark.django_db
def test_a_page_past_the_end_offers_the_last_page(personas: Any, client: Client) -> None:
    build_world(personas)
    client.force_login(personas.commission)
    html = client.get("/search/", {"q": "procedure", "page": "40"}).content.decode()
    assert "There is no such page" in html
    assert "Go to the last page" in html
