"""Reading a SKOS file: parse it with pyoxigraph and build `ConceptData` records.

pyoxigraph parses some 25 times faster than rdflib and yields triples in file order, so the
first label of a language in the file is the one kept when a repair has to choose. Parsing is
strict; only in repair mode, and only when strict parsing failed, is the file read again
leniently (pyoxigraph's `lenient=True`, which skips IRI and language-tag validation), as
real-world files often need, and that is reported.

Which concepts: the subjects typed `skos:Concept`. A file with one `skos:ConceptScheme` is
that scheme; with several, the caller names one (its concepts are those `skos:inScheme` it,
`skos:topConceptOf` it or listed as its `skos:hasTopConcept`); with none, a scheme URI is
minted from the file name and reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

import pyoxigraph
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pyoxigraph import Literal, NamedNode

from emn.glossary.integrity import REFUSE, REPAIR, Problem
from emn.glossary.records import ConceptData
from emn.glossary.skos import vocab
from emn.glossary.skos.building import (
    HAS_TOP_CONCEPT,
    IN_SCHEME,
    TITLES,
    TOP_CONCEPT_OF,
    Builder,
    Triples,
)
from emn.glossary.skos.formats import Format, candidates
from emn.glossary.skos.gcpause import gc_paused


@dataclass
class ParsedFile:
    """What a file holds: its scheme, its concepts, and every problem found reading it.

    `fatal` is set when nothing can be imported at all (unreadable file, no concepts, an
    ambiguous scheme); `problems` then says why.
    """

    scheme_uri: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    concepts: list[ConceptData] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    format: Format | None = None
    lenient: bool = False
    fatal: bool = False
    schemes: list[str] = field(default_factory=list)


def _where(filename: str) -> str:
    return filename or _("(the file)")


def _refuse(parsed: ParsedFile, filename: str, message: str) -> ParsedFile:
    parsed.problems.append(Problem(_where(filename), "", message, action=_("file refused")))
    parsed.fatal = True
    return parsed


def _syntax_message(fmt: Format, error: Exception) -> str:
    """pyoxigraph's message already says "line L (between) column(s) C"; keep it whole."""
    message = str(error.args[0]) if error.args else str(error)
    line = getattr(error, "lineno", None)
    if line and "line" not in message:
        message = _("line %(line)s: %(message)s") % {"line": line, "message": message}
    return f"{fmt.label}: {message}"


def _parse(
    data: bytes, filename: str, mode: str, parsed: ParsedFile
) -> tuple[Triples | None, list[str]]:
    """The triples of the first format that parses strictly (then leniently, in repair mode)."""
    data = data.removeprefix(b"\xef\xbb\xbf")  # a byte order mark, as Windows tools write
    tried = candidates(data, filename)
    failures: list[str] = []
    for lenient in (False, True) if mode == REPAIR else (False,):
        for fmt in tried if not lenient else tried[:1]:
            triples = Triples()
            try:
                triples.add_all(pyoxigraph.parse(input=data, format=fmt.rdf, lenient=lenient))
            except (SyntaxError, ValueError) as error:
                if not lenient:
                    failures.append(_syntax_message(fmt, error))
                continue
            parsed.format, parsed.lenient = fmt, lenient
            return triples, failures
    return None, failures


def _scheme_members(triples: Triples, scheme: str) -> set[str]:
    node = NamedNode(scheme)
    members = {getattr(v, "value", "") for v in triples.values(node, HAS_TOP_CONCEPT)}
    for subject in triples.concepts:
        for value in triples.values(subject, IN_SCHEME, TOP_CONCEPT_OF):
            if value == node:
                members.add(subject.value)
                break
    return members


def _titles(triples: Triples, scheme: str) -> dict[str, str]:
    """The scheme's title per language tag: skos:prefLabel first, then dct:title, dc:title."""
    titles: dict[str, str] = {}
    for predicate in TITLES:
        for value in triples.values(NamedNode(scheme), predicate):
            if type(value) is Literal and value.value.strip():
                titles.setdefault(value.language or "", value.value.strip())
    return titles


def _valid_iri(uri: str) -> bool:
    try:
        NamedNode(uri)
    except ValueError:
        return False
    return True


def _choose_scheme(
    triples: Triples, scheme_uri: str | None, filename: str, parsed: ParsedFile
) -> set[str] | None:
    """Set `parsed.scheme_uri`; the concepts to take (None: all of them), or refuse."""
    schemes = [s.value for s in triples.schemes if type(s) is NamedNode]
    parsed.schemes = schemes
    listed = ", ".join(schemes)
    if scheme_uri and not _valid_iri(scheme_uri):
        _refuse(parsed, filename, _("%(uri)s is not a valid URI") % {"uri": scheme_uri})
        return None
    if scheme_uri:
        parsed.scheme_uri = scheme_uri
        if scheme_uri in schemes:
            return _scheme_members(triples, scheme_uri) if len(schemes) > 1 else None
        if schemes:
            message = _("the file has no concept scheme %(uri)s; it has: %(schemes)s") % {
                "uri": scheme_uri,
                "schemes": listed,
            }
            _refuse(parsed, filename, message)
        return None
    if len(schemes) > 1:
        message = _(
            "the file has %(count)s concept schemes; choose one of them to import: %(schemes)s"
        ) % {"count": len(schemes), "schemes": listed}
        _refuse(parsed, filename, message)
        return None
    if schemes:
        parsed.scheme_uri = schemes[0]
        return None
    stem = slugify(PurePath(filename).stem) if filename else ""
    parsed.scheme_uri = f"urn:emn:scheme:{stem or 'import'}"
    message = _("the file has no skos:ConceptScheme; its concepts were given the scheme %(uri)s")
    parsed.problems.append(
        Problem(
            _where(filename),
            "skos:ConceptScheme",
            message % {"uri": parsed.scheme_uri},
            action=_("scheme created from the file name"),
            error=False,
        )
    )
    return None


def read(
    data: bytes, *, filename: str = "", scheme_uri: str | None = None, mode: str = REFUSE
) -> ParsedFile:
    """Parse `data` and build its concepts' records (not yet checked by `integrity`)."""
    with gc_paused():
        return _read(data, filename, scheme_uri, mode)


def _read(data: bytes, filename: str, scheme_uri: str | None, mode: str) -> ParsedFile:
    parsed = ParsedFile()
    triples, failures = _parse(data, filename, mode, parsed)
    if triples is None:
        tried = _(" or ").join(f.label for f in candidates(data, filename))
        message = _(
            "the file could not be read as %(tried)s (the formats read are Turtle, "
            "N-Triples, RDF/XML and JSON-LD): %(errors)s"
        ) % {"tried": tried, "errors": "; ".join(failures)}
        return _refuse(parsed, filename, message)
    if parsed.lenient:
        message = _("the file is not valid %(format)s (%(errors)s); it was read leniently") % {
            "format": parsed.format.label if parsed.format else "",
            "errors": "; ".join(failures),
        }
        parsed.problems.append(
            Problem(_where(filename), "", message, action=_("read leniently"), error=True)
        )
    members = _choose_scheme(triples, scheme_uri, filename, parsed)
    if parsed.fatal:
        return parsed
    parsed.titles = _titles(triples, parsed.scheme_uri)
    builder = Builder(triples, mode)
    records: dict[str, ConceptData] = {}
    for subject in triples.concepts:
        if type(subject) is not NamedNode:
            message = _("a skos:Concept without a URI (a blank node)")
            builder.report(_where(filename), vocab.CONCEPT, message, error=False)
        elif members is None or subject.value in members:
            record = builder.build(subject)
            records[record.uri] = record
    if not records:
        return _refuse(parsed, filename, _("the file has no skos:Concept to import"))
    builder.link_narrower(records)
    builder.drop_outside_replacements(records)
    parsed.concepts = list(records.values())
    parsed.problems.extend(builder.problems)
    return parsed
