"""Slovenia's coordinator keeps the NCP's details up to date, through the audited service."""

import pytest

from emn.core.models import AuditEntry
from emn.core.testing.factories import NationalContactPointFactory, OrganisationFactory


@pytest.fixture
def ncp(db):
    return NationalContactPointFactory(phone="+386 1 000 00 00")


def test_the_coordinator_edits_and_the_change_is_audited(client, personas, ncp):
    host = OrganisationFactory(name="Ministry of the Interior", kind="ministry")
    client.force_login(personas.coordinator)
    form = client.get("/network/countries/SI/ncp/edit/").context["form"]
    assert form.initial["phone"] == "+386 1 000 00 00"
    data = {
        "operating_since": "2009-01-01",
        "designated_by": host.pk,
        "coordinator": ncp.coordinator_id,
        "email": "emn@example.si",
        "website": "https://emn.example.si",
        "phone": "+386 1 111 11 11",
    }
    response = client.post("/network/countries/SI/ncp/edit/", data)
    assert response.status_code == 302
    ncp.refresh_from_db()
    assert ncp.designated_by == host
    assert str(ncp.operating_since) == "2009-01-01"
    entry = AuditEntry.objects.get(action="network.update_ncp")
    assert entry.before["phone"] == "+386 1 000 00 00"
    assert entry.after["phone"] == "+386 1 111 11 11"
    page = client.get("/network/countries/SI/").content.decode()
    assert "Ministry of the Interior" in page
    assert "mailto:emn@example.si" in page


def test_a_bad_address_is_a_form_error(client, personas, ncp):
    client.force_login(personas.coordinator)
    response = client.post("/network/countries/SI/ncp/edit/", {"email": "not an address"})
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not AuditEntry.objects.filter(action="network.update_ncp").exists()


def test_the_country_page_offers_the_edit_link_to_whoever_may_edit(client, personas, ncp):
    for persona, offered in [("coordinator", True), ("commission", True), ("reader", False)]:
        client.force_login(personas[persona])
        html = client.get("/network/countries/SI/").content.decode()
        assert ("/network/countries/SI/ncp/edit/" in html) == offered
        assert ("/network/organisations/new/?country=SI" in html) == offered
