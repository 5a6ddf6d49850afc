"""A concept's page lists what is keyworded with it, and only what the reader may see."""

import pytest

from emn.glossary import services
from emn.glossary.tests.glossary_support import approved
from emn.glossary.usage import keyworded
from emn.library.tests.library_support import publication
from emn.queries import services as queries
from emn.queries.tests.factories import draft_query

pytestmark = pytest.mark.django_db


@pytest.fixture
def decision(personas):
    made = approved(personas.glossary_editor, personas.commission, en="return decision")
    services.publish_edition(personas.commission, services.default_scheme())
    return made


def test_an_emn_publication_is_listed_for_members_only(personas, decision):
    public = publication(personas.commission, title="Public report", concepts=[decision])
    network = publication(
        personas.commission, title="Network paper", dissemination="emn", concepts=[decision]
    )
    publication(personas.commission, title="Not keyworded")
    assert list(keyworded(personas.anonymous, decision).publications) == [public]
    assert set(keyworded(personas.reader, decision).publications) == {public, network}


def test_a_draft_query_is_listed_for_its_asker_only(personas, decision):
    query = draft_query(personas.coordinator, with_questions=False)
    queries.update_query(personas.coordinator, query, concepts=[decision])
    assert list(keyworded(personas.coordinator, decision).queries) == [query]
    assert list(keyworded(personas.commission, decision).queries) == [query]
    assert not keyworded(personas.other_country, decision).queries.exists()
    assert not keyworded(personas.anonymous, decision).queries.exists()
