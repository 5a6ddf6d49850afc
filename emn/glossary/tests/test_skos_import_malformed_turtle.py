"""Malformed Turtle: one error with line and column; the whole file refused in either mode."""

from __future__ import annotations

import pytest

from emn.glossary.services.skos_import import import_skos
from emn.glossary.tests.skos_sample import row_counts, skos_file


@pytest.mark.parametrize("mode", ["refuse", "repair"])
def test_it_refuses_malformed_turtle_with_line_and_column(personas, mode):
    before = row_counts()

    report = import_skos(
        personas.commission, skos_file("malformed.ttl"), filename="malformed.ttl", mode=mode
    )

    assert report.refused and not report.stored
    [problem] = report.errors()
    assert problem.concept == "malformed.ttl"
    assert "Turtle" in problem.message
    assert "line 9" in problem.message and "column" in problem.message
    assert problem.action == "file refused"
    assert row_counts() == before


def test_it_names_the_formats_it_tried_on_an_unknown_format(personas):
    report = import_skos(personas.commission, b"id;term\n1;return\n", filename="terms.csv")

    assert report.refused
    [problem] = report.errors()
    assert "could not be read as Turtle" in problem.message
