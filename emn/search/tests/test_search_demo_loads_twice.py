"""The search demo writes its translated concepts and builds the index; run again, it
changes nothing."""

from io import StringIO
from typing import Any

import pytest

from emn.core.testing.factories import OrganisationFactory
from emn.search import demo
from emn.search.models import Document, TermTranslation


@pytest.mark.django_db
def test_the_demo_translates_and_indexes_idempotently(personas: Any) -> None:
    OrganisationFactory()
    out = StringIO()
    demo.load(personas.commission, out)
    rows = TermTranslation.objects.count()
    assert rows == 5 * len(demo.CONCEPTS)
    assert Document.objects.filter(source="network.organisation").count() == 1
    assert out.getvalue().startswith("Search: 9 translated concepts")
    demo.load(personas.commission, StringIO())
    assert TermTranslation.objects.count() == rows
    assert set(
        TermTranslation.objects.filter(concept="return decision").values_list("language", "term")
    ) >= {("sl", "odločba o vrnitvi"), ("lt", "sprendimas grąžinti")}
