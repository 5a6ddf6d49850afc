"""The SKOS export is read by rdflib, the reference RDF reader, in every format we write."""

from __future__ import annotations

import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from emn.glossary.services.schemes import concept_uri
from emn.glossary.services.skos_export import export_skos
from emn.glossary.tests.skos_sample import EUR_LEX, sample_glossary

EMNG = Namespace("https://w3id.org/emn-exchange/glossary#")


@pytest.mark.parametrize(
    "fmt, parser", [("ttl", "turtle"), ("rdf", "xml"), ("jsonld", "json-ld"), ("nt", "nt")]
)
def test_it_writes_skos_that_rdflib_reads(personas, fmt, parser):
    scheme, _records = sample_glossary()
    data = export_skos(personas.commission, scheme, None, fmt)
    graph = Graph().parse(data=data, format=parser)

    ret = URIRef(concept_uri("return"))
    assert (ret, RDF.type, SKOS.Concept) in graph
    assert (ret, SKOS.inScheme, URIRef(scheme.uri)) in graph
    assert (ret, SKOS.topConceptOf, URIRef(scheme.uri)) in graph
    assert (URIRef(scheme.uri), RDF.type, SKOS.ConceptScheme) in graph
    # A national variant is the BCP 47 tag with its region (tags are case-insensitive).
    variants = {(str(v), v.language.lower()) for v in graph.objects(ret, SKOS.prefLabel)}
    assert ("Rückführung", "de-at") in variants
    assert ("Rückkehr", "de") in variants
    assert ("დაბრუნება", "ka") in variants
    assert (ret, SKOS.hiddenLabel, Literal("retrun", lang="en")) in graph
    # A definition with a source is the SKOS Primer's structured form.
    structured = [d for d in graph.objects(ret, SKOS.definition) if isinstance(d, BNode)]
    eu = next(
        d
        for d in structured
        if (d, DCTERMS.source, URIRef(EUR_LEX)) in graph
        and (d, RDF.value, None) in graph
        and graph.value(d, RDF.value).language == "en"
    )
    assert (eu, DCTERMS.source, Literal("Directive 2008/115/EC")) in graph
    assert (eu, EMNG.context, EMNG.EU) in graph
    assert (
        ret,
        SKOS.definition,
        Literal("Le fait de retourner dans son pays.", lang="fr"),
    ) in graph
    assert (ret, SKOS.editorialNote, Literal("Check the Lithuanian term.")) in graph
    # Narrower is written too, from the same broader links.
    assert (ret, SKOS.narrower, URIRef(concept_uri("voluntary-return"))) in graph
    old = URIRef(concept_uri("readmission-agreement"))
    assert (old, OWL.deprecated, Literal(True)) in graph
    assert (old, DCTERMS.isReplacedBy, URIRef(concept_uri("eu-readmission-agreement"))) in graph
    assert (old, EMNG.status, Literal("deprecated")) in graph
    assert (ret, EMNG.theme, Literal("return")) in graph
    assert (ret, SKOS.exactMatch, URIRef("http://eurovoc.europa.eu/4387")) in graph


def test_the_n_triples_written_directly_hold_the_same_graph_as_the_turtle(personas):
    """N-Triples is written as text, the other formats through pyoxigraph: same graph."""
    from rdflib.compare import isomorphic

    scheme, _records = sample_glossary()
    turtle = export_skos(personas.commission, scheme, None, "ttl")
    ntriples = export_skos(personas.commission, scheme, None, "nt")

    assert isomorphic(
        Graph().parse(data=turtle, format="turtle"), Graph().parse(data=ntriples, format="nt")
    )
