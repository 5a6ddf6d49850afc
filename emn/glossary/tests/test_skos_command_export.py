"""`manage.py export_skos --format ttl` writes Turtle that rdflib reads to standard output."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rdflib import RDF, Graph
from rdflib.namespace import SKOS

from emn.glossary.tests.skos_sample import sample_glossary


def test_it_writes_the_working_copy_as_turtle(db):
    _scheme, records = sample_glossary()
    out = StringIO()

    call_command("export_skos", "--edition", "working", "--format", "ttl", stdout=out)

    graph = Graph().parse(data=out.getvalue(), format="turtle")
    assert len(set(graph.subjects(RDF.type, SKOS.Concept))) == len(records)


def test_it_asks_for_the_working_copy_when_no_edition_is_published(db):
    sample_glossary()

    with pytest.raises(CommandError, match="--edition working"):
        call_command("export_skos", "--format", "rdf", stdout=StringIO())
