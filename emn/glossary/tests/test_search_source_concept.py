"""Search finds the concepts of published editions, in any language and inflection; drafts never.

Publishing an edition also fills the cross-lingual term table, so a query in one language
finds documents written in another.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from emn.glossary import services
from emn.glossary.search import KIND
from emn.glossary.tests.glossary_support import approved, concept
from emn.search import engine
from emn.search.models import Document, TermTranslation
from emn.search.results import SearchParams

EVERYONE = ("anonymous", "reader", "coordinator", "partner", "glossary_editor", "commission")


def found(user, q, language="en"):
    params = SearchParams(q=q, filters={"kind": (KIND,)}, page_size=50)
    results = engine.search(user or AnonymousUser(), params, language)
    return {hit.object_id for hit in results.hits}


@pytest.fixture
def glossary(personas, immediate_tasks):
    editor, commission = personas.glossary_editor, personas.commission
    ret = approved(
        editor, commission, en="return decision", sl="odločba o vrnitvi", lt="sprendimas grąžinti"
    )
    services.publish_edition(commission, services.default_scheme())
    pending = approved(editor, commission, en="removal order", sl="odredba o odstranitvi")
    draft = concept(editor, en="entry ban", sl="prepoved vstopa")
    return ret, pending, draft


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("persona", EVERYONE)
def test_everyone_finds_the_published_concept_and_no_one_the_others(personas, glossary, persona):
    ret, _pending, _draft = glossary
    user = personas[persona]
    assert found(user, "decision") == {ret.pk}
    assert found(user, "odstranitvi") == set()
    assert found(user, "vstopa") == set()
    assert set(
        Document.objects.filter(source="glossary.concept").values_list("object_id", flat=True)
    ) == {ret.pk}


@pytest.mark.django_db(transaction=True)
def test_an_inflected_form_in_another_language_finds_the_concept(personas, glossary):
    ret, _pending, _draft = glossary
    assert found(personas.anonymous, "odločbe o vrnitvi", "sl") == {ret.pk}  # genitive
    assert found(personas.anonymous, "sprendimą grąžinti", "lt") == {ret.pk}  # accusative


@pytest.mark.django_db(transaction=True)
def test_publishing_fills_the_term_table_with_published_terms_only(personas, glossary):
    ret, pending, _draft = glossary
    terms = set(TermTranslation.objects.values_list("concept", "language", "term"))
    assert (ret.uri, "sl", "odločba o vrnitvi") in terms
    assert (ret.uri, "lt", "sprendimas grąžinti") in terms
    assert not any(concept_uri == pending.uri for concept_uri, _l, _t in terms)
