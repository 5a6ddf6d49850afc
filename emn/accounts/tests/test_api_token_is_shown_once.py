"""The profile page shows a new token's key once, then only that a token exists."""

import pytest
from rest_framework.authtoken.models import Token

from emn.core.models import AuditEntry


@pytest.mark.django_db
def test_the_key_is_shown_once_and_works(client, personas):
    client.force_login(personas.reader)
    assert "You have no API token." in client.get("/accounts/profile/").content.decode()

    shown = client.post("/accounts/profile/token/", follow=True).content.decode()
    key = Token.objects.get(user=personas.reader).key
    assert key in shown
    assert "shown only this once" in shown

    again = client.get("/accounts/profile/").content.decode()
    assert key not in again
    assert "You have a token" in again

    entry = AuditEntry.objects.get(action="accounts.issue_api_token")
    assert key not in str(entry.after) + str(entry.before) + entry.object_repr


@pytest.mark.django_db
def test_replacing_the_token_makes_the_old_key_useless(client, personas):
    client.force_login(personas.reader)
    client.post("/accounts/profile/token/")
    first = Token.objects.get(user=personas.reader).key
    client.post("/accounts/profile/token/")
    second = Token.objects.get(user=personas.reader).key
    assert first != second
    assert not Token.objects.filter(key=first).exists()


@pytest.mark.django_db
def test_revoking_removes_the_token(client, personas):
    client.force_login(personas.reader)
    client.post("/accounts/profile/token/")
    response = client.post("/accounts/profile/token/revoke/", follow=True)
    assert "Your API token is revoked." in response.content.decode()
    assert not Token.objects.filter(user=personas.reader).exists()
