"""Labels without a language tag (simple tools write them): refused by default, kept under
BCP 47's "und" (undetermined) in repair mode, so no term of such a vocabulary is lost."""

from __future__ import annotations

from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts

UNTAGGED = b"""
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<http://example.org/plain/scheme> a skos:ConceptScheme .
<http://example.org/plain/asylum> a skos:Concept ;
    skos:inScheme <http://example.org/plain/scheme> ;
    skos:prefLabel "asylum" ; skos:altLabel "refuge" .
"""


def test_it_refuses_untagged_labels_and_says_where(personas):
    before = row_counts()

    report = import_skos(personas.commission, UNTAGGED, filename="plain.ttl")

    assert report.refused
    assert {(p.concept, p.property) for p in report.errors()} == {
        ("http://example.org/plain/asylum", "skos:prefLabel"),
        ("http://example.org/plain/asylum", "skos:altLabel"),
    }
    assert row_counts() == before


def test_repair_keeps_them_as_undetermined_language(personas):
    report = import_skos(personas.commission, UNTAGGED, filename="plain.ttl", mode="repair")

    assert report.stored
    assert all("und" in p.action for p in report.problems)
    scheme = Scheme.objects.get(uri="http://example.org/plain/scheme")
    [concept] = records.load(scheme)
    assert {(lb.kind, lb.language, lb.value) for lb in concept.labels} == {
        ("pref", "und", "asylum"),
        ("alt", "und", "refuge"),
    }
