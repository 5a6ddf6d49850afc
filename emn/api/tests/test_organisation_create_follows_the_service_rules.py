"""POST /organisations/: the Commission anywhere, a coordinator in their own country."""

from __future__ import annotations

from emn.api.tests.matrix import state, writers
from emn.core.models import AuditEntry
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import Organisation


class TestCreateOrganisationInSlovenia(PermissionMatrix):
    method = "post"
    expected = writers(201, "coordinator", "commission")

    def url(self, target):
        return "/api/v1/organisations/"

    def payload(self, target):
        return {
            "name": "Slovenian Migration Institute",
            "kind": "research_institute",
            "country": "si",
        }

    def check(self, response, persona, target):
        created = Organisation.objects.filter(name="Slovenian Migration Institute")
        if response.status_code == 201:
            body = response.json()
            assert (body["country"], body["kind"]) == ("SI", "research_institute")
            assert created.get().pk == body["id"]
            entry = AuditEntry.objects.get(action="network.create_organisation")
            assert entry.object_id == str(body["id"])
        else:
            assert state(Organisation) == (0, 0)


def test_the_new_organisation_is_public_unless_asked(client, personas, db):
    client.force_login(personas.commission)
    body = client.post(
        "/api/v1/organisations/",
        {"name": "EU Agency for Asylum", "kind": "eu_body", "country": None},
        content_type="application/json",
    ).json()
    assert (body["country"], body["dissemination"]) == (None, "public")
