"""A query's whole life through the API, and the list's filters."""

from __future__ import annotations

from django.test import Client

from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import draft_query, launched_query, theme


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_query_goes_from_draft_to_published(personas):
    asker, si = _client(personas.other_country), _client(personas.coordinator)
    created = asker.post(
        "/api/v1/queries/",
        {
            "title": "Return counselling",
            "background": "For a bill.",
            "theme": "return",
            "countries": ["SI"],
            "dissemination": "public",
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    question = asker.post(
        f"/api/v1/queries/{pk}/questions/",
        {"kind": "number", "text": "How many counsellors?", "unit": "people", "required": True},
        content_type="application/json",
    ).json()
    assert asker.post(f"/api/v1/queries/{pk}/launch/").json()["state"] == "open"
    saved = si.put(
        f"/api/v1/queries/{pk}/responses/SI/",
        {"version": 0, "answers": {str(question["id"]): "12"}},
        content_type="application/json",
    )
    assert saved.json()["answers"][str(question["id"])]["value"] == {"value": 12, "unit": "people"}
    assert si.post(f"/api/v1/queries/{pk}/responses/SI/submit/").status_code == 200
    assert asker.post(f"/api/v1/queries/{pk}/close/").json()["state"] == "closed"
    compiled = asker.post(
        f"/api/v1/queries/{pk}/compile/",
        {"findings": "Few counsellors."},
        content_type="application/json",
    )
    assert compiled.status_code == 201 and compiled.json()["version"] == 1
    assert asker.post(f"/api/v1/queries/{pk}/publish/").json()["state"] == "published"
    matrix = Client().get(f"/api/v1/queries/{pk}/compilation/").json()
    assert matrix["summaries"][str(question["id"])]["max"] == 12


def test_it_refuses_a_deadline_in_the_past_naming_the_field(personas):
    response = _client(personas.coordinator).post(
        "/api/v1/queries/",
        {"title": "T", "background": "B", "theme": "asylum", "deadline": "2000-01-01"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "deadline" in response.json()
    assert not AdHocQuery.objects.exists()


def test_it_refuses_launching_without_questions(personas):
    query = draft_query(personas.coordinator, with_questions=False)
    response = _client(personas.coordinator).post(f"/api/v1/queries/{query.pk}/launch/")
    assert response.status_code == 400
    query.refresh_from_db()
    assert query.state == "draft"


def test_the_list_filters_by_theme_state_country_year_and_search(personas):
    fr = launched_query(personas.other_country)
    si = draft_query(personas.coordinator)
    si.title, si.theme = "Statelessness determination", theme("statelessness")
    si.save()
    client = _client(personas.commission)

    def ids(query: str) -> set[int]:
        return {q["id"] for q in client.get(f"/api/v1/queries/?{query}").json()["results"]}

    assert ids("theme=statelessness") == {si.pk}
    assert ids("state=open") == {fr.pk}
    assert ids("country=fr") == {fr.pk}
    assert ids(f"year={fr.created_at.year}") == {fr.pk, si.pk}
    assert ids("year=1999") == set()
    assert ids("search=stateless") == {si.pk}
    assert client.get("/api/v1/queries/?theme=nonsense").status_code == 400
