"""Saving the profile changes only what changed, audited, and switches the language."""

import pytest
from django.conf import settings
from django.test.client import MULTIPART_CONTENT

from emn.core.models import AuditEntry
from emn.core.testing.factories import UserFactory


def save(client, person, **changes):
    data = {"full_name": person.full_name, "email": person.email, "language": person.language}
    data.update(changes)
    return client.post("/accounts/profile/", data, content_type=MULTIPART_CONTENT)


@pytest.mark.django_db
def test_changing_the_language_sets_account_and_cookie(client, personas):
    client.force_login(personas.reader)
    response = save(client, personas.reader, language="lt")
    assert response.status_code == 302
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "lt"
    personas.reader.refresh_from_db()
    assert personas.reader.language == "lt"
    entry = AuditEntry.objects.get()
    assert entry.changed_fields() == [("language", "en", "lt")]


@pytest.mark.django_db
def test_saving_without_changes_writes_nothing(client, personas):
    client.force_login(personas.reader)
    assert save(client, personas.reader).status_code == 302
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_an_address_in_use_is_refused(client, personas):
    UserFactory(email="taken@example.org")
    client.force_login(personas.reader)
    response = save(client, personas.reader, email="TAKEN@example.org")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    personas.reader.refresh_from_db()
    assert personas.reader.email == "reader.si@example.org"
