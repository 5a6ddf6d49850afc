"""A broader cycle: refused with where it is, or (repair) the closing link left out."""

from __future__ import annotations

from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts, skos_file


def test_it_refuses_a_broader_cycle_and_stores_nothing(personas):
    before = row_counts()

    report = import_skos(personas.commission, skos_file("cycle.ttl"), filename="cycle.ttl")

    assert report.refused and not report.stored
    cycle = [p for p in report.errors() if "cycle" in p.message]
    assert len(cycle) == 1
    assert cycle[0].property == "skos:broader"
    assert cycle[0].concept.startswith("http://example.org/cycle/")
    assert row_counts() == before


def test_it_leaves_out_the_closing_link_in_repair_mode(personas):
    report = import_skos(
        personas.commission, skos_file("cycle.ttl"), filename="cycle.ttl", mode="repair"
    )

    assert report.stored
    cycle = next(p for p in report.problems if "cycle" in p.message)
    assert cycle.action == "link left out"
    stored = {
        r.uri: r.broader
        for r in records.load(Scheme.objects.get(uri="http://example.org/cycle/scheme"))
    }
    assert len(stored) == 4
    assert sum(len(b) for b in stored.values()) == 2
