"""PATCH /ncps/{code}/: the Commission, or a coordinator of that NCP."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import writers
from emn.core.models import AuditEntry
from emn.core.testing.factories import NationalContactPointFactory, OrganisationFactory
from emn.core.testing.matrix import PermissionMatrix


class TestChangeSlovenianNcp(PermissionMatrix):
    method = "patch"
    expected = writers(200, "coordinator", "commission")

    @pytest.fixture
    def target(self, db):
        return NationalContactPointFactory(phone="+386 1 000 00 00")

    def url(self, target):
        return "/api/v1/ncps/si/"

    def payload(self, target):
        return {"phone": "+386 1 111 11 11"}

    def check(self, response, persona, target):
        target.refresh_from_db()
        entries = AuditEntry.objects.filter(action="network.update_ncp")
        if response.status_code == 200:
            assert response.json()["phone"] == target.phone == "+386 1 111 11 11"
            assert entries.count() == 1
        else:
            assert target.phone == "+386 1 000 00 00"
            assert not entries.exists()


def test_the_coordinating_organisation_is_named_by_id(client, personas, db):
    ncp = NationalContactPointFactory()
    ministry = OrganisationFactory(name="Ministry of the Interior")
    client.force_login(personas.coordinator)
    response = client.patch(
        "/api/v1/ncps/SI/", {"coordinator": ministry.pk}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json()["coordinator"]["name"] == "Ministry of the Interior"
    ncp.refresh_from_db()
    assert ncp.coordinator == ministry


def test_the_country_of_an_ncp_is_not_changed(client, personas, db):
    NationalContactPointFactory()
    client.force_login(personas.commission)
    response = client.patch("/api/v1/ncps/SI/", {"country": "FR"}, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["country"]["code"] == "SI"
