"""Content keyworded with a concept is found by the concept's terms in every language, once
an edition publishes them; the edition's follow-up task reindexes what is keyworded."""

import pytest

from emn.glossary import services
from emn.glossary.records import LabelData
from emn.glossary.services._common import working_record
from emn.glossary.tests.glossary_support import approved
from emn.library.tests.library_support import publication
from emn.queries import services as queries
from emn.queries.tests.factories import draft_query
from emn.search import engine
from emn.search.results import SearchParams

pytestmark = pytest.mark.django_db(transaction=True)
TITLE = "Annual figures of the migration office"


def found(user, q, language):
    """Titles of what the search finds, the concepts themselves left aside."""
    results = engine.search(user, SearchParams(q=q, page_size=50), language)
    return {hit.title for hit in results.hits if hit.source != "glossary.concept"}


@pytest.fixture
def decision(personas, immediate_tasks):
    editor, commission = personas.glossary_editor, personas.commission
    made = approved(editor, commission, en="return decision", sl="odločba o vrnitvi")
    services.publish_edition(commission, services.default_scheme())
    return made


def test_a_public_reader_finds_a_keyworded_publication_by_a_slovenian_term(personas, decision):
    anonymous = personas.anonymous
    publication(personas.commission, title=TITLE, summary="Tables.", concepts=[decision])
    publication(personas.commission, title="Unrelated statistics", summary="Tables.")
    assert found(anonymous, "odločbe o vrnitvi", "sl") == {TITLE}  # an inflected form
    assert found(anonymous, "return decision", "en") == {TITLE}


def test_a_term_added_in_a_later_edition_finds_what_was_keyworded_before(personas, decision):
    editor, commission = personas.glossary_editor, personas.commission
    publication(commission, title=TITLE, summary="Tables.", concepts=[decision])
    assert found(personas.anonymous, "sprendimas grąžinti", "lt") == set()
    record = working_record(decision)
    record.labels.append(LabelData("pref", "lt", "sprendimas grąžinti"))
    services.save_concept(editor, services.default_scheme(), record, concept=decision)
    services.approve(commission, decision)
    assert found(personas.anonymous, "sprendimas grąžinti", "lt") == set()  # not yet published
    services.publish_edition(commission, services.default_scheme())
    assert found(personas.anonymous, "sprendimą grąžinti", "lt") == {TITLE}


def test_a_keyworded_query_is_found_by_members_in_another_language(personas, decision):
    query = draft_query(personas.coordinator, dissemination="emn")
    queries.update_query(personas.coordinator, query, concepts=[decision])
    queries.launch_query(personas.coordinator, query)
    assert any(query.title in title for title in found(personas.reader, "odločba o vrnitvi", "sl"))
    assert found(personas.anonymous, "odločba o vrnitvi", "sl") == set()
