"""Bad input through the drafting forms: a clear message next to the field, nothing stored."""

from emn.core.testing.factories import country
from emn.queries.models import AdHocQuery, Question
from emn.queries.tests.factories import draft_query, in_days, theme


def _query_data(**changes):
    return {
        "title": "Return of rejected applicants",
        "background": "Asked for the annual policy report.",
        "theme": theme("return").pk,
        "keywords": "",
        "deadline": in_days(14).isoformat(),
        "countries": [country("SI").pk, country("DE").pk],
        "dissemination": "emn",
        **changes,
    }


def test_it_rejects_a_deadline_in_the_past(client, personas):
    client.force_login(personas.coordinator)
    response = client.post("/queries/new/", _query_data(deadline=in_days(-1).isoformat()))
    assert response.status_code == 200
    assert "The deadline is in the past." in response.text
    assert "Nothing was saved" in response.text
    assert not AdHocQuery.objects.exists()


def test_it_rejects_a_deadline_too_far_away_for_an_ncp(client, personas):
    client.force_login(personas.coordinator)
    response = client.post("/queries/new/", _query_data(deadline=in_days(40).isoformat()))
    assert "The deadline can be at most 28 days away." in response.text
    assert not AdHocQuery.objects.exists()


def test_it_rejects_moving_a_draft_deadline_into_the_past(client, personas):
    query = draft_query(personas.coordinator)
    before = query.request.deadline
    client.force_login(personas.coordinator)
    data = _query_data(title="Changed", deadline=in_days(-3).isoformat())
    response = client.post(f"/queries/{query.pk}/edit/", data)
    assert "The deadline is in the past." in response.text
    query.refresh_from_db()
    assert (query.title, query.request.deadline) != ("Changed", in_days(-3))
    assert query.request.deadline == before


def test_it_refuses_to_launch_without_questions(client, personas):
    query = draft_query(personas.coordinator, with_questions=False)
    client.force_login(personas.coordinator)
    response = client.post(f"/queries/{query.pk}/launch/", follow=True)
    assert "Add at least one question before launching the query." in response.text
    query.refresh_from_db()
    assert query.state == "draft"
    assert query.reference is None
    assert not query.events.exists()


def test_it_rejects_a_single_choice_question_with_one_choice(client, personas):
    query = draft_query(personas.coordinator, with_questions=False)
    client.force_login(personas.coordinator)
    data = {"kind": "single", "text": "Which authority decides?", "choices": "The ministry"}
    response = client.post(f"/queries/{query.pk}/questions/new/", data)
    assert response.status_code == 200
    assert "Give at least two different choices." in response.text
    assert not Question.objects.filter(query=query).exists()


def test_it_rejects_a_table_without_columns(client, personas):
    query = draft_query(personas.coordinator, with_questions=False)
    client.force_login(personas.coordinator)
    data = {"kind": "table", "text": "Decisions by year", "table_rows": "2024\n2025"}
    response = client.post(f"/queries/{query.pk}/questions/new/", data)
    assert "A table needs rows and columns." in response.text
    assert not Question.objects.filter(query=query).exists()


def test_it_requires_a_title_and_at_least_one_country(client, personas):
    client.force_login(personas.coordinator)
    response = client.post("/queries/new/", _query_data(title="", countries=[]))
    assert response.status_code == 200
    assert response.text.count("This field is required.") >= 2
    assert not AdHocQuery.objects.exists()
