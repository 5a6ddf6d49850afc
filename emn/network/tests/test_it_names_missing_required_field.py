"""An organisation sent without a name comes back with a message naming the field."""

from emn.core.models import AuditEntry
from emn.network.models import Organisation


def test_missing_name_is_named_and_nothing_is_stored(client, personas):
    client.force_login(personas.coordinator)
    before = Organisation.objects.count()
    response = client.post(
        "/network/organisations/new/", {"name": "", "kind": "ngo", "country": "SI"}
    )
    assert response.status_code == 200
    summary = response.context["form"].error_summary()
    assert ("Name", "This field is required.") in summary
    html = response.content.decode()
    assert "<strong>Name</strong>: This field is required." in html
    assert Organisation.objects.count() == before
    assert not AuditEntry.objects.filter(action="network.create_organisation").exists()


def test_missing_type_is_named_too(client, personas):
    client.force_login(personas.commission)
    response = client.post("/network/organisations/new/", {"name": "Caritas Slovenia"})
    assert ("Type", "This field is required.") in response.context["form"].error_summary()
    assert not Organisation.objects.filter(name="Caritas Slovenia").exists()
