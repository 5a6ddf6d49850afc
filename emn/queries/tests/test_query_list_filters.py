"""The list of queries: only what the reader may see, filtered and searched."""

import pytest

from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import draft_query, launched_query, theme


@pytest.fixture
def queries(personas):
    si_open = launched_query(personas.coordinator)
    fr_draft = draft_query(personas.other_country)
    AdHocQuery.objects.filter(pk=fr_draft.pk).update(title="French draft on visas")
    commission = launched_query(personas.commission)
    AdHocQuery.objects.filter(pk=commission.pk).update(
        title="Integration courses", theme=theme("integration"), keywords=["civic orientation"]
    )
    return si_open, fr_draft, commission


def _titles(client, **params):
    response = client.get("/queries/", params)
    assert response.status_code == 200
    return [query.title for query in response.context["page"]]


def test_it_lists_launched_queries_and_own_drafts_only(client, personas, queries):
    client.force_login(personas.reader)
    assert sorted(_titles(client)) == sorted(
        ["Labour market access for asylum applicants", "Integration courses"]
    )


def test_anonymous_sees_nothing_unpublished(client, queries):
    assert _titles(client) == []


def test_it_filters_by_theme_state_requester_and_country(client, personas, queries):
    client.force_login(personas.commission)
    assert _titles(client, theme="integration") == ["Integration courses"]
    assert _titles(client, state="draft") == ["French draft on visas"]
    assert _titles(client, requester="commission") == ["Integration courses"]
    assert _titles(client, country="fr") == ["French draft on visas"]
    assert len(_titles(client, requester="ncp")) == 2


def test_it_searches_titles_and_keywords_and_filters_by_year(client, personas, queries):
    client.force_login(personas.commission)
    assert _titles(client, search="civic") == ["Integration courses"]
    assert _titles(client, search="FRENCH draft") == ["French draft on visas"]
    assert len(_titles(client, search="labour MARKET")) == 2  # a title, and keywords
    year = queries[0].created_at.year
    assert len(_titles(client, year=year)) == 3
    assert _titles(client, year=year - 1) == []


def test_the_launch_button_shows_for_coordinators_and_the_commission(client, personas, queries):
    for persona, shown in [("reader", False), ("coordinator", True), ("commission", True)]:
        client.force_login(personas[persona])
        assert ("Launch a query" in client.get("/queries/").text) == shown


def test_it_paginates(client, personas):
    for _ in range(27):
        draft_query(personas.coordinator, with_questions=False)
    client.force_login(personas.coordinator)
    response = client.get("/queries/")
    assert len(response.context["page"]) == 25
    assert "Page 1 of 2" in response.text
