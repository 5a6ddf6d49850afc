"""PATCH /organisations/{id}/: the Commission, or a coordinator of the organisation's country."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import writers
from emn.core.models import AuditEntry
from emn.core.testing.factories import OrganisationFactory
from emn.core.testing.matrix import PermissionMatrix


class TestRenameSlovenianOrganisation(PermissionMatrix):
    method = "patch"
    expected = writers(200, "coordinator", "commission")

    @pytest.fixture
    def target(self, db):
        return OrganisationFactory(name="Old Name")

    def url(self, target):
        return f"/api/v1/organisations/{target.pk}/"

    def payload(self, target):
        return {"name": "New Name"}

    def check(self, response, persona, target):
        target.refresh_from_db()
        entries = AuditEntry.objects.filter(action="network.update_organisation")
        if response.status_code == 200:
            assert response.json()["name"] == target.name == "New Name"
            assert entries.get().after["name"] == "New Name"
        else:
            assert target.name == "Old Name"
            assert not entries.exists()


def test_a_coordinator_may_not_move_an_organisation_abroad(client, personas, db):
    organisation = OrganisationFactory(name="Stays Home")
    client.force_login(personas.coordinator)
    response = client.patch(
        f"/api/v1/organisations/{organisation.pk}/",
        {"country": "FR"},
        content_type="application/json",
    )
    assert response.status_code == 403
    organisation.refresh_from_db()
    assert organisation.country.code == "SI"
    assert not AuditEntry.objects.exists()


def test_fields_left_out_stay_as_they_were(client, personas, db):
    organisation = OrganisationFactory(name="Keeps Its Name", acronym="KIN")
    client.force_login(personas.commission)
    body = client.patch(
        f"/api/v1/organisations/{organisation.pk}/",
        {"website": "https://example.org/"},
        content_type="application/json",
    ).json()
    assert (body["name"], body["acronym"], body["website"]) == (
        "Keeps Its Name",
        "KIN",
        "https://example.org/",
    )
