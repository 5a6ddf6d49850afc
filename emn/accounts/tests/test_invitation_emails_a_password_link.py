"""An invited person gets an e-mail, through the task queue, with a link to set a password."""

import re

import pytest
from django.test.client import MULTIPART_CONTENT

from emn.accounts import services
from emn.accounts.models import Role, User
from emn.core.testing.factories import country


def invite(client, **overrides):
    data = {
        "full_name": "Petra Novak",
        "email": "Petra.Novak@Example.org",
        "language": "en",
        "kind": "ncp_contributor",
        "country": country("SI").pk,
        **overrides,
    }
    return client.post("/accounts/people/invite/", data, content_type=MULTIPART_CONTENT)


@pytest.mark.django_db
def test_the_invited_person_sets_a_password_and_logs_in(
    client, personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    client.force_login(personas.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client)
    person = User.objects.get(email="petra.novak@example.org")
    assert response.status_code == 302
    assert not person.has_usable_password()
    assert person.roles.get().kind == Role.Kind.NCP_CONTRIBUTOR

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["petra.novak@example.org"]
    assert message.subject == "Your EMN Exchange account"
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", message.body).group(1)

    client.logout()
    form = client.get(link, follow=True)
    assert form.status_code == 200
    new_password = "a long and private passphrase"
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done["Location"] == "/accounts/reset/done/"
    login = client.post(
        "/accounts/login/", {"username": "petra.novak@example.org", "password": new_password}
    )
    assert login.status_code == 302
    assert client.get("/accounts/profile/").status_code == 200


@pytest.mark.django_db
def test_the_invitation_is_written_in_the_persons_language(
    personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.invite_person(
            personas.commission,
            email="marie@example.org",
            full_name="Marie Dupont",
            language="fr",
            kind=Role.Kind.NCP_READER,
            country=country("FR"),
        )
    assert len(mailoutbox) == 1
    assert "/accounts/reset/" in mailoutbox[0].body


@pytest.mark.django_db
def test_no_mail_leaves_before_the_transaction_commits(
    personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.invite_person(
            personas.coordinator,
            email="later@example.org",
            full_name="Later",
            language="en",
            kind=Role.Kind.NCP_READER,
            country=country("SI"),
        )
    assert mailoutbox == []
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_an_existing_address_invites_nobody(
    client, personas, mailoutbox, immediate_tasks, django_capture_on_commit_callbacks
):
    client.force_login(personas.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, email="READER.si@example.org", kind="ncp_coordinator")
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert list(personas.reader.roles.values_list("kind", flat=True)) == ["ncp_reader"]
    assert mailoutbox == []
