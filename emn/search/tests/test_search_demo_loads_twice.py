"""The search demo builds the index from every source; run again, it changes nothing."""

from io import StringIO
from typing import Any

import pytest

from emn.core.testing.factories import OrganisationFactory
from emn.search import demo
from emn.search.models import Document, TermTranslation
from emn.search.translations import replace_concept


@pytest.mark.django_db
def test_the_demo_indexes_idempotently_and_drops_hand_written_translations(
    personas: Any,
) -> None:
    OrganisationFactory()
    replace_concept("return", [("en", "return"), ("sl", "vračanje")], origin=demo.ORIGIN)
    replace_concept("glossary:return", [("en", "return"), ("fr", "retour")])
    out = StringIO()
    demo.load(personas.commission, out)
    assert Document.objects.filter(source="network.organisation").count() == 1
    assert out.getvalue().startswith("Search: 1 translated concepts")
    assert set(TermTranslation.objects.values_list("concept", flat=True)) == {"glossary:return"}
    documents = Document.objects.count()
    demo.load(personas.commission, StringIO())
    assert Document.objects.count() == documents
