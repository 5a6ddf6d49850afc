"""The RDF terms our writer makes, in two kinds: pyoxigraph objects, or N-Triples text.

`writing` states the mapping once, in terms of a `Terms` object; pyoxigraph terms feed its
serialisers (Turtle, RDF/XML, JSON-LD), N-Triples terms are joined into lines directly, which
skips building a Python object per triple for the format that needs none. Both validate what
they write: every IRI and language tag goes through pyoxigraph once (then is cached), so an
invalid value in the database raises ValueError instead of producing a broken file.
"""

from __future__ import annotations

import itertools
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


class Terms:
    """pyoxigraph terms; one `NamedNode` per IRI (building one validates it)."""

    def __init__(self) -> None:
        self._iris: dict[str, Any] = {}

    def iri(self, uri: str) -> Any:
        node = self._iris.get(uri)
        if node is None:
            node = self._iris[uri] = self._make_iri(uri)
        return node

    def _make_iri(self, uri: str) -> Any:
        return NamedNode(uri)

    def text(self, value: str, tag: str = "") -> Any:
        return Literal(value, language=tag) if tag else Literal(value)

    def typed(self, value: str, datatype: str) -> Any:
        return Literal(value, datatype=self.iri(datatype))

    def blank(self) -> Any:
        return BlankNode()


class NTriplesTerms(Terms):
    """Terms as N-Triples text (W3C RDF 1.1 N-Triples, section 2)."""

    def __init__(self) -> None:
        super().__init__()
        self._tags: dict[str, str] = {}
        self._blanks = itertools.count(1)

    def _make_iri(self, uri: str) -> str:
        return f"<{NamedNode(uri).value}>"

    def _tag(self, tag: str) -> str:
        found = self._tags.get(tag)
        if found is None:
            found = self._tags[tag] = "@" + str(Literal("", language=tag).language)
        return found

    def text(self, value: str, tag: str = "") -> str:
        if '"' in value or "\\" in value or "\n" in value or "\r" in value:
            value = value.translate(_ESCAPES)
        return f'"{value}"{self._tag(tag)}' if tag else f'"{value}"'

    def typed(self, value: str, datatype: str) -> str:
        return f'"{value.translate(_ESCAPES)}"^^{self.iri(datatype)}'

    def blank(self) -> str:
        return f"_:d{next(self._blanks)}"
