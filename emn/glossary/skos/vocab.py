"""The RDF vocabularies of our SKOS files, and how our fields map onto their properties.

Kept in one place so the reader and the writer can never disagree on a property, and so
docs/glossary.md has one table to describe. `EMNG` is our own small extension namespace for
what SKOS has no property for: a concept's workflow status, its themes and the context (EU or
global) of a definition.
"""

from __future__ import annotations

SKOS = "http://www.w3.org/2004/02/skos/core#"
SKOSXL = "http://www.w3.org/2008/05/skos-xl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
DC = "http://purl.org/dc/elements/1.1/"
EMNG = "https://w3id.org/emn-exchange/glossary#"

PREFIXES = {
    "skos": SKOS,
    "rdf": RDF,
    "owl": OWL,
    "xsd": XSD,
    "dct": DCT,
    "emng": EMNG,
}

TYPE = RDF + "type"
VALUE = RDF + "value"
CONCEPT = SKOS + "Concept"
CONCEPT_SCHEME = SKOS + "ConceptScheme"
IN_SCHEME = SKOS + "inScheme"
TOP_CONCEPT_OF = SKOS + "topConceptOf"
HAS_TOP_CONCEPT = SKOS + "hasTopConcept"
PREF_LABEL = SKOS + "prefLabel"
DEFINITION = SKOS + "definition"
BROADER = SKOS + "broader"
NARROWER = SKOS + "narrower"
RELATED = SKOS + "related"
LITERAL_FORM = SKOSXL + "literalForm"
DEPRECATED = OWL + "deprecated"
VERSION_INFO = OWL + "versionInfo"
IS_REPLACED_BY = DCT + "isReplacedBy"
SOURCE = DCT + "source"
DC_SOURCE = DC + "source"
TITLE = DCT + "title"
DC_TITLE = DC + "title"
ISSUED = DCT + "issued"
STATUS = EMNG + "status"
THEME = EMNG + "theme"
CONTEXT = EMNG + "context"

# LabelKind value -> property; SKOS-XL labels are read into the same kinds.
LABELS = {"pref": SKOS + "prefLabel", "alt": SKOS + "altLabel", "hidden": SKOS + "hiddenLabel"}
XL_LABELS = {
    "pref": SKOSXL + "prefLabel",
    "alt": SKOSXL + "altLabel",
    "hidden": SKOSXL + "hiddenLabel",
}
# NoteKind value -> property (skos:definition is a `Definition`, not a note).
NOTES = {
    "note": SKOS + "note",
    "scope": SKOS + "scopeNote",
    "example": SKOS + "example",
    "history": SKOS + "historyNote",
    "editorial": SKOS + "editorialNote",
    "change": SKOS + "changeNote",
}
# MappingKind value -> property.
MAPPINGS = {
    "exact": SKOS + "exactMatch",
    "close": SKOS + "closeMatch",
    "broad": SKOS + "broadMatch",
    "narrow": SKOS + "narrowMatch",
    "related": SKOS + "relatedMatch",
}
# DefinitionContext value -> the individual that names it.
CONTEXTS = {"eu": EMNG + "EU", "global": EMNG + "Global"}
STATUSES = ("draft", "proposed", "approved", "deprecated")


def short(iri: str) -> str:
    """ "skos:prefLabel" for the full IRI: how problems name a property to people."""
    for prefix, namespace in (*PREFIXES.items(), ("skosxl", SKOSXL), ("dc", DC)):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri
