"""`emn` organisations are for EMN members: absent from the public's lists, counts, details."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import EVERYONE, MEMBERS_ONLY
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import OrganisationFactory
from emn.core.testing.matrix import PermissionMatrix


@pytest.fixture
def two_organisations(db):
    return (
        OrganisationFactory(name="Open Institute"),
        OrganisationFactory(name="Closed Institute", dissemination=DisseminationLevel.EMN),
    )


class TestOrganisationList(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, two_organisations):
        return two_organisations

    def url(self, target):
        return "/api/v1/organisations/"

    def check(self, response, persona, target):
        body = response.json()
        names = [o["name"] for o in body["results"]]
        if persona == "anonymous":
            assert (body["count"], names) == (1, ["Open Institute"])
        else:
            assert (body["count"], names) == (2, ["Closed Institute", "Open Institute"])


class TestRestrictedOrganisationDetail(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, two_organisations):
        return two_organisations[1]

    def url(self, target):
        return f"/api/v1/organisations/{target.pk}/"

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert response.json()["dissemination"] == "emn"


class TestPublicOrganisationDetail(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, two_organisations):
        return two_organisations[0]

    def url(self, target):
        return f"/api/v1/organisations/{target.pk}/"

    def check(self, response, persona, target):
        assert response.json()["name"] == "Open Institute"
        assert response.json()["country"] == "SI"


def test_a_network_partner_sees_public_organisations_only(client, personas, two_organisations):
    client.force_login(personas.partner)
    assert client.get("/api/v1/organisations/").json()["count"] == 1
    assert client.get(f"/api/v1/organisations/{two_organisations[1].pk}/").status_code == 404
