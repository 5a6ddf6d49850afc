"""The Commission exports what is held on a researcher; the export is audited, not copied."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.models import AuditEntry, Theme
from emn.core.testing.factories import OrganisationFactory, country
from emn.network import services
from emn.network.models import Researcher


@pytest.fixture
def researcher(personas):
    return services.add_researcher(
        personas.commission,
        name="Ana Novak",
        email="ana.novak@example.si",
        biography="Labour migration.",
        affiliation=OrganisationFactory(name="Peace Institute", acronym="PI"),
        legal_basis=Researcher.LegalBasis.PUBLIC_TASK,
        basis_recorded_on=datetime.date(2026, 1, 15),
        expertise=[Theme.objects.get(code="labour-migration")],
        countries=[country("SI"), country("HR")],
    )


def test_the_export_holds_every_personal_field(personas, researcher):
    data = services.export_researcher(personas.commission, researcher)
    assert data["name"] == "Ana Novak"
    assert data["email"] == "ana.novak@example.si"
    assert data["biography"] == "Labour migration."
    assert data["affiliation"] == "Peace Institute (PI)"
    assert data["expertise"] == ["Labour migration"]
    assert sorted(data["countries"]) == ["HR", "SI"]
    assert data["legal_basis"] == "public_task"
    assert "exported_at" in data


def test_the_export_is_audited_without_its_content(personas, researcher):
    services.export_researcher(personas.commission, researcher)
    entry = AuditEntry.objects.get(action="network.export_researcher")
    assert entry.before is None and entry.after is None
    assert entry.actor_id == personas.commission.pk


@pytest.mark.parametrize("persona", ["coordinator", "reader", "service_provider", "anonymous"])
def test_nobody_else_exports(personas, researcher, persona):
    with pytest.raises(PermissionDenied):
        services.export_researcher(personas[persona], researcher)
    assert not AuditEntry.objects.filter(action="network.export_researcher").exists()


def test_the_page_downloads_it_as_json(client, personas, researcher):
    client.force_login(personas.commission)
    response = client.post(f"/network/directory/researchers/{researcher.pk}/export/")
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == (
        f'attachment; filename="emn-directory-entry-{researcher.pk}.json"'
    )
    assert response.json()["name"] == "Ana Novak"


def test_a_get_does_not_export(client, personas, researcher):
    client.force_login(personas.commission)
    response = client.get(f"/network/directory/researchers/{researcher.pk}/export/")
    assert response.status_code == 405
    assert not AuditEntry.objects.filter(action="network.export_researcher").exists()
