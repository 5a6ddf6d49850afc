"""Giving a Slovenian role: the Slovenian coordinator and the Commission may, nobody else."""

import pytest

from emn.accounts.models import Role
from emn.accounts.tests.support import FormPostMatrix, managers_only
from emn.core.models import AuditEntry
from emn.core.testing.factories import country
from emn.core.testing.matrix import PermissionMatrix


class TestRoleGrantGet(PermissionMatrix):
    # The French coordinator may give the person a French role, so the form opens.
    expected = {**managers_only(200), "other_country": 200}

    @pytest.fixture
    def target(self, personas):
        return personas.contributor

    def url(self, target):
        return f"/accounts/people/{target.pk}/roles/"


class TestRoleGrantPost(FormPostMatrix):
    expected = managers_only(302)

    @pytest.fixture
    def target(self, personas):
        return personas.contributor

    def url(self, target):
        return f"/accounts/people/{target.pk}/roles/"

    def payload(self, target):
        return {"kind": "ncp_reader", "country": country("SI").pk}

    def check(self, response, persona, target):
        granted = Role.objects.filter(user=target, kind="ncp_reader").exists()
        assert granted == (not self.refused(persona))
        audited = AuditEntry.objects.filter(action="accounts.grant_role").exists()
        assert audited == granted
