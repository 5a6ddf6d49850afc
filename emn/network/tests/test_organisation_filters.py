"""The organisation list filters by type, country (either case) and name or acronym."""

import pytest

from emn.core.testing.factories import OrganisationFactory, country
from emn.network.filters import OrganisationFilter
from emn.network.models import Organisation


@pytest.fixture
def organisations(db):
    OrganisationFactory(name="Ministry of the Interior", acronym="MNZ", kind="ministry")
    OrganisationFactory(name="Peace Institute", kind="research_institute")
    OrganisationFactory(name="Ministère de l'Intérieur", kind="ministry", country=country("FR"))


def _names(client, query):
    response = client.get(f"/network/organisations/?{query}")
    return [o.name for o in response.context["page"]]


def test_by_type_and_country(client, organisations):
    assert _names(client, "kind=ministry&country=si") == ["Ministry of the Interior"]


def test_by_name_or_acronym(client, organisations):
    assert _names(client, "search=peace") == ["Peace Institute"]
    assert _names(client, "search=mnz") == ["Ministry of the Interior"]


def test_an_unknown_country_filters_nothing_and_says_so(client, organisations):
    response = client.get("/network/organisations/?country=ZZ")
    assert response.context["filter"].errors["country"]


def test_the_filterset_works_on_its_own_for_the_api(organisations):
    filterset = OrganisationFilter({"kind": "ministry"}, queryset=Organisation.objects.all())
    assert filterset.qs.count() == 2


def test_the_list_is_paginated(client, db):
    for number in range(30):
        OrganisationFactory(name=f"Organisation {number:02}")
    first = client.get("/network/organisations/")
    assert len(first.context["page"]) == 25
    assert "Page 1 of 2" in first.content.decode()
    second = client.get("/network/organisations/?page=2")
    assert len(second.context["page"]) == 5
