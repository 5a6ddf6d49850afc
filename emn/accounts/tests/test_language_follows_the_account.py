"""The language switcher remembers the choice on the account and on the browser, and the
next login on another browser brings the account's language with it."""

import pytest
from django.conf import settings
from django.test import Client

from emn.core.testing.factories import PASSWORD

COOKIE = settings.LANGUAGE_COOKIE_NAME


def html_lang(response):
    return response.content.decode().split('<html lang="', 1)[1].split('"', 1)[0]


@pytest.mark.django_db
def test_switching_stores_the_language_on_the_account_and_in_the_cookie(client, personas):
    client.force_login(personas.contributor)
    response = client.post("/accounts/language/", {"language": "sl", "next": "/"})
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "sl"
    personas.contributor.refresh_from_db()
    assert personas.contributor.language == "sl"
    assert html_lang(client.get("/")) == "sl"


@pytest.mark.django_db
def test_a_fresh_browser_gets_the_accounts_language_at_login(client, personas):
    client.force_login(personas.contributor)
    client.post("/accounts/language/", {"language": "sl", "next": "/"})

    fresh = Client()
    assert html_lang(fresh.get("/")) == "en"
    response = fresh.post(
        "/accounts/login/", {"username": personas.contributor.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "sl"
    assert html_lang(fresh.get("/")) == "sl"


@pytest.mark.django_db
def test_a_browser_without_the_cookie_follows_the_account(client, personas):
    personas.contributor.language = "fr"
    personas.contributor.save()
    client.force_login(personas.contributor)
    response = client.get("/")
    assert html_lang(response) == "fr"
    assert response.cookies[COOKIE].value == "fr"


@pytest.mark.django_db
def test_an_unknown_language_is_refused(client, personas):
    client.force_login(personas.contributor)
    assert client.post("/accounts/language/", {"language": "xx"}).status_code == 400
    personas.contributor.refresh_from_db()
    assert personas.contributor.language == "en"
