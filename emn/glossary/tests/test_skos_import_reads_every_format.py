"""Turtle, N-Triples, RDF/XML and JSON-LD are recognised from their content, whatever the
file is called; the import writes one audit entry with the counts."""

from __future__ import annotations

from emn.core.models import AuditEntry
from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.skos import writing
from emn.glossary.tests.skos_sample import skos_file


def test_it_reads_rdf_xml(personas):
    report = import_skos(personas.commission, skos_file("concepts.rdf"), filename="upload.bin")

    assert report.stored and report.format == "RDF/XML"
    scheme = Scheme.objects.get(uri="http://example.org/xml/scheme")
    assert scheme.titles == {"en": "XML test"}
    found = {r.uri: r for r in records.load(scheme)}
    assert found["http://example.org/xml/return"].pref_labels() == {
        "en": "return",
        "lt": "grąžinimas",
    }
    assert found["http://example.org/xml/voluntary-return"].broader == [
        "http://example.org/xml/return"
    ]
    entry = AuditEntry.objects.get(action="import")
    assert entry.actor == personas.commission
    assert entry.after["concepts_created"] == 2


def test_it_reads_json_ld_and_n_triples(personas):
    parsed = import_skos(personas.commission, skos_file("concepts.rdf"), dry_run=True)
    assert parsed.concepts_created == 2
    from emn.glossary.skos import reading

    concepts = reading.read(skos_file("concepts.rdf")).concepts
    for fmt, label in (("jsonld", "JSON-LD"), ("nt", "N-Triples")):
        data = writing.to_bytes(
            writing.graph_triples("http://example.org/xml/scheme", {}, concepts), fmt
        )
        report = import_skos(personas.commission, data, filename=f"file.{fmt}", dry_run=True)
        assert report.format == label and not report.refused
        assert report.concepts_created == 2 and report.relations == 1


def test_it_reads_turtle_with_a_byte_order_mark(personas):
    data = b"\xef\xbb\xbf" + skos_file("two_preflabels.ttl")

    report = import_skos(personas.commission, data, filename="labels.ttl", mode="repair")

    assert report.stored and report.format == "Turtle"
