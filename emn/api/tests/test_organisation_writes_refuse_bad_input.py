"""Bad input to organisation writes is a 400 naming the field, and changes nothing."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import state
from emn.core.testing.factories import OrganisationFactory
from emn.network.models import Organisation


@pytest.fixture
def commission(client, personas):
    client.force_login(personas.commission)
    return client


def post(client, data):
    return client.post("/api/v1/organisations/", data, content_type="application/json")


def test_an_unknown_country_code_names_the_field_and_the_code(commission):
    before = state(Organisation)
    response = post(commission, {"name": "Somewhere", "kind": "ngo", "country": "XQ"})
    assert response.status_code == 400
    assert list(response.json()) == ["country"]
    assert "XQ" in response.json()["country"][0]
    assert state(Organisation) == before


def test_a_missing_name_is_named(commission):
    before = state(Organisation)
    response = post(commission, {"kind": "ngo", "country": "SI"})
    assert response.status_code == 400
    assert "name" in response.json()
    assert state(Organisation) == before


def test_an_unknown_kind_is_named(commission):
    response = post(commission, {"name": "Castle", "kind": "castle", "country": "SI"})
    assert response.status_code == 400
    assert "kind" in response.json()


def test_a_second_organisation_of_the_same_name_in_a_country_is_refused(commission):
    OrganisationFactory(name="Twin Institute")
    before = state(Organisation)
    response = post(commission, {"name": "Twin Institute", "kind": "ngo", "country": "SI"})
    assert response.status_code == 400
    assert "non_field_errors" in response.json()
    assert state(Organisation) == before


def test_a_change_to_an_unknown_country_is_refused(commission):
    organisation = OrganisationFactory()
    before = state(Organisation)
    response = commission.patch(
        f"/api/v1/organisations/{organisation.pk}/",
        {"country": "XQ"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "XQ" in response.json()["country"][0]
    assert state(Organisation) == before


def test_a_country_that_is_not_text_is_refused(commission):
    response = post(commission, {"name": "Numbers", "kind": "ngo", "country": 12})
    assert response.status_code == 400
    assert "country" in response.json()
