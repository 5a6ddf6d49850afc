"""The admin, open to the Commission, changes people and roles only through the services."""

import pytest

from emn.accounts.models import Role, User
from emn.core.models import AuditEntry
from emn.core.testing.factories import country


@pytest.fixture
def admin_client(client, personas):
    client.force_login(personas.commission)
    return client


@pytest.mark.django_db
def test_users_are_listed_by_email_and_cannot_be_added_or_deleted(admin_client, personas):
    listing = admin_client.get("/admin/accounts/user/")
    assert listing.status_code == 200
    assert "reader.si@example.org" in listing.content.decode()
    assert admin_client.get("/admin/accounts/user/add/").status_code == 403
    delete = f"/admin/accounts/user/{personas.reader.pk}/delete/"
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=personas.reader.pk).exists()


@pytest.mark.django_db
def test_changing_a_user_is_audited(admin_client, personas):
    url = f"/admin/accounts/user/{personas.reader.pk}/change/"
    form = admin_client.get(url)
    assert form.status_code == 200
    response = admin_client.post(
        url,
        {
            "email": "reader.si@example.org",
            "full_name": "Ana Horvat",
            "language": "sl",
            "is_active": "on",
            # The read-only roles inline still sends its management form.
            "roles-TOTAL_FORMS": "1",
            "roles-INITIAL_FORMS": "1",
            "roles-0-id": personas.reader.roles.get().pk,
            "roles-0-user": personas.reader.pk,
        },
    )
    assert response.status_code == 302
    personas.reader.refresh_from_db()
    assert (personas.reader.full_name, personas.reader.language) == ("Ana Horvat", "sl")
    entry = AuditEntry.objects.get(action="accounts.update_user")
    assert entry.actor == personas.commission


@pytest.mark.django_db
def test_adding_and_deleting_a_role_is_audited(admin_client, personas):
    response = admin_client.post(
        "/admin/accounts/role/add/",
        {"user": personas.reader.pk, "kind": "ncp_contributor", "country": country("SI").pk},
    )
    assert response.status_code == 302
    role = Role.objects.get(user=personas.reader, kind="ncp_contributor")
    assert AuditEntry.objects.filter(action="accounts.grant_role", object_id=str(role.pk)).exists()

    response = admin_client.post(f"/admin/accounts/role/{role.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Role.objects.filter(pk=role.pk).exists()
    assert AuditEntry.objects.filter(action="accounts.revoke_role").exists()


@pytest.mark.django_db
def test_the_role_form_refuses_denmark(admin_client, personas):
    response = admin_client.post(
        "/admin/accounts/role/add/",
        {"user": personas.reader.pk, "kind": "ncp_reader", "country": country("DK").pk},
    )
    assert response.status_code == 200
    assert "does not take part" in response.content.decode()
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_an_existing_role_is_read_only(admin_client, personas):
    role = personas.reader.roles.get()
    url = f"/admin/accounts/role/{role.pk}/change/"
    assert admin_client.get(url).status_code == 200
    admin_client.post(
        url, {"user": personas.reader.pk, "kind": "ncp_coordinator", "country": country("SI").pk}
    )
    role.refresh_from_db()
    assert role.kind == "ncp_reader"


@pytest.mark.django_db
def test_coordinators_do_not_enter_the_admin(client, personas):
    client.force_login(personas.coordinator)
    assert client.get("/admin/accounts/role/").status_code == 302
