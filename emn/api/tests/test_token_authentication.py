"""Programs authenticate with `Authorization: Token <key>`; sessions need the CSRF token."""

from __future__ import annotations

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token

from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import OrganisationFactory
from emn.network.models import Organisation


@pytest.fixture
def token(personas):
    return Token.objects.create(user=personas.coordinator)


def with_token(key: str) -> dict[str, str]:
    return {"Authorization": f"Token {key}"}


def test_a_token_identifies_the_caller(client, token):
    body = client.get("/api/v1/me/", headers=with_token(token.key)).json()
    assert body["email"] == "coordinator.si@example.org"


def test_a_token_opens_emn_rows(client, token):
    OrganisationFactory(dissemination=DisseminationLevel.EMN)
    assert client.get("/api/v1/organisations/").json()["count"] == 0
    assert client.get("/api/v1/organisations/", headers=with_token(token.key)).json()["count"] == 1


def test_a_token_writes_without_a_csrf_token(token):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/api/v1/organisations/",
        {"name": "Made by a program", "kind": "ngo", "country": "SI"},
        content_type="application/json",
        headers=with_token(token.key),
    )
    assert response.status_code == 201
    assert Organisation.objects.filter(name="Made by a program").exists()


def test_a_wrong_token_is_refused(client, token):
    response = client.get("/api/v1/me/", headers=with_token("0" * 40))
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_a_token_of_a_deactivated_account_is_refused(client, token):
    token.user.is_active = False
    token.user.save()
    assert client.get("/api/v1/me/", headers=with_token(token.key)).status_code == 401


def test_a_session_write_without_the_csrf_token_is_refused(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.coordinator)
    response = client.post(
        "/api/v1/organisations/",
        {"name": "Forged", "kind": "ngo", "country": "SI"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not Organisation.objects.filter(name="Forged").exists()
