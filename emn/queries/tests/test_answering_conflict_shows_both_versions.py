"""Two contributors of one NCP save the same version through the page: no lost work."""

from __future__ import annotations

from typing import Any

from django.test import Client

from emn.accounts.models import Role
from emn.core.testing.factories import RoleFactory, UserFactory, country
from emn.queries.models import Answer
from emn.queries.tests.answering_support import FORM, answer_form, asked_query, si, url
from emn.queries.tests.factories import questions


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_it_shows_both_versions_and_stores_nothing_of_the_second(personas: Any) -> None:
    query = asked_query(personas)
    second = UserFactory(email="second.si@example.org")
    RoleFactory(user=second, kind=Role.Kind.NCP_CONTRIBUTOR, country=country("SI"))
    first_client, second_client = _client(personas.contributor), _client(second)
    assert first_client.get(url("response_edit", query)).status_code == 200
    assert second_client.get(url("response_edit", query)).status_code == 200

    saved = first_client.post(url("response_edit", query), answer_form(query, 0, "6"), FORM)
    assert saved.status_code == 302
    stale = second_client.post(url("response_edit", query), answer_form(query, 0, "12"), FORM)

    assert stale.status_code == 409
    conflict = stale.context["conflict"]
    number = questions(query)[2]
    row = next(r for r in conflict if r[0] == number)
    assert row[1] == "6 months" and row[2] == "12 months"
    assert stale.context["version"] == 1
    assert "Keep my version" in stale.content.decode()
    stored = Answer.objects.get(contribution=si(query), question=number)
    assert stored.value == {"value": 6, "unit": "months"}


def test_keeping_mine_saves_on_the_newer_version(personas: Any) -> None:
    query = asked_query(personas)
    client = _client(personas.contributor)
    client.post(url("response_edit", query), answer_form(query, 0, "6"), FORM)
    stale = client.post(url("response_edit", query), answer_form(query, 0, "12"), FORM)
    kept = client.post(
        url("response_edit", query), answer_form(query, stale.context["version"], "12"), FORM
    )
    assert kept.status_code == 302
    number = questions(query)[2]
    assert Answer.objects.get(contribution=si(query), question=number).value["value"] == 12


def test_autosave_reports_a_conflict_and_returns_the_new_version(personas: Any) -> None:
    query = asked_query(personas)
    client = _client(personas.contributor)
    saved = client.post(url("response_autosave", query), answer_form(query, 0), FORM)
    body = saved.content.decode()
    assert "Saved at" in body and 'value="1"' in body and "hx-swap-oob" in body
    stale = client.post(url("response_autosave", query), answer_form(query, 0, "7"), FORM)
    assert "someone else saved" in stale.content.decode()
    assert si(query).version == 1
