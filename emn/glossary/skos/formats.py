"""The four RDF formats we read and write, and how a file's format is recognised.

Detection looks at the content first (an uploaded file's name is often wrong or missing) and
uses the file name's extension only as a hint between formats the content cannot tell apart:
N-Triples is a subset of Turtle, so a `.nt` file is read as N-Triples and anything else that
is neither XML nor JSON as Turtle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from pyoxigraph import RdfFormat


@dataclass(frozen=True)
class Format:
    """One serialisation: our short name, pyoxigraph's format, media type, file extension."""

    name: str
    rdf: RdfFormat
    media_type: str
    extension: str
    label: str


TURTLE = Format("ttl", RdfFormat.TURTLE, "text/turtle", "ttl", "Turtle")
RDF_XML = Format("rdf", RdfFormat.RDF_XML, "application/rdf+xml", "rdf", "RDF/XML")
JSON_LD = Format("jsonld", RdfFormat.JSON_LD, "application/ld+json", "jsonld", "JSON-LD")
N_TRIPLES = Format("nt", RdfFormat.N_TRIPLES, "application/n-triples", "nt", "N-Triples")

FORMATS = {f.name: f for f in (TURTLE, RDF_XML, JSON_LD, N_TRIPLES)}
BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS.values()}

_EXTENSIONS = {
    ".ttl": TURTLE,
    ".turtle": TURTLE,
    ".n3": TURTLE,
    ".nt": N_TRIPLES,
    ".rdf": RDF_XML,
    ".xml": RDF_XML,
    ".owl": RDF_XML,
    ".skos": RDF_XML,
    ".jsonld": JSON_LD,
    ".json": JSON_LD,
}
# An XML document starts with a declaration, a comment, a doctype or an element such as
# <rdf:RDF ...>; Turtle and N-Triples may start with "<http://...>", which this rejects.
_XML_START = re.compile(rb"<(\?xml|!--|!DOCTYPE|[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?[\s>/])")
_BOM = b"\xef\xbb\xbf"


def by_name(name: str) -> Format:
    """The format called `name` ("ttl", "rdf", "jsonld", "nt"); ValueError names the choices."""
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}") from None


def _sniffed(data: bytes) -> Format:
    head = data[:4096].removeprefix(_BOM).lstrip()
    if head.startswith((b"{", b"[")):
        return JSON_LD
    if _XML_START.match(head):
        return RDF_XML
    return TURTLE


def candidates(data: bytes, filename: str = "") -> list[Format]:
    """The formats to try, most likely first: what the content looks like, then the hint."""
    sniffed = _sniffed(data)
    hint = _EXTENSIONS.get(PurePath(filename).suffix.lower()) if filename else None
    if hint is N_TRIPLES and sniffed is TURTLE:
        return [N_TRIPLES, TURTLE]
    if hint is None or hint is sniffed:
        return [sniffed]
    return [sniffed, hint]
