"""What we export, we import again without loss: every field of every concept, every format."""

from __future__ import annotations

import pytest

from emn.glossary import records
from emn.glossary.models import Concept
from emn.glossary.services.skos_export import export_skos
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import comparable, sample_glossary


@pytest.mark.parametrize("fmt", ["ttl", "rdf", "jsonld", "nt"])
def test_it_round_trips_the_glossary_without_loss(personas, fmt):
    scheme, before = sample_glossary()
    data = export_skos(personas.commission, scheme, None, fmt)
    Concept.objects.filter(scheme=scheme).delete()

    report = import_skos(personas.commission, data, filename=f"glossary.{fmt}")

    assert report.stored, [str(p) for p in report.problems]
    assert report.errors() == []
    assert report.scheme_uri == scheme.uri
    assert report.concepts_created == len(before)
    after = records.load(scheme)
    assert comparable(after) == comparable(before)
