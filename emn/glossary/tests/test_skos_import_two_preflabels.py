"""Two prefLabels in one language: refused with concept, property and language, or (repair)
the first kept and the second reported."""

from __future__ import annotations

from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts, skos_file


def test_it_refuses_two_preflabels_in_one_language(personas):
    before = row_counts()

    report = import_skos(personas.commission, skos_file("two_preflabels.ttl"))

    assert report.refused
    [problem] = report.errors()
    assert problem.concept == "http://example.org/labels/return"
    assert problem.property == "skos:prefLabel"
    assert problem.language == "en"
    assert "returning" in problem.message
    assert row_counts() == before


def test_it_keeps_the_first_label_in_repair_mode(personas):
    report = import_skos(personas.commission, skos_file("two_preflabels.ttl"), mode="repair")

    assert report.stored
    [problem] = report.errors()
    assert '"return"' in problem.action and "returning" in problem.action
    scheme = Scheme.objects.get(uri="http://example.org/labels/scheme")
    [concept] = records.load(scheme, concept__uri="http://example.org/labels/return")
    assert concept.pref_labels() == {"en": "return", "fr": "retour"}
    assert ("alt", "en", "returning") in {(lb.kind, lb.tag, lb.value) for lb in concept.labels}
