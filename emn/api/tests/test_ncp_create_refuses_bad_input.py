"""Refused NCP records: a 400 naming the field, and nothing stored or audited."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import state
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import NationalContactPointFactory, OrganisationFactory
from emn.network.models import NationalContactPoint


@pytest.fixture
def commission(client, personas):
    client.force_login(personas.commission)
    return client


def post(client, data):
    return client.post("/api/v1/ncps/", data, content_type="application/json")


def refused(client, data) -> dict:
    before = state(NationalContactPoint)
    response = post(client, data)
    assert response.status_code == 400, response.content
    assert state(NationalContactPoint) == before
    return response.json()


def test_a_second_ncp_for_a_country_is_refused(commission):
    NationalContactPointFactory()
    errors = refused(commission, {"country": "SI"})
    assert "already has a National Contact Point" in errors["country"][0]


def test_a_country_outside_the_network_gets_none(commission):
    assert "country" in refused(commission, {"country": "DK"})


def test_an_unknown_country_code_is_named(commission):
    assert "QQ" in refused(commission, {"country": "QQ"})["country"][0]


def test_a_missing_country_is_named(commission):
    assert "country" in refused(commission, {"email": "ncp@example.org"})


def test_an_unknown_coordinator_is_named(commission):
    assert "coordinator" in refused(commission, {"country": "SI", "coordinator": 999999})


def test_a_badly_formed_date_is_named(commission):
    assert "operating_since" in refused(commission, {"country": "SI", "operating_since": "soon"})


def test_an_organisation_hidden_from_the_caller_is_refused_like_a_missing_one(client, personas):
    hidden = OrganisationFactory(dissemination=DisseminationLevel.EMN)
    missing_pk = hidden.pk + 1000
    client.force_login(personas.partner)
    about_hidden = refused(client, {"country": "SI", "coordinator": hidden.pk})["coordinator"]
    about_missing = refused(client, {"country": "SI", "coordinator": missing_pk})["coordinator"]
    assert about_hidden == [m.replace(str(missing_pk), str(hidden.pk)) for m in about_missing]
