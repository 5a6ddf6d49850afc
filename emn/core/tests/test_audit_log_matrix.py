"""The audit log: the Commission reads it all, a coordinator their country's, others nothing."""

import pytest
from django.test.client import MULTIPART_CONTENT

from emn.core import audit
from emn.core.models import AuditEntry
from emn.core.testing.factories import OrganisationFactory, country
from emn.core.testing.matrix import PermissionMatrix

URL = "/audit/"
EXPECTED = {
    "anonymous": 302,
    "other_country": 200,
    "reader": 403,
    "contributor": 403,
    "coordinator": 200,
    "commission": 200,
}


@pytest.fixture
def entries(personas):
    slovenian = OrganisationFactory(name="Slovenian ministry", country=country("SI"))
    french = OrganisationFactory(name="French ministry", country=country("FR"))
    audit.record(personas.commission, "network.create_organisation", slovenian, after={"name": "a"})
    audit.record(personas.commission, "network.create_organisation", french, after={"name": "b"})
    return AuditEntry.objects.count()


class TestAuditLogGet(PermissionMatrix):
    expected = EXPECTED

    @pytest.fixture
    def target(self, entries):
        return entries

    def url(self, target):
        return URL

    def check(self, response, persona, target):
        if response.status_code != 200:
            return
        content = response.content.decode()
        sees = {
            "SI": "Slovenian ministry" in content,
            "FR": "French ministry" in content,
        }
        if persona == "commission":
            assert sees == {"SI": True, "FR": True}
        elif persona == "coordinator":
            assert sees == {"SI": True, "FR": False}
        else:
            assert sees == {"SI": False, "FR": True}


class TestAuditLogPost(PermissionMatrix):
    """No view edits or deletes entries: a POST is refused and the log stays as it was."""

    method = "post"
    content_type = MULTIPART_CONTENT
    expected = {"anonymous": 302, **{p: 405 for p in EXPECTED if p != "anonymous"}}

    @pytest.fixture
    def target(self, entries):
        return entries

    def url(self, target):
        return URL

    def payload(self, target):
        return {"action": "delete", "id": AuditEntry.objects.first().pk}

    def check(self, response, persona, target):
        assert AuditEntry.objects.count() == target
