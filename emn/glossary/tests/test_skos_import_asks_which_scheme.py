"""A file with several concept schemes: refused with the list unless one is chosen."""

from __future__ import annotations

from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts, skos_file


def test_it_lists_the_schemes_when_none_is_chosen(personas):
    before = row_counts()

    report = import_skos(personas.commission, skos_file("several_schemes.ttl"))

    assert report.refused
    [problem] = report.errors()
    assert "http://example.org/several/first" in problem.message
    assert "http://example.org/several/second" in problem.message
    assert row_counts() == before


def test_it_imports_the_concepts_of_the_chosen_scheme(personas):
    first = "http://example.org/several/first"

    report = import_skos(personas.commission, skos_file("several_schemes.ttl"), scheme_uri=first)

    assert report.stored
    uris = {r.uri for r in records.load(Scheme.objects.get(uri=first))}
    assert uris == {"http://example.org/several/return", "http://example.org/several/asylum"}
