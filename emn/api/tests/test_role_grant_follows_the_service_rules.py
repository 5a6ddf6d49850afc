"""POST /roles/: the Commission grants any role, a coordinator NCP roles in their country."""

from __future__ import annotations

import pytest

from emn.accounts.models import Role
from emn.api.tests.matrix import state, writers
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory
from emn.core.testing.matrix import PermissionMatrix


class TestGrantContributorInSlovenia(PermissionMatrix):
    method = "post"
    expected = writers(201, "coordinator", "commission")

    @pytest.fixture
    def target(self, db):
        return UserFactory(email="newcomer@example.si")

    def url(self, target):
        return "/api/v1/roles/"

    def payload(self, target):
        return {"user": target.pk, "kind": "ncp_contributor", "country": "SI"}

    def check(self, response, persona, target):
        granted = Role.objects.filter(user=target)
        if response.status_code == 201:
            body = response.json()
            assert (body["user"], body["kind"], body["country"]) == (
                target.pk,
                "ncp_contributor",
                "SI",
            )
            assert granted.get().pk == body["id"]
            assert AuditEntry.objects.filter(action="accounts.grant_role").count() == 1
        else:
            assert not granted.exists()
            assert not AuditEntry.objects.exists()


def test_a_coordinator_cannot_grant_in_another_country_and_nothing_changes(client, personas):
    person = UserFactory()
    client.force_login(personas.other_country)
    before = state(Role)
    response = client.post(
        "/api/v1/roles/",
        {"user": person.pk, "kind": "ncp_reader", "country": "SI"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert "detail" in response.json()
    assert state(Role) == before


def test_a_coordinator_cannot_grant_the_commission_role(client, personas):
    person = UserFactory()
    client.force_login(personas.coordinator)
    before = state(Role)
    response = client.post(
        "/api/v1/roles/", {"user": person.pk, "kind": "commission"}, content_type="application/json"
    )
    assert response.status_code == 403
    assert state(Role) == before
