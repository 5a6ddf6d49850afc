"""The export page downloads the selected set as SKOS under a name that says which edition."""

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fmt", "parser"), [("ttl", "turtle"), ("rdf", "xml"), ("jsonld", "json-ld")]
)
def test_the_public_downloads_the_latest_edition(personas, client, fmt, parser):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/export/?format={fmt}")
    assert response.status_code == 200
    assert f'filename="emn-glossary-edition-1.{fmt}"' in response["Content-Disposition"]
    graph = Graph().parse(data=response.content, format=parser)
    concepts = set(graph.subjects(SKOS.inScheme, None))
    assert URIRef(glossary.returning.uri) in concepts
    assert URIRef(glossary.draft.uri) not in concepts


def test_the_working_copy_is_named_as_such(personas, client):
    make_glossary(personas)
    client.force_login(personas.glossary_editor)
    response = client.get("/glossary/export/?edition=working&format=ttl")
    assert 'filename="emn-glossary-working-copy.ttl"' in response["Content-Disposition"]


def test_an_unknown_format_or_edition_is_not_found(personas, client):
    make_glossary(personas)
    assert client.get("/glossary/export/?format=docx").status_code == 404
    assert client.get("/glossary/export/?edition=7").status_code == 404


def test_nothing_published_is_not_found(personas, client):
    assert client.get("/glossary/export/").status_code == 404
