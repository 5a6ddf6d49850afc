"""Erasure on request blanks the person in the entry and in its audit trail, keeping the trail."""

import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.models import AuditEntry, Theme
from emn.core.testing.factories import OrganisationFactory, country
from emn.network import services
from emn.network.models import Researcher
from emn.network.models.directory import ERASED

PERSONAL = ("Ana Novak", "ana.novak@example.si", "Senior researcher", "Labour migration")


@pytest.fixture
def researcher(personas):
    researcher = services.add_researcher(
        personas.commission,
        name="Ana Novak",
        email="ana.novak@example.si",
        title="Senior researcher",
        biography="Labour migration and integration in the Western Balkans.",
        website="https://example.si/ana",
        affiliation=OrganisationFactory(name="Peace Institute"),
        legal_basis=Researcher.LegalBasis.CONSENT,
        basis_recorded_on=datetime.date(2026, 1, 15),
        expertise=[Theme.objects.get(code="labour-migration")],
        countries=[country("SI")],
    )
    services.export_researcher(personas.commission, researcher)
    return researcher


def _trail(researcher):
    return AuditEntry.objects.filter(object_id=str(researcher.pk), action__contains="researcher")


def test_personal_fields_are_blanked_in_the_entry(personas, researcher):
    services.erase_researcher(personas.commission, researcher)
    researcher.refresh_from_db()
    assert researcher.name == ERASED
    assert (researcher.email, researcher.title, researcher.biography, researcher.website) == (
        "",
        "",
        "",
        "",
    )
    assert researcher.affiliation is None
    assert not researcher.expertise.exists()
    assert not researcher.countries.exists()
    assert researcher.is_erased


def test_personal_fields_are_blanked_in_the_audit_trail(personas, researcher):
    before = _trail(researcher).count()
    services.erase_researcher(personas.commission, researcher)
    entries = list(_trail(researcher))
    assert len(entries) == before + 1  # the trail is kept, and the erasure is recorded
    assert {entry.action for entry in entries} == {
        "network.add_researcher",
        "network.export_researcher",
        "network.erase_researcher",
    }
    for entry in entries:
        stored = json.dumps([entry.before, entry.after, entry.object_repr], ensure_ascii=False)
        for value in PERSONAL:
            assert value not in stored, f"{value!r} survived in {entry.action}"
        assert entry.object_repr == ERASED
        assert entry.actor_id == personas.commission.pk
    created = next(e for e in entries if e.action == "network.add_researcher")
    assert created.after["name"] == ERASED
    assert created.after["legal_basis"] == "consent"  # not personal: kept for accountability


def test_only_the_commission_erases_and_only_once(personas, researcher):
    with pytest.raises(PermissionDenied):
        services.erase_researcher(personas.coordinator, researcher)
    services.erase_researcher(personas.commission, researcher)
    with pytest.raises(PermissionDenied):
        services.erase_researcher(personas.commission, researcher)


def test_the_page_asks_for_confirmation_first(client, personas, researcher):
    client.force_login(personas.commission)
    url = f"/network/directory/researchers/{researcher.pk}/erase/"
    response = client.post(url, {})
    assert response.status_code == 200
    assert response.context["form"].errors["confirm"]
    researcher.refresh_from_db()
    assert not researcher.is_erased
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 302
    researcher.refresh_from_db()
    assert researcher.is_erased
