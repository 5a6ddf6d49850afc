"""Bad role grants are a 400 naming the field, and nothing is stored or audited."""

from __future__ import annotations

import pytest

from emn.accounts.models import Role
from emn.api.tests.matrix import state
from emn.core.testing.factories import ExpertGroupFactory, UserFactory


@pytest.fixture
def commission(client, personas):
    client.force_login(personas.commission)
    return client


@pytest.fixture
def person(db):
    return UserFactory(email="person@example.org")


def refused(client, data) -> dict:
    before = state(Role)
    response = client.post("/api/v1/roles/", data, content_type="application/json")
    assert response.status_code == 400, response.content
    assert state(Role) == before
    return response.json()


def test_an_unknown_country_code_names_the_field_and_the_code(commission, person):
    errors = refused(commission, {"user": person.pk, "kind": "ncp_reader", "country": "XQ"})
    assert "XQ" in errors["country"][0]


def test_a_missing_kind_is_named(commission, person):
    assert "kind" in refused(commission, {"user": person.pk, "country": "SI"})


def test_a_missing_user_is_named(commission):
    assert "user" in refused(commission, {"kind": "ncp_reader", "country": "SI"})


def test_an_unknown_user_is_named(commission):
    assert "user" in refused(commission, {"user": 999999, "kind": "ncp_reader", "country": "SI"})


def test_a_country_role_without_a_country_names_the_country(commission, person):
    assert "country" in refused(commission, {"user": person.pk, "kind": "ncp_reader"})


def test_a_network_role_with_a_country_names_the_country(commission, person):
    assert "country" in refused(
        commission, {"user": person.pk, "kind": "commission", "country": "SI"}
    )


def test_expert_group_membership_needs_a_group(commission, person):
    assert "expert_group" in refused(commission, {"user": person.pk, "kind": "expert_group"})


def test_a_role_held_already_is_refused(commission, person):
    data = {"user": person.pk, "kind": "ncp_reader", "country": "SI"}
    assert (
        commission.post("/api/v1/roles/", data, content_type="application/json").status_code == 201
    )
    assert "kind" in refused(commission, data)


def test_expert_group_membership_is_granted_with_the_group(commission, person):
    group = ExpertGroupFactory()
    response = commission.post(
        "/api/v1/roles/",
        {"user": person.pk, "kind": "expert_group", "expert_group": group.pk},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["expert_group"] == group.pk
