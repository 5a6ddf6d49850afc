"""POST /ncps/: only the Commission records a National Contact Point."""

from __future__ import annotations

from emn.api.tests.matrix import state, writers
from emn.core.models import AuditEntry
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import NationalContactPoint


class TestCreateSlovenianNcp(PermissionMatrix):
    method = "post"
    expected = writers(201, "commission")

    def url(self, target):
        return "/api/v1/ncps/"

    def payload(self, target):
        return {"country": "SI", "operating_since": "2008-12-01", "email": "ncp@example.si"}

    def check(self, response, persona, target):
        if response.status_code == 201:
            body = response.json()
            assert body["country"]["code"] == "SI"
            assert body["email"] == "ncp@example.si"
            assert NationalContactPoint.objects.get().country.code == "SI"
            assert AuditEntry.objects.filter(action="network.create_ncp").count() == 1
        else:
            assert state(NationalContactPoint) == (0, 0)
