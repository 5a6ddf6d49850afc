"""The page says which translations widened the query, and how an odd query was read."""

from typing import Any

import pytest
from django.test import Client

from emn.core.testing.factories import OrganisationFactory
from emn.search.indexing import reindex
from emn.search.translations import replace_concept


@pytest.mark.django_db
def test_also_searched_names_the_term_and_its_language(personas: Any, client: Client) -> None:
    replace_concept("return", [("en", "return"), ("sl", "vračanje")])
    OrganisationFactory(name="Institute for return studies")
    reindex()
    html = client.get("/search/", {"q": "vračanje"}).content.decode()
    assert "Also searched:" in html
    assert '<span class="term">return</span> (English)' in html
    assert "Institute for <mark>return</mark> studies" in html


@pytest.mark.django_db
def test_a_long_query_comes_with_a_notice(personas: Any, client: Client) -> None:
    html = client.get("/search/", {"q": " ".join(f"word{n}" for n in range(200))}).content
    assert b'class="search-notice"' in html
