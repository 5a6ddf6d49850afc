"""Forgotten password: ask, receive the link, choose a new password, log in with it."""

import re

import pytest

from emn.accounts import services
from emn.core.testing.factories import PASSWORD, country


def request_link(client, email):
    return client.post("/accounts/password-reset/", {"email": email})


def link_in(message):
    return re.search(r"https?://[^/]+(/accounts/reset/\S+)", message.body).group(1)


def set_password(client, link, password):
    form = client.get(link, follow=True)
    assert form.status_code == 200
    assert form.context["validlink"]
    return client.post(
        form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )


@pytest.mark.django_db
def test_the_whole_flow(
    client, personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = request_link(client, "Reader.SI@example.org")
    assert response["Location"] == "/accounts/password-reset/sent/"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [personas.reader.email]
    assert mailoutbox[0].subject == "Your EMN Exchange password"

    new_password = "another long passphrase 42"
    done = set_password(client, link_in(mailoutbox[0]), new_password)
    assert done["Location"] == "/accounts/reset/done/"

    old = client.post("/accounts/login/", {"username": personas.reader.email, "password": PASSWORD})
    assert old.status_code == 200
    new = client.post(
        "/accounts/login/", {"username": personas.reader.email, "password": new_password}
    )
    assert new.status_code == 302
    assert client.session["_auth_user_id"] == str(personas.reader.pk)


@pytest.mark.django_db
def test_a_used_link_is_no_longer_valid(
    client, personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        request_link(client, personas.reader.email)
    link = link_in(mailoutbox[0])
    set_password(client, link, "another long passphrase 42")
    again = client.get(link, follow=True)
    assert not again.context["validlink"]


@pytest.mark.django_db
def test_an_unknown_address_gets_the_same_answer_and_no_mail(
    client, db, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = request_link(client, "nobody@example.org")
    assert response["Location"] == "/accounts/password-reset/sent/"
    assert mailoutbox == []


@pytest.mark.django_db
def test_an_invited_person_whose_link_expired_gets_a_new_one(
    client, personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_person(
            personas.coordinator,
            email="late@example.org",
            full_name="Late Comer",
            language="en",
            kind="ncp_reader",
            country=country("SI"),
        )
        request_link(client, "late@example.org")
    assert [m.subject for m in mailoutbox] == [
        "Your EMN Exchange account",
        "Your EMN Exchange password",
    ]
