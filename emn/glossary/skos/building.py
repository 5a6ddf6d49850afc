"""From the triples of one SKOS file to `ConceptData` records, in one pass over each concept.

`Triples` keeps, per subject and in file order, only the statements our mapping reads (see
`vocab`); `build` turns one concept's statements into a record. What cannot be represented is
reported as a `Problem` with the concept, the property and the language, and what was done;
the SKOS integrity rules proper (one prefLabel per tag, disjoint labels, cycles) are left to
`integrity.check`, which every write goes through.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from django.utils.translation import gettext as _
from pyoxigraph import BlankNode, Literal, NamedNode

from emn.glossary.integrity import REPAIR, Problem, split_tag, valid_tag
from emn.glossary.records import ConceptData, DefinitionData, LabelData, NoteData
from emn.glossary.skos import vocab


class Read(NamedTuple):
    """What a predicate is to us: its kind ("label", "note" ...), our sub-kind, its IRI."""

    kind: str
    sub: str
    iri: str


def _read(kind: str, sub: str, iri: str) -> tuple[NamedNode, Read]:
    return NamedNode(iri), Read(kind, sub, iri)


# Every predicate we read, keyed by pyoxigraph terms: they hash and compare in Rust, so the
# tight loop makes no Python string of an IRI, and each triple is looked up once.
PREDICATES: dict[NamedNode, Read] = dict(
    [
        *(_read("label", kind, iri) for kind, iri in vocab.LABELS.items()),
        *(_read("xl", kind, iri) for kind, iri in vocab.XL_LABELS.items()),
        *(_read("note", kind, iri) for kind, iri in vocab.NOTES.items()),
        *(_read("mapping", kind, iri) for kind, iri in vocab.MAPPINGS.items()),
        *(
            _read(kind, "", iri)
            for kind, iri in (
                ("definition", vocab.DEFINITION),
                ("broader", vocab.BROADER),
                ("narrower", vocab.NARROWER),
                ("related", vocab.RELATED),
                ("status", vocab.STATUS),
                ("deprecated", vocab.DEPRECATED),
                ("replaced_by", vocab.IS_REPLACED_BY),
                ("theme", vocab.THEME),
                ("value", vocab.VALUE),
                ("in_scheme", vocab.IN_SCHEME),
                ("top_concept_of", vocab.TOP_CONCEPT_OF),
                ("has_top_concept", vocab.HAS_TOP_CONCEPT),
                ("literal_form", vocab.LITERAL_FORM),
                ("source", vocab.SOURCE),
                ("source", vocab.DC_SOURCE),
                ("context", vocab.CONTEXT),
                ("title", vocab.TITLE),
                ("title", vocab.DC_TITLE),
            )
        ),
    ]
)
_BY_IRI = {read.iri: read for read in PREDICATES.values()}
VALUE = _BY_IRI[vocab.VALUE]
IN_SCHEME = _BY_IRI[vocab.IN_SCHEME]
TOP_CONCEPT_OF = _BY_IRI[vocab.TOP_CONCEPT_OF]
HAS_TOP_CONCEPT = _BY_IRI[vocab.HAS_TOP_CONCEPT]
LITERAL_FORM = _BY_IRI[vocab.LITERAL_FORM]
SOURCES = (_BY_IRI[vocab.SOURCE], _BY_IRI[vocab.DC_SOURCE])
CONTEXT = _BY_IRI[vocab.CONTEXT]
TITLES = (_BY_IRI[vocab.PREF_LABEL], _BY_IRI[vocab.TITLE], _BY_IRI[vocab.DC_TITLE])
NARROWER = _BY_IRI[vocab.NARROWER]
IS_REPLACED_BY = _BY_IRI[vocab.IS_REPLACED_BY]
TYPE = NamedNode(vocab.TYPE)
CONCEPT = NamedNode(vocab.CONCEPT)
CONCEPT_SCHEME = NamedNode(vocab.CONCEPT_SCHEME)
_CONTEXTS = {iri: value for value, iri in vocab.CONTEXTS.items()}
_LABEL_ORDER = {"pref": 0, "alt": 1, "hidden": 2}
_LINKS = frozenset({"broader", "related", "narrower", "mapping", "replaced_by"})


class Triples:
    """The statements of a file that our mapping reads, per subject term, in file order."""

    def __init__(self) -> None:
        self.props: dict[Any, list[tuple[Read, Any]]] = {}
        self.concepts: dict[Any, None] = {}  # subjects typed skos:Concept, in file order
        self.schemes: dict[Any, None] = {}

    def add_all(self, quads: Iterable[Any]) -> None:
        """Keep what we read from `quads` (one pass: the tight loop of every import).

        Files state a subject's triples together as a rule, so the subject's list is looked
        up again only when the subject changes."""
        props, predicates = self.props, PREDICATES
        last, bucket = None, None
        for subject, predicate, obj, _graph in quads:
            read = predicates.get(predicate)
            if read is None:
                if predicate == TYPE:
                    if obj == CONCEPT:
                        self.concepts[subject] = None
                    elif obj == CONCEPT_SCHEME:
                        self.schemes[subject] = None
                continue
            if bucket is None or subject != last:
                bucket = props.get(subject)
                if bucket is None:
                    bucket = props[subject] = []
                last = subject
            bucket.append((read, obj))

    def values(self, subject: Any, *wanted: Read) -> list[Any]:
        return [obj for read, obj in self.props.get(subject, ()) if read in wanted]


def _tag(obj: Literal) -> tuple[str, str]:
    return split_tag(obj.language) if obj.language else ("", "")


class Builder:
    """Builds the records of one file; `problems` collects what it reports."""

    def __init__(self, triples: Triples, mode: str) -> None:
        self.triples = triples
        self.mode = mode
        self.problems: list[Problem] = []
        self.narrower: list[tuple[str, str]] = []  # (concept, narrower concept) as stated

    def report(
        self,
        uri: str,
        iri: str,
        message: str,
        language: str = "",
        *,
        error: bool = True,
        action: str = "",
    ) -> None:
        """Record a problem; errors are left out in repair mode (and refuse the file otherwise),
        remarks (`error=False`) are always left out."""
        if not action and (self.mode == REPAIR or not error):
            action = _("left out")
        self.problems.append(Problem(uri, vocab.short(iri), message, language, action, error))

    def build(self, subject: NamedNode) -> ConceptData:
        uri = subject.value
        record = ConceptData(uri=uri)
        labels = record.labels
        deprecated, status = False, ""
        for read, obj in self.triples.props.get(subject, ()):
            kind = read.kind
            if kind == "label":
                # Inline: most triples of a glossary are labels.
                tag = obj.language if type(obj) is Literal else None
                value = " ".join(obj.value.split()) if tag else ""
                if value:
                    language, country = split_tag(tag)
                    labels.append(LabelData(read.sub, language, value, country))
                else:
                    self._label(record, read, obj)
            elif kind == "xl":
                for form in self.triples.values(obj, LITERAL_FORM):
                    self._label(record, read, form)
            elif kind == "definition":
                self._definition(record, read, obj)
            elif kind == "note":
                self._note(record, read, obj)
            elif kind == "status" and type(obj) is Literal:
                status = self._status(uri, read, obj.value)
            elif kind == "deprecated" and type(obj) is Literal:
                deprecated = obj.value.strip().lower() in ("true", "1")
            elif kind == "theme" and type(obj) is Literal:
                record.themes.append(obj.value.strip())
            elif kind not in _LINKS:
                continue
            elif type(obj) is not NamedNode:
                self.report(uri, read.iri, _("the value is not a URI"), error=False)
            elif kind == "broader":
                record.broader.append(obj.value)
            elif kind == "related":
                record.related.append(obj.value)
            elif kind == "narrower":
                self.narrower.append((uri, obj.value))
            elif kind == "mapping":
                record.mappings.append((read.sub, obj.value))
            elif kind == "replaced_by":
                record.replaced_by = obj.value
        record.status = "deprecated" if deprecated else (status or "draft")
        # A label stated twice (say as skos:prefLabel and as a SKOS-XL prefLabel) is one
        # statement: kept once. Preferred labels first (file order kept within a kind), so
        # when a term is both a prefLabel and an altLabel, integrity keeps the preferred one.
        record.labels = sorted(dict.fromkeys(labels), key=lambda label: _LABEL_ORDER[label.kind])
        return record

    def _label(self, record: ConceptData, read: Read, obj: Any) -> None:
        """A label the fast path could not take: not a text, empty, untagged, or SKOS-XL."""
        if type(obj) is not Literal:
            self.report(record.uri, read.iri, _("the label is not a text"), error=False)
            return
        value, tag = " ".join(obj.value.split()), obj.language
        if not value:
            self.report(record.uri, read.iri, _("an empty label"), tag or "", error=False)
        elif not tag:
            # Simple tools write labels without a language. Repair keeps them under BCP 47's
            # "und" (undetermined) rather than losing every term of such a vocabulary.
            message = _('"%(value)s" has no language tag') % {"value": value}
            if self.mode == REPAIR:
                action = _('kept with the language tag "und" (undetermined)')
                self.report(record.uri, read.iri, message, action=action)
                record.labels.append(LabelData(read.sub, "und", value))
            else:
                self.report(record.uri, read.iri, message)
        else:
            language, country = split_tag(tag)
            record.labels.append(LabelData(read.sub, language, value, country))

    def _checked_tag(self, uri: str, iri: str, obj: Literal) -> tuple[str, str] | None:
        """The (language, country) of a definition or note, None if it must be left out."""
        if obj.language and not valid_tag(obj.language):
            text = obj.value if len(obj.value) < 60 else obj.value[:57] + "..."
            message = _('"%(value)s" has an invalid language tag') % {"value": text}
            self.report(uri, iri, message, obj.language)
            return None if self.mode == REPAIR else (obj.language, "")
        return _tag(obj)

    def _definition(self, record: ConceptData, read: Read, obj: Any) -> None:
        iri = read.iri
        if type(obj) is Literal:
            tag = self._checked_tag(record.uri, iri, obj)
            if tag and obj.value.strip():
                language, country = tag
                record.definitions.append(DefinitionData(language, obj.value, country=country))
            return
        texts = [v for v in self.triples.values(obj, VALUE) if type(v) is Literal]
        if not texts:
            self.report(
                record.uri, iri, _("a structured definition without rdf:value"), error=False
            )
            return
        source, source_url, context = "", "", ""
        for value in self.triples.values(obj, *SOURCES):
            if type(value) is Literal:
                source = source or value.value
            elif type(value) is NamedNode:
                source_url = source_url or value.value
        for value in self.triples.values(obj, CONTEXT):
            context = context or _CONTEXTS.get(getattr(value, "value", ""), "")
        for text in texts:
            tag = self._checked_tag(record.uri, iri, text)
            if tag and text.value.strip():
                language, country = tag
                record.definitions.append(
                    DefinitionData(language, text.value, context, source, source_url, country)
                )

    def _note(self, record: ConceptData, read: Read, obj: Any) -> None:
        texts = [obj] if type(obj) is Literal else []
        if type(obj) in (BlankNode, NamedNode):
            texts = [v for v in self.triples.values(obj, VALUE) if type(v) is Literal]
        for text in texts:
            tag = self._checked_tag(record.uri, read.iri, text)
            if tag and text.value.strip():
                language, country = tag
                record.notes.append(NoteData(read.sub, language, text.value, country))

    def _status(self, uri: str, read: Read, value: str) -> str:
        status = value.strip().lower()
        if status in vocab.STATUSES:
            return status
        message = _('unknown status "%(value)s"') % {"value": value}
        self.report(uri, read.iri, message, error=False, action=_("kept as draft"))
        return ""

    def link_narrower(self, records: dict[str, ConceptData]) -> None:
        """Stated narrower links become broader links of the narrower concept (SKOS S25:
        narrower is the inverse of broader); a narrower concept outside the set is reported."""
        for uri, target in self.narrower:
            other = records.get(target)
            if other is None:
                message = _("%(target)s is not a concept of this vocabulary") % {"target": target}
                self.report(uri, NARROWER.iri, message, error=False, action=_("link left out"))
            elif uri not in other.broader:
                other.broader.append(uri)

    def drop_outside_replacements(self, records: dict[str, ConceptData]) -> None:
        for record in records.values():
            if record.replaced_by and record.replaced_by not in records:
                target = record.replaced_by
                message = _("%(target)s is not a concept of this vocabulary") % {"target": target}
                action = _("link left out")
                self.report(record.uri, IS_REPLACED_BY.iri, message, error=False, action=action)
                record.replaced_by = None
