"""Every EMN member may open a person's page; only managers see the forms that change it."""

import pytest

from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in
from emn.core.testing.matrix import PermissionMatrix


class TestPersonDetailGet(PermissionMatrix):
    expected = everyone_logged_in(200)

    @pytest.fixture
    def target(self, personas):
        return personas.contributor

    def url(self, target):
        return f"/accounts/people/{target.pk}/"

    def check(self, response, persona, target):
        if persona == "anonymous":
            return
        content = response.content.decode()
        assert target.email in content
        manages = persona in ("coordinator", "commission")
        assert ("Give the role" in content) == (manages or persona == "other_country")
        assert ("Remove the role" in content) == manages
        assert ("Deactivate the account" in content) == manages


class TestPersonDetailPost(FormPostMatrix):
    expected = everyone_logged_in(405)

    @pytest.fixture
    def target(self, personas):
        return personas.contributor

    def url(self, target):
        return f"/accounts/people/{target.pk}/"
