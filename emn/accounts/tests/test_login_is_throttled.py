"""After five failed logins for one e-mail from one address, the sixth is refused (django-axes)."""

import pytest

from emn.core.testing.factories import PASSWORD

LOGIN = "/accounts/login/"


def attempt(client, email, password, address="192.0.2.10"):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR=address)


def fail_five_times(client, email):
    """Four failures show the form again; the fifth reaches the limit and is answered with
    the locked-out page at once."""
    statuses = [attempt(client, email, "wrong password").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_the_sixth_attempt_is_locked_out_even_with_the_right_password(client, personas):
    fail_five_times(client, personas.reader.email)
    response = attempt(client, personas.reader.email, PASSWORD)
    assert response.status_code == 429
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_other_spellings_of_the_address_share_the_count(client, personas):
    fail_five_times(client, "Reader.SI@Example.org")
    assert attempt(client, personas.reader.email, PASSWORD).status_code == 429


@pytest.mark.django_db
def test_another_address_and_another_account_are_not_locked(client, personas):
    fail_five_times(client, personas.reader.email)
    assert (
        attempt(client, personas.reader.email, PASSWORD, address="198.51.100.7").status_code == 302
    )
    client.logout()
    assert attempt(client, personas.contributor.email, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_fewer_failures_still_let_the_right_password_in(client, personas):
    for _ in range(4):
        attempt(client, personas.reader.email, "wrong password")
    response = attempt(client, personas.reader.email, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(personas.reader.pk)
