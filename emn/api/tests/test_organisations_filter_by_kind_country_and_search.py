"""The organisation list filters by kind, country code (any case) and text."""

from __future__ import annotations

import pytest

from emn.core.testing.factories import OrganisationFactory, country
from emn.network.models import Organisation


@pytest.fixture
def organisations(db):
    OrganisationFactory(name="Ministry of the Interior", kind=Organisation.Kind.MINISTRY)
    OrganisationFactory(
        name="Institut de recherche", kind=Organisation.Kind.UNIVERSITY, country=country("FR")
    )
    OrganisationFactory(name="Peace Institute", acronym="MIR", description="Human rights")


def names(client, query: str) -> list[str]:
    response = client.get(f"/api/v1/organisations/?{query}")
    assert response.status_code == 200, response.content
    return [o["name"] for o in response.json()["results"]]


def test_it_filters_by_kind(client, organisations):
    assert names(client, "kind=ministry") == ["Ministry of the Interior"]


def test_it_filters_by_country_code_in_any_case(client, organisations):
    assert names(client, "country=fr") == ["Institut de recherche"]


def test_it_searches_name_acronym_and_description(client, organisations):
    assert names(client, "search=institut") == ["Institut de recherche", "Peace Institute"]
    assert names(client, "search=mir") == ["Peace Institute"]
    assert names(client, "search=human+rights") == ["Peace Institute"]


def test_filters_combine(client, organisations):
    assert names(client, "search=institut&country=SI") == ["Peace Institute"]


def test_an_unknown_kind_is_refused_naming_the_filter(client, organisations):
    response = client.get("/api/v1/organisations/?kind=castle")
    assert response.status_code == 400
    assert "kind" in response.json()
