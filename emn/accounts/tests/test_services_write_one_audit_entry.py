"""Every accounts service writes exactly one audit entry, with the state before and after."""

import pytest
from rest_framework.authtoken.models import Token

from emn.accounts import services
from emn.accounts.models import Role
from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory, country


def only_entry():
    entries = list(AuditEntry.objects.all())
    assert len(entries) == 1, [e.action for e in entries]
    return entries[0]


@pytest.mark.django_db
def test_grant_role(personas):
    person = UserFactory()
    role = services.grant_role(
        personas.coordinator, person, Role.Kind.NCP_READER, country=country("SI")
    )
    entry = only_entry()
    assert (entry.action, entry.before) == ("accounts.grant_role", None)
    assert entry.after["kind"] == "ncp_reader"
    assert entry.after["country_id"] == country("SI").pk
    assert entry.object_id == str(role.pk)


@pytest.mark.django_db
def test_revoke_role(personas):
    role = personas.contributor.roles.get()
    services.revoke_role(personas.coordinator, role)
    entry = only_entry()
    assert (entry.action, entry.after) == ("accounts.revoke_role", None)
    assert entry.before["kind"] == "ncp_contributor"
    assert entry.country == country("SI")


@pytest.mark.django_db
def test_create_user(personas):
    services.create_user(personas.commission, email="New@Example.org", full_name=" New ")
    entry = only_entry()
    assert entry.action == "accounts.create_user"
    assert entry.before is None
    assert entry.after == {
        "email": "new@example.org",
        "full_name": "New",
        "language": "en",
        "is_active": True,
    }


@pytest.mark.django_db
def test_update_user(personas):
    services.update_user(personas.coordinator, personas.contributor, full_name="Luka Zupan")
    entry = only_entry()
    assert entry.action == "accounts.update_user"
    assert entry.changed_fields()[0][0] == "full_name"
    assert entry.after["full_name"] == "Luka Zupan"
    assert entry.country == country("SI")


@pytest.mark.django_db
def test_deactivate_user(personas):
    services.deactivate_user(personas.coordinator, personas.contributor)
    entry = only_entry()
    assert (entry.before, entry.after) == ({"is_active": True}, {"is_active": False})


@pytest.mark.django_db
def test_set_language(personas):
    services.set_language(personas.reader, "sl")
    entry = only_entry()
    assert (entry.before, entry.after) == ({"language": "en"}, {"language": "sl"})


@pytest.mark.django_db
def test_issue_api_token_without_its_key(personas):
    token = services.issue_api_token(personas.reader)
    entry = only_entry()
    assert entry.action == "accounts.issue_api_token"
    assert entry.before == {"api_token": None}
    assert entry.after["api_token"] == "issued"
    stored = f"{entry.before} {entry.after} {entry.object_repr} {entry.object_id}"
    assert token.key not in stored


@pytest.mark.django_db
def test_revoke_api_token(personas):
    Token.objects.create(user=personas.reader)
    assert services.revoke_api_token(personas.reader) is True
    entry = only_entry()
    assert entry.action == "accounts.revoke_api_token"
    assert entry.after == {"api_token": None}


@pytest.mark.django_db
def test_invite_person_writes_one_entry_per_write_in_one_transaction(personas):
    services.invite_person(
        personas.coordinator,
        email="x@example.org",
        full_name="X",
        language="en",
        kind=Role.Kind.NCP_READER,
        country=country("SI"),
    )
    actions = sorted(AuditEntry.objects.values_list("action", flat=True))
    assert actions == ["accounts.create_user", "accounts.grant_role"]
    # Both are scoped to Slovenia, so the Slovenian coordinator sees the whole invitation.
    assert set(AuditEntry.objects.values_list("country__code", flat=True)) == {"SI"}


@pytest.mark.django_db
def test_services_that_change_nothing_write_nothing(personas):
    services.set_language(personas.reader, "en")
    assert services.revoke_api_token(personas.reader) is False
    assert not AuditEntry.objects.exists()
