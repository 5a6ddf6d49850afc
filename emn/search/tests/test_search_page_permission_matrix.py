"""The search page shows each persona only what they may read: results, the total, the
facet counts and the snippets never reveal `emn` material to the public or a draft answer
to another country."""

import re
from typing import Any

import pytest
from django.test import Client

from emn.core.testing.personas import PERSONAS
from emn.search.tests.indexing_support import WORDS, build_world

# Which made-up words each persona may find (each is in exactly one object).
MEMBERS_ONLY = {
    "open_query",
    "de_submitted",
    "at_withheld",
    "org_emn",
    "researcher_emn",
}
PUBLIC = {"public_query", "be_public", "org_public", "researcher_public"}
VISIBLE: dict[str, set[str]] = {
    "anonymous": PUBLIC,
    "other_country": PUBLIC | MEMBERS_ONLY | {"draft_fr", "fr_draft_answer"},
    "reader": PUBLIC | MEMBERS_ONLY | {"draft_si", "si_draft_answer"},
    "contributor": PUBLIC | MEMBERS_ONLY | {"draft_si", "si_draft_answer"},
    "coordinator": PUBLIC | MEMBERS_ONLY | {"draft_si", "si_draft_answer"},
    "commission": set(WORDS),
}


def _page(client: Client, **params: Any) -> str:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


# Answers carry their query's title, so a query's word also finds its answers.
ALSO_IN = {
    "open_query": {"si_draft_answer", "fr_draft_answer", "de_submitted"},
    "public_query": {"at_withheld", "be_public"},
}


def total(html: str) -> int:
    match = re.search(r'<h2 id="hits-heading" class="hits-count">\s*(\d+) result', html)
    assert match, "no result count on the page"
    return int(match.group(1))


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_each_word_is_found_only_by_its_readers(
    personas: Any, client: Client, persona: str
) -> None:
    build_world(personas)
    if persona != "anonymous":
        client.force_login(personas[persona])
    for name, word in WORDS.items():
        html = _page(client, q=word)
        holders = {name} | ALSO_IN.get(name, set())
        assert total(html) == len(holders & VISIBLE[persona]), f"{persona} searching {name}"
        results = html.split('class="search-layout')[1]
        if not holders & VISIBLE[persona]:
            assert word not in results, f"{persona} sees the word of {name}"
        else:
            assert f"<mark>{word}</mark>" in results


@pytest.mark.django_db
def test_totals_and_facets_count_only_what_the_public_may_see(
    personas: Any, client: Client
) -> None:
    build_world(personas)
    html = _page(client)
    # Public: the published query, Belgium's answer, one organisation, one researcher.
    assert "4 items you may search" in html
    assert "Restricted to EMN members" not in html
    assert "Dissemination level" not in html
    client.force_login(personas.reader)
    html = _page(client)
    assert "Restricted to EMN members" in html


@pytest.mark.django_db
def test_another_countrys_draft_answer_is_not_counted(personas: Any, client: Client) -> None:
    build_world(personas)
    client.force_login(personas.other_country)
    html = _page(client, q="procedure", kind="query.response")
    assert WORDS["si_draft_answer"] not in html
    assert WORDS["fr_draft_answer"] in html
    client.force_login(personas.reader)
    html = _page(client, q="procedure", kind="query.response")
    assert WORDS["fr_draft_answer"] not in html
    assert WORDS["si_draft_answer"] in html
