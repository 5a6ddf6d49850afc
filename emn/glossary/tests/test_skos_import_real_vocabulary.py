"""A real vocabulary from another tool (an extract of YSO, the General Finnish Ontology, with
labels in Finnish, Swedish, English and Northern Sami) imports in repair mode and exports again
with the same concepts, labels per language and relations among its concepts.

The expectations are read from the file with rdflib, independently of our reader.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from emn.glossary.models import Scheme
from emn.glossary.services.skos_export import export_skos
from emn.glossary.services.skos_import import import_skos

YSO = Path("/work/shared/skos/yso-extract.ttl")
SCHEME = "http://www.yso.fi/onto/yso/"
LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
SKOSXL = Namespace("http://www.w3.org/2008/05/skos-xl#")
XL_LABELS = (SKOSXL.prefLabel, SKOSXL.altLabel, SKOSXL.hiddenLabel)


def _concepts(graph: Graph) -> set[str]:
    typed = set(graph.subjects(RDF.type, SKOS.Concept))
    return {str(c) for c in typed if (c, SKOS.inScheme, URIRef(SCHEME)) in graph}


def _labels(graph: Graph, concepts: set[str]) -> dict[tuple[str, str], set[str]]:
    """Label values per concept and language. SKOS-XL labels count as their literal form
    (SKOS Reference S55); values are compared as the importer's disjointness check does,
    with spaces normalised and case folded ("DNA" the prefLabel, "dna" the altLabel)."""
    found = [(s, v) for kind in LABELS for s, v in graph.subject_objects(kind)]
    for kind in XL_LABELS:
        for subject, label in graph.subject_objects(kind):
            found += [(subject, v) for v in graph.objects(label, SKOSXL.literalForm)]
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for subject, value in found:
        if str(subject) in concepts:
            out[(str(subject), value.language.lower())].add(" ".join(str(value).split()).casefold())
    return dict(out)


def _relations(
    graph: Graph, concepts: set[str]
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    broader = {(str(a), str(b)) for a, b in graph.subject_objects(SKOS.broader)}
    broader |= {(str(b), str(a)) for a, b in graph.subject_objects(SKOS.narrower)}
    related = {(str(a), str(b)) for a, b in graph.subject_objects(SKOS.related)}
    inside = lambda pairs: {(a, b) for a, b in pairs if a in concepts and b in concepts}  # noqa: E731
    return inside(broader), inside(related)


def test_a_real_vocabulary_imports_and_exports_again_unchanged(personas):
    source = Graph().parse(YSO, format="turtle")
    concepts = _concepts(source)

    report = import_skos(
        personas.commission, YSO.read_bytes(), filename=YSO.name, scheme_uri=SCHEME, mode="repair"
    )

    assert report.stored and not report.refused
    assert report.concepts_created == len(concepts) == 270
    assert report.languages == 4
    # Its real problems are reported with where and what was done, e.g. two Sami prefLabels.
    second_prefs = [p for p in report.problems if "second preferred label" in p.message]
    assert second_prefs and all(p.language and p.action for p in second_prefs)
    scheme = Scheme.objects.get(uri=SCHEME)
    exported = Graph().parse(
        data=export_skos(personas.commission, scheme, None, "ttl"), format="turtle"
    )
    again = {str(c) for c in exported.subjects(RDF.type, SKOS.Concept)}
    assert again == concepts
    assert _labels(exported, concepts) == _labels(source, concepts)
    for concept in concepts:
        tags = [v.language for v in exported.objects(URIRef(concept), SKOS.prefLabel)]
        assert len(tags) == len(set(tags))
    assert _relations(exported, concepts) == _relations(source, concepts)
