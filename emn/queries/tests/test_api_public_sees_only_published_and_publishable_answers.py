"""The public reads only published public compilations, and only answers allowed in public."""

from __future__ import annotations

import pytest
from django.test import Client

from emn.accounts.models import Role
from emn.core.testing.factories import RoleFactory, UserFactory, country
from emn.queries import services
from emn.queries.tests.factories import launched_query, questions, response_of


@pytest.fixture
def published(personas):
    """France asks; Slovenia's answer may be public, Germany's may not."""
    de = UserFactory(email="coordinator.de@example.org")
    RoleFactory(user=de, kind=Role.Kind.NCP_COORDINATOR, country=country("DE"))
    query = launched_query(personas.other_country, dissemination="public")
    text, yes_no, _number = questions(query)
    for user, code, words, publishable in (
        (personas.coordinator, "SI", "Slovenian practice", True),
        (de, "DE", "German practice", False),
    ):
        response = response_of(query, code)
        services.save_answers(
            user,
            response,
            {text.pk: words, yes_no.pk: True},
            expected_version=0,
            publishable=publishable,
        )
        services.submit_response(user, response)
    services.close_query(personas.other_country, query)
    services.compile_query(personas.other_country, query, "Intro", "Findings")
    services.publish_query(personas.other_country, query)
    unpublished = launched_query(personas.other_country, dissemination="public")
    return query, unpublished


def test_the_list_and_detail_show_only_the_published_query(published):
    query, unpublished = published
    client = Client()
    listed = client.get("/api/v1/queries/").json()
    assert [q["id"] for q in listed["results"]] == [query.pk]
    assert client.get(f"/api/v1/queries/{query.pk}/").status_code == 200
    assert client.get(f"/api/v1/queries/{unpublished.pk}/").status_code == 404
    assert client.get(f"/api/v1/queries/{unpublished.pk}/compilation/").status_code == 404
    assert client.get(f"/api/v1/queries/{unpublished.pk}/compilation.csv").status_code == 404


def test_the_compilation_leaves_out_answers_not_allowed_in_public(published):
    query, _ = published
    body = Client().get(f"/api/v1/queries/{query.pk}/compilation/").json()
    assert body["public"] is True
    assert [r["country"]["code"] for r in body["rows"]] == ["SI"]
    assert [c["code"] for c in body["withheld"]] == ["DE"]
    assert "German practice" not in str(body)


def test_the_csv_leaves_out_answers_not_allowed_in_public(published):
    query, _ = published
    csv = Client().get(f"/api/v1/queries/{query.pk}/compilation.csv").content.decode()
    assert "Slovenian practice" in csv
    assert "German practice" not in csv
    assert "DE" in csv and "not shown" in csv


def test_members_choose_the_public_version_with_a_parameter(published, personas):
    query, _ = published
    client = Client()
    client.force_login(personas.reader)
    network = client.get(f"/api/v1/queries/{query.pk}/compilation/").json()
    assert {r["country"]["code"] for r in network["rows"]} == {"SI", "DE"}
    public = client.get(f"/api/v1/queries/{query.pk}/compilation/?public=1").json()
    assert [r["country"]["code"] for r in public["rows"]] == ["SI"]
