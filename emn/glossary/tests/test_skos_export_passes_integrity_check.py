"""The exported graph passes a SKOS integrity check written from the SKOS Reference."""

from __future__ import annotations

from rdflib import Graph

from emn.glossary.services.skos_export import export_skos
from emn.glossary.tests import skos_integrity
from emn.glossary.tests.skos_sample import sample_glossary, skos_file


def test_it_exports_a_graph_without_integrity_violations(personas):
    scheme, _records = sample_glossary()
    graph = Graph().parse(
        data=export_skos(personas.commission, scheme, None, "ttl"), format="turtle"
    )

    assert skos_integrity.violations(graph) == []


def test_the_check_finds_what_the_reference_forbids():
    """The checker itself: a cycle and two prefLabels in one language are found."""
    cycle = Graph().parse(data=skos_file("cycle.ttl"), format="turtle")
    labels = Graph().parse(data=skos_file("two_preflabels.ttl"), format="turtle")

    assert any(v.startswith("cycle:") for v in skos_integrity.violations(cycle))
    assert any(v.startswith("S14:") for v in skos_integrity.violations(labels))
