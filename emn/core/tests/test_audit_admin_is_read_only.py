"""The admin shows the log to the Commission and lets nobody, not even a superuser, change it."""

import pytest

from emn.core import audit
from emn.core.models import AuditEntry
from emn.core.testing.factories import OrganisationFactory, UserFactory


@pytest.fixture
def entry(personas):
    return audit.record(personas.commission, "test.create", OrganisationFactory(), after={"a": 1})


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@example.org", is_superuser=True, is_staff=True)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["commission", "superuser"])
def test_nobody_adds_changes_or_deletes_entries(client, personas, superuser, entry, who):
    client.force_login(superuser if who == "superuser" else personas.commission)
    base = "/admin/core/auditentry/"
    assert client.get(base).status_code == 200
    assert client.get(f"{base}{entry.pk}/change/").status_code == 200  # read-only view
    assert client.get(f"{base}add/").status_code == 403
    assert client.post(f"{base}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post(f"{base}{entry.pk}/change/", {"action": "test.forged"})
    bulk = {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"}
    client.post(base, bulk)
    assert AuditEntry.objects.get(pk=entry.pk).action == "test.create"


@pytest.mark.django_db
def test_the_admin_permissions_are_all_false(rf, personas, superuser):
    from django.contrib import admin

    model_admin = admin.site._registry[AuditEntry]
    request = rf.get("/")
    request.user = superuser
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request)
    assert not model_admin.has_delete_permission(request)
    assert model_admin.has_view_permission(request)
