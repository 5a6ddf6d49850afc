"""Who may open the people list, and whose people each persona sees there."""

from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in
from emn.core.testing.matrix import PermissionMatrix

URL = "/accounts/people/"


class TestPeopleListGet(PermissionMatrix):
    expected = everyone_logged_in(200)

    def url(self, target):
        return URL

    def check(self, response, persona, target):
        if persona == "anonymous":
            assert response["Location"].startswith("/accounts/login/")
            return
        content = response.content.decode()
        sees_si = "contributor.si@example.org" in content
        sees_fr = "coordinator.fr@example.org" in content
        if persona == "commission":
            assert sees_si and sees_fr
        elif persona == "other_country":
            assert sees_fr and not sees_si
        else:
            assert sees_si and not sees_fr


class TestPeopleListPost(FormPostMatrix):
    expected = everyone_logged_in(405)

    def url(self, target):
        return URL
