"""A SKOS integrity check written from the SKOS Reference (W3C Recommendation, 18 August 2009),
run with rdflib, the reference reader, on our exported graphs.

Each rule names the Reference's integrity condition or the section it comes from:
  S14  a resource has no more than one skos:prefLabel per language tag;
  S13  skos:prefLabel, skos:altLabel and skos:hiddenLabel are pairwise disjoint;
  S25  skos:narrower is the inverse of skos:broader (we export both: each must mirror the other);
  8.6.7 (cycles) skos:broader is not transitive, but a concept that is its own broader concept
       through a chain makes a hierarchy no thesaurus standard allows (ISO 25964);
  S27  skos:related is disjoint with skos:broaderTransitive;
  S9   skos:ConceptScheme is disjoint with skos:Concept;
  S8   skos:topConceptOf is the inverse of skos:hasTopConcept (we export both).
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import RDF, Graph, Literal
from rdflib.namespace import SKOS


def _tag(literal: Literal) -> str:
    return (literal.language or "").lower()


def label_violations(graph: Graph) -> list[str]:
    out = []
    prefs: dict[tuple[object, str], list[str]] = defaultdict(list)
    for subject, value in graph.subject_objects(SKOS.prefLabel):
        prefs[(subject, _tag(value))].append(str(value))
    for (subject, tag), values in prefs.items():
        if len(values) > 1:
            out.append(f"S14: {subject} has {len(values)} prefLabels @{tag}: {values}")
    kinds = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
    seen: dict[tuple[object, str, str], object] = {}
    for kind in kinds:
        for subject, value in graph.subject_objects(kind):
            key = (subject, str(value), _tag(value))
            if key in seen and seen[key] != kind:
                out.append(f"S13: {subject} has {value!r}@{key[2]} as {seen[key]} and {kind}")
            seen.setdefault(key, kind)
    return out


def _broader_closure(graph: Graph) -> dict[object, set[object]]:
    edges: dict[object, set[object]] = defaultdict(set)
    for subject, target in graph.subject_objects(SKOS.broader):
        edges[subject].add(target)
    closure: dict[object, set[object]] = {}
    for start in list(edges):
        reached: set[object] = set()
        stack = list(edges[start])
        while stack:
            node = stack.pop()
            if node not in reached:
                reached.add(node)
                stack.extend(edges.get(node, ()))
        closure[start] = reached
    return closure


def hierarchy_violations(graph: Graph) -> list[str]:
    out = []
    broader = set(graph.subject_objects(SKOS.broader))
    narrower = {(b, a) for a, b in graph.subject_objects(SKOS.narrower)}
    for a, b in sorted(broader - narrower):
        out.append(f"S25: {a} broader {b} without {b} narrower {a}")
    for a, b in sorted(narrower - broader):
        out.append(f"S25: {a} narrower-inverse {b} without {a} broader {b}")
    closure = _broader_closure(graph)
    for concept, above in closure.items():
        if concept in above:
            out.append(f"cycle: {concept} is its own broader concept")
    for a, b in graph.subject_objects(SKOS.related):
        if b in closure.get(a, ()) or a in closure.get(b, ()):
            out.append(f"S27: {a} related {b} but one is broader (transitively) of the other")
    return out


def scheme_violations(graph: Graph) -> list[str]:
    out = []
    schemes = set(graph.subjects(RDF.type, SKOS.ConceptScheme))
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    for both in schemes & concepts:
        out.append(f"S9: {both} is both a ConceptScheme and a Concept")
    top_of = set(graph.subject_objects(SKOS.topConceptOf))
    has_top = {(c, s) for s, c in graph.subject_objects(SKOS.hasTopConcept)}
    for c, s in sorted(top_of ^ has_top):
        out.append(f"S8: {c} topConceptOf / hasTopConcept {s} not mirrored")
    return out


def violations(graph: Graph) -> list[str]:
    """Every integrity violation of `graph`; an empty list when it is sound."""
    return label_violations(graph) + hierarchy_violations(graph) + scheme_violations(graph)
