"""A country's response through the API: who reads it, who submits, conflicts, bad answers."""

from __future__ import annotations

import pytest
from django.test import Client

from emn.accounts.models import Role
from emn.contributions.models import Contribution
from emn.core.models import AuditEntry
from emn.core.testing.factories import RoleFactory, UserFactory, country
from emn.queries import services
from emn.queries.models import Answer
from emn.queries.tests.factories import launched_query, questions, response_of


@pytest.fixture
def query(personas):
    """France asks; Slovenia's contributor has saved a draft (version 1)."""
    query = launched_query(personas.other_country)
    services.save_answers(
        personas.contributor,
        response_of(query, "SI"),
        {questions(query)[0].pk: "First draft"},
        expected_version=0,
    )
    return query


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_it_hides_a_draft_response_from_another_country(query, personas):
    contributor_fr = UserFactory(email="contributor.fr@example.org")
    RoleFactory(user=contributor_fr, kind=Role.Kind.NCP_CONTRIBUTOR, country=country("FR"))
    for user in (personas.other_country, contributor_fr):
        client = _client(user)
        assert client.get(f"/api/v1/queries/{query.pk}/responses/SI/").status_code == 404
        put = client.put(
            f"/api/v1/queries/{query.pk}/responses/SI/",
            {"version": 1, "answers": {}},
            content_type="application/json",
        )
        assert put.status_code == 404


def test_a_reader_cannot_submit(query, personas):
    response = _client(personas.reader).post(f"/api/v1/queries/{query.pk}/responses/SI/submit/")
    assert response.status_code == 403
    assert response_of(query, "SI").state == Contribution.State.DRAFTING


def test_a_stale_version_answers_409_and_writes_nothing(query, personas):
    text = questions(query)[0]
    audit_before = AuditEntry.objects.count()
    response = _client(personas.coordinator).put(
        f"/api/v1/queries/{query.pk}/responses/SI/",
        {"version": 0, "answers": {str(text.pk): "My version"}},
        content_type="application/json",
    )
    assert response.status_code == 409
    body = response.json()
    assert body["version"] == 1
    assert body["answers"][str(text.pk)]["value"] == "First draft"
    assert Answer.objects.get().value == "First draft"
    assert response_of(query, "SI").version == 1
    assert AuditEntry.objects.count() == audit_before


def test_an_answer_of_the_wrong_type_names_the_question(query, personas):
    _text, yes_no, number = questions(query)
    response = _client(personas.contributor).put(
        f"/api/v1/queries/{query.pk}/responses/SI/",
        {"version": 1, "answers": {str(yes_no.pk): "maybe", str(number.pk): 3}},
        content_type="application/json",
    )
    assert response.status_code == 400
    messages = response.json()["answers"]
    assert any("Question 2" in m for m in messages)
    assert Answer.objects.count() == 1
    assert response_of(query, "SI").version == 1


def test_the_coordinator_submits_after_saving(query, personas):
    client = _client(personas.coordinator)
    yes_no = questions(query)[1]
    saved = client.put(
        f"/api/v1/queries/{query.pk}/responses/si/",
        {"version": 1, "answers": {str(yes_no.pk): {"answer": False, "comment": "Never"}}},
        content_type="application/json",
    )
    assert saved.status_code == 200 and saved.json()["version"] == 2
    submitted = client.post(f"/api/v1/queries/{query.pk}/responses/si/submit/")
    assert submitted.status_code == 200
    assert submitted.json()["state"] == "submitted"
