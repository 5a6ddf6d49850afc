"""Everyone logged in opens and saves their own account page; nobody else's."""

import pytest

from emn.accounts.models import User
from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in, persona_of
from emn.core.testing.matrix import PermissionMatrix

URL = "/accounts/profile/"


class TestProfileGet(PermissionMatrix):
    expected = everyone_logged_in(200)

    def url(self, target):
        return URL


class TestProfilePost(FormPostMatrix):
    expected = everyone_logged_in(302)

    @pytest.fixture
    def target(self, request, personas):
        return personas[persona_of(request)]

    def url(self, target):
        return URL

    def payload(self, target):
        email = getattr(target, "email", "someone@example.org")
        return {"full_name": "Renamed Person", "email": email, "language": "en"}

    def check(self, response, persona, target):
        renamed = User.objects.filter(full_name="Renamed Person")
        if persona == "anonymous":
            assert response["Location"].startswith("/accounts/login/")
            assert not renamed.exists()
        else:
            assert list(renamed) == [target]
