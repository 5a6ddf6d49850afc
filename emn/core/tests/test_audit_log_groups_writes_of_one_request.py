"""An invitation writes two entries in one request; the log shows them as one change."""

import pytest
from django.test.client import MULTIPART_CONTENT

from emn.core import audit
from emn.core.models import AuditEntry
from emn.core.testing.factories import OrganisationFactory, country


@pytest.mark.django_db
def test_an_invitation_reads_as_one_change(client, personas):
    client.force_login(personas.coordinator)
    client.post(
        "/accounts/people/invite/",
        {
            "full_name": "Nina Kos",
            "email": "nina@example.org",
            "language": "sl",
            "kind": "ncp_contributor",
            "country": country("SI").pk,
        },
        content_type=MULTIPART_CONTENT,
    )
    assert len({e.request_id for e in AuditEntry.objects.all()}) == 1

    client.force_login(personas.commission)
    response = client.get("/audit/")
    groups = response.context["groups"]
    assert len(groups) == 1
    assert [item.entry.action for item in groups[0].items] == [
        "accounts.create_user",
        "accounts.grant_role",
    ]
    assert "2 writes in one request" in response.content.decode()


@pytest.mark.django_db
def test_pages_count_changes_not_entries(client, personas):
    organisation = OrganisationFactory()
    for _ in range(30):
        with audit.audit_group():
            audit.record(personas.commission, "test.first", organisation)
            audit.record(personas.commission, "test.second", organisation)
    audit.record(personas.commission, "test.alone", organisation)  # outside any request
    client.force_login(personas.commission)
    first = client.get("/audit/")
    assert first.context["page"].paginator.count == 31
    assert len(first.context["groups"]) == 25
    assert [i.entry.action for i in first.context["groups"][0].items] == ["test.alone"]
    assert all(len(g.items) == 2 for g in first.context["groups"][1:])
    second = client.get("/audit/", {"page": 2})
    assert len(second.context["groups"]) == 6
