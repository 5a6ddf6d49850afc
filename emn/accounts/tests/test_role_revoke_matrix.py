"""Removing a Slovenian role: the Slovenian coordinator and the Commission may, nobody else."""

import pytest

from emn.accounts.models import Role
from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in, managers_only
from emn.core.models import AuditEntry


@pytest.fixture
def contributor_role(personas):
    return Role.objects.get(user=personas.contributor, kind="ncp_contributor")


class TestRoleRevokeGet(FormPostMatrix):
    method = "get"
    expected = everyone_logged_in(405)

    @pytest.fixture
    def target(self, contributor_role):
        return contributor_role

    def url(self, target):
        return f"/accounts/roles/{target.pk}/revoke/"


class TestRoleRevokePost(FormPostMatrix):
    expected = managers_only(302)

    @pytest.fixture
    def target(self, contributor_role):
        return contributor_role

    def url(self, target):
        return f"/accounts/roles/{target.pk}/revoke/"

    def check(self, response, persona, target):
        still_there = Role.objects.filter(pk=target.pk).exists()
        assert still_there == self.refused(persona)
        audited = AuditEntry.objects.filter(action="accounts.revoke_role").exists()
        assert audited == (not still_there)
