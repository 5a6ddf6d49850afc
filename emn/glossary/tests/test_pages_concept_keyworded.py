"""A concept's page lists the publications and ad-hoc queries keyworded with it that the
reader may see, with links to their pages."""

import pytest

from emn.glossary.tests.pages_support import make_glossary
from emn.library.tests.library_support import publication

pytestmark = pytest.mark.django_db


def test_keyworded_publications_are_listed_for_those_who_may_see_them(personas, client):
    glossary = make_glossary(personas)
    public = publication(
        personas.commission, title="Return in practice", concepts=[glossary.returning]
    )
    network = publication(
        personas.commission,
        title="Members-only return study",
        dissemination="emn",
        concepts=[glossary.returning],
    )
    url = f"/glossary/concept/{glossary.returning.key}"
    body = client.get(url).content.decode()
    assert f'href="/library/{public.pk}/">Return in practice</a>' in body
    assert "Members-only return study" not in body
    client.force_login(personas.reader)
    body = client.get(url).content.decode()
    assert f'href="/library/{network.pk}/">Members-only return study</a>' in body


def test_a_keyworded_query_links_to_its_page(personas, client):
    from emn.queries import services as queries
    from emn.queries.tests.factories import draft_query

    glossary = make_glossary(personas)
    query = draft_query(personas.coordinator, with_questions=False)
    queries.update_query(personas.coordinator, query, concepts=[glossary.returning])
    client.force_login(personas.coordinator)
    body = client.get(f"/glossary/concept/{glossary.returning.key}").content.decode()
    assert f'href="/queries/{query.pk}/"' in body
    client.force_login(personas.other_country)
    body = client.get(f"/glossary/concept/{glossary.returning.key}").content.decode()
    assert f'href="/queries/{query.pk}/"' not in body
