"""Whose people each member lists, and how the Commission narrows the list."""

import pytest

from emn.accounts.models import Role
from emn.core.testing.factories import RoleFactory, UserFactory, country


def listed(client, **params):
    response = client.get("/accounts/people/", params)
    assert response.status_code == 200
    return [person.email for person in response.context["page"]]


@pytest.mark.django_db
def test_a_coordinator_lists_the_people_of_their_ncp(client, personas):
    client.force_login(personas.coordinator)
    emails = listed(client)
    assert "contributor.si@example.org" in emails
    assert "partner.si@example.org" in emails
    assert "coordinator.fr@example.org" not in emails
    assert "commission@example.org" not in emails


@pytest.mark.django_db
def test_the_commission_lists_everyone_and_filters_by_country_and_role(client, personas):
    client.force_login(personas.commission)
    assert {"coordinator.fr@example.org", "reader.si@example.org"} <= set(listed(client))
    coordinators_in_si = listed(client, kind="ncp_coordinator", country=country("SI").pk)
    assert coordinators_in_si == ["coordinator.si@example.org"]


@pytest.mark.django_db
def test_role_and_country_must_match_on_the_same_role(client, personas):
    person = UserFactory(email="two.hats@example.org")
    RoleFactory(user=person, kind=Role.Kind.NCP_READER, country=country("SI"))
    RoleFactory(user=person, kind=Role.Kind.NCP_COORDINATOR, country=country("LT"))
    client.force_login(personas.commission)
    emails = listed(client, kind="ncp_coordinator", country=country("SI").pk)
    assert "two.hats@example.org" not in emails


@pytest.mark.django_db
def test_search_by_name_or_email(client, personas):
    UserFactory(email="ana.horvat@example.org", full_name="Ana Horvat")
    RoleFactory(user__full_name="Borut Pahor", user__email="bp@example.org", country=country("SI"))
    client.force_login(personas.commission)
    assert listed(client, q="horvat") == ["ana.horvat@example.org"]
    assert listed(client, q="Borut pah") == ["bp@example.org"]


@pytest.mark.django_db
def test_partners_and_deactivated_people(client, personas):
    client.force_login(personas.partner)
    assert client.get("/accounts/people/").status_code == 403
    personas.reader.is_active = False
    personas.reader.save()
    client.force_login(personas.coordinator)
    assert "reader.si@example.org" not in listed(client)
