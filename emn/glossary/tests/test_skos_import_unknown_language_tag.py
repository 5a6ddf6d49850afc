"""Unknown language tags: "@english" (well-formed, not a language) and "@xx-yy-zzzzzzzzzz"
(not even well-formed, so strict parsing stops at its line and column)."""

from __future__ import annotations

from emn.glossary import records
from emn.glossary.models import Scheme
from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts, skos_file


def test_it_refuses_a_label_with_an_unknown_language(personas):
    before = row_counts()

    report = import_skos(personas.commission, skos_file("bad_language_tag.ttl"))

    assert report.refused
    [problem] = report.errors()
    assert problem.concept == "http://example.org/tags/return"
    assert problem.property == "skos:altLabel"
    assert problem.language == "english"
    assert "going back" in problem.message
    assert row_counts() == before


def test_it_leaves_the_label_out_in_repair_mode(personas):
    report = import_skos(personas.commission, skos_file("bad_language_tag.ttl"), mode="repair")

    assert report.stored
    scheme = Scheme.objects.get(uri="http://example.org/tags/scheme")
    [concept] = records.load(scheme, concept__uri="http://example.org/tags/return")
    assert [lb.value for lb in concept.labels] == ["return"]


def test_it_refuses_a_malformed_tag_with_its_line_and_column(personas):
    before = row_counts()

    report = import_skos(
        personas.commission, skos_file("overlong_language_tag.ttl"), filename="tags.ttl"
    )

    assert report.refused
    [problem] = report.errors()
    assert problem.concept == "tags.ttl"
    assert "line 8" in problem.message and "column" in problem.message
    assert row_counts() == before


def test_it_reads_a_malformed_tag_leniently_in_repair_mode(personas):
    report = import_skos(personas.commission, skos_file("overlong_language_tag.ttl"), mode="repair")

    assert report.stored and report.lenient
    assert any("leniently" in p.message for p in report.problems)
    tag = next(p for p in report.problems if p.language == "xx-yy-zzzzzzzzzz")
    assert tag.concept == "http://example.org/tags/return"
    assert tag.action
