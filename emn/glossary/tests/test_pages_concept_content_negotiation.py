"""The concept's URI dereferences: HTML by default, its SKOS for RDF clients (Accept header
or ?format=), with Vary: Accept; a draft is a 404 in every format for the public."""

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from emn.glossary.tests.pages_support import make_glossary

pytestmark = pytest.mark.django_db

TYPES = {
    "text/turtle": "turtle",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
}


@pytest.mark.parametrize("media", TYPES)
def test_an_rdf_client_gets_the_concept_as_skos(personas, client, media):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/concept/{glossary.returning.key}", HTTP_ACCEPT=media)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(media)
    assert "Accept" in response["Vary"]
    graph = Graph().parse(data=response.content, format=TYPES[media])
    uri = URIRef(glossary.returning.uri)
    labels = {str(o) for o in graph.objects(uri, SKOS.prefLabel)}
    assert {"return", "vračanje", "Rückführung"} <= labels
    assert (uri, SKOS.broader, URIRef(glossary.migration.uri)) in graph
    assert (uri, SKOS.narrower, URIRef(glossary.voluntary.uri)) in graph


@pytest.mark.parametrize("fmt", ["ttl", "rdf", "jsonld", "nt"])
def test_the_format_parameter_works_without_headers(personas, client, fmt):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/concept/{glossary.returning.key}?format={fmt}")
    assert response.status_code == 200
    assert glossary.returning.uri.encode() in response.content


def test_a_browser_gets_html(personas, client):
    glossary = make_glossary(personas)
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get(f"/glossary/concept/{glossary.returning.key}", HTTP_ACCEPT=accept)
    assert response["Content-Type"].startswith("text/html")
    assert "Accept" in response["Vary"]


def test_nothing_we_serve_is_a_406(personas, client):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/concept/{glossary.returning.key}", HTTP_ACCEPT="text/csv")
    assert response.status_code == 406


def test_a_draft_is_not_found_as_rdf_either(personas, client):
    glossary = make_glossary(personas)
    response = client.get(f"/glossary/concept/{glossary.draft.key}", HTTP_ACCEPT="text/turtle")
    assert response.status_code == 404
