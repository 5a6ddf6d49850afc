import pytest

from emn.core.models import AuditEntry
from emn.network.models import Organisation


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("persona", "allowed"),
    [
        ("anonymous", False),
        ("other_country", False),
        ("reader", False),
        ("contributor", False),
        ("coordinator", False),
        ("commission", True),
    ],
)
def test_only_the_commission_opens_the_admin(client, personas, persona, allowed):
    if persona != "anonymous":
        client.force_login(personas[persona])
    response = client.get("/admin/network/organisation/")
    assert (response.status_code == 200) is allowed


@pytest.mark.django_db
def test_an_admin_change_is_audited(client, personas):
    client.force_login(personas.commission)
    response = client.post(
        "/admin/network/organisation/add/",
        {
            "name": "Centre for Return Studies",
            "kind": "research_institute",
            "country": "",
            "dissemination": "public",
            "website": "",
            "acronym": "",
            "description": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    organisation = Organisation.objects.get(name="Centre for Return Studies")
    entry = AuditEntry.objects.get(action="admin.add_organisation")
    assert entry.object_id == str(organisation.pk)
    assert entry.actor == personas.commission
    assert entry.after["name"] == "Centre for Return Studies"
