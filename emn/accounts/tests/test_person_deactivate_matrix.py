"""Deactivating a Slovenian contributor: their coordinator and the Commission may."""

import pytest

from emn.accounts.models import Role, User
from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in, managers_only
from emn.core.testing.factories import RoleFactory, UserFactory, country


@pytest.fixture
def colleague(personas):
    person = UserFactory(email="leaving@example.org")
    RoleFactory(user=person, kind=Role.Kind.NCP_CONTRIBUTOR, country=country("SI"))
    return person


class TestDeactivateGet(FormPostMatrix):
    method = "get"
    expected = everyone_logged_in(405)

    @pytest.fixture
    def target(self, colleague):
        return colleague

    def url(self, target):
        return f"/accounts/people/{target.pk}/deactivate/"


class TestDeactivatePost(FormPostMatrix):
    expected = managers_only(302)

    @pytest.fixture
    def target(self, colleague):
        return colleague

    def url(self, target):
        return f"/accounts/people/{target.pk}/deactivate/"

    def check(self, response, persona, target):
        active = User.objects.get(pk=target.pk).is_active
        assert active == self.refused(persona)
