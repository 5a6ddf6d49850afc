"""SKOS-XL labels become plain labels; a narrower-only link becomes the other concept's
broader; links to concepts outside the file are left out and reported, not refused."""

from __future__ import annotations

from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import skos_file


def test_it_reads_skosxl_labels_and_narrower_links(personas):
    report = import_skos(
        personas.commission, skos_file("skosxl_and_narrower.ttl"), filename="xl.ttl"
    )

    assert report.stored and report.errors() == []
    # No scheme in the file: one is minted from the file name, and that is reported.
    assert report.scheme_uri == "urn:emn:scheme:xl"
    assert any(p.property == "skos:ConceptScheme" for p in report.problems)
    outside = {
        (p.property, p.message.split()[0]) for p in report.problems if p.action == "link left out"
    }
    assert outside == {
        ("skos:narrower", "http://elsewhere.example.org/forced-return"),
        ("skos:related", "http://elsewhere.example.org/readmission"),
    }
    found = {r.uri: r for r in records.load(Scheme.objects.get(uri="urn:emn:scheme:xl"))}
    ret = found["http://example.org/xl/return"]
    assert ret.pref_labels() == {"de": "Rückkehr", "de-AT": "Rückführung", "en": "return"}
    assert ("alt", "de", "Heimkehr") in {(lb.kind, lb.tag, lb.value) for lb in ret.labels}
    assert found["http://example.org/xl/voluntary-return"].broader == [ret.uri]
