"""DELETE /roles/{id}/: allowed to whoever could grant the role."""

from __future__ import annotations

import pytest

from emn.accounts.models import Role
from emn.api.tests.matrix import writers
from emn.core.models import AuditEntry
from emn.core.testing.factories import RoleFactory, country
from emn.core.testing.matrix import PermissionMatrix


class TestRevokeSlovenianContributor(PermissionMatrix):
    method = "delete"
    expected = writers(204, "coordinator", "commission")

    @pytest.fixture
    def target(self, db):
        return RoleFactory(kind=Role.Kind.NCP_CONTRIBUTOR, country=country("SI"))

    def url(self, target):
        return f"/api/v1/roles/{target.pk}/"

    def check(self, response, persona, target):
        still_there = Role.objects.filter(pk=target.pk).exists()
        revoked = AuditEntry.objects.filter(action="accounts.revoke_role")
        if response.status_code == 204:
            assert not still_there
            assert revoked.get().before["kind"] == "ncp_contributor"
        else:
            assert still_there
            assert not revoked.exists()


def test_someone_outside_the_network_cannot_even_find_a_role(client, personas, db):
    role = RoleFactory(kind=Role.Kind.NCP_CONTRIBUTOR, country=country("SI"))
    client.force_login(personas.partner)
    hidden = client.delete(f"/api/v1/roles/{role.pk}/")
    missing = client.delete(f"/api/v1/roles/{role.pk + 1000}/")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.content == missing.content
    assert Role.objects.filter(pk=role.pk).exists()
