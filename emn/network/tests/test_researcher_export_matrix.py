import pytest

from emn.core.models import AuditEntry
from emn.core.testing.factories import ResearcherFactory
from emn.network.tests.support import FormMatrix, everyone


class TestResearcherExport(FormMatrix):
    expected = {**everyone(403), "anonymous": 302, "commission": 200}

    @pytest.fixture
    def target(self, db):
        return ResearcherFactory(name="Ana Novak", email="ana@example.si")

    def url(self, target):
        return f"/network/directory/researchers/{target.pk}/export/"

    def payload(self, target):
        return {}

    def check(self, response, persona, target):
        exported = AuditEntry.objects.filter(action="network.export_researcher").exists()
        assert exported == (persona == "commission")
        if persona == "commission":
            assert response["Content-Disposition"].startswith("attachment;")
            assert response.json()["email"] == "ana@example.si"
