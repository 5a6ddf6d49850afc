"""Drafting: the working group creates and edits concepts in the working copy."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from emn.core import audit
from emn.glossary import integrity, permissions, store
from emn.glossary.models import Concept, Relation, Scheme, Stage, Status
from emn.glossary.records import ConceptData, DefinitionData, LabelData, NoteData
from emn.glossary.services._common import audit_state, deny, working_record
from emn.glossary.services.schemes import concept_uri


def _cleaned(data: ConceptData) -> ConceptData:
    """Single spaces, no empty terms, definitions or notes; normalised language tags."""

    def tag(value: str) -> tuple[str, str]:
        return integrity.split_tag(value) if integrity.valid_tag(value) else (value, "")

    labels = []
    for label in data.labels:
        value = store.clean_space(label.value)
        if value:
            language, country = tag(label.tag)
            labels.append(LabelData(label.kind, language, value, country))
    definitions = [
        replace(d, text=d.text.strip(), source=store.clean_space(d.source))
        for d in data.definitions
        if d.text.strip()
    ]
    notes = [replace(n, text=n.text.strip()) for n in data.notes if n.text.strip()]
    return replace(data, labels=labels, definitions=definitions, notes=notes)


def _broader_graph(scheme: Scheme, uri: str) -> list[ConceptData]:
    """The rest of the working copy's broader links, so a new link closing a cycle is seen."""
    edges: dict[str, list[str]] = {}
    rows = Relation.objects.filter(
        version__concept__scheme=scheme, version__stage=Stage.WORKING, kind="broader"
    ).values_list("version__concept__uri", "target__uri")
    for source, target in rows:
        if source != uri:
            edges.setdefault(source, []).append(target)
    known = Concept.objects.filter(scheme=scheme).values_list("uri", flat=True)
    return [ConceptData(uri=u, broader=edges.get(u, [])) for u in known if u != uri]


def validate(scheme: Scheme, data: ConceptData) -> None:
    """The SKOS integrity rules, against the whole working copy; ValidationError lists each."""
    messages = []
    if not any(label.kind == "pref" for label in data.labels):
        messages.append(_("A concept needs a preferred term in at least one language."))
    for language in {d.language for d in data.definitions}:
        if not integrity.valid_tag(language):
            messages.append(_("Definition: %(tag)s is not a language tag.") % {"tag": language})
    _records, problems = integrity.check([data, *_broader_graph(scheme, data.uri)])
    messages += [
        f"{p.property}" + (f" @{p.language}" if p.language else "") + f": {p.message}"
        for p in problems
        if p.error
    ]
    if messages:
        raise ValidationError(messages)


def _new_key(scheme: Scheme, data: ConceptData) -> str:
    english = data.label(["en"])
    base = slugify(data.key or (english if english != data.uri else "")) or "concept"
    base, key, n = base[:100], base[:100], 1
    while Concept.objects.filter(scheme=scheme, key=key).exists():
        n += 1
        key = f"{base}-{n}"
    return key


def save_concept(
    user: Any, scheme: Scheme, data: ConceptData, concept: Concept | None = None
) -> Concept:
    """Create a concept (`concept` None) or replace its working copy with `data`.

    Rule: a change sends the concept back to draft (it must be approved again); a
    deprecated concept stays deprecated. What the public reads (the published editions) is
    untouched until the Commission approves and publishes.
    """
    deny(permissions.can_draft(user), _("Only the glossary working group edits the glossary."))
    data = _cleaned(data)
    before = None
    if concept is None:
        key = _new_key(scheme, data)
        data = replace(data, key=key, uri=concept_uri(key), status=Status.DRAFT)
    else:
        previous = working_record(concept)
        before = audit_state(previous)
        status = Status.DEPRECATED if previous.status == Status.DEPRECATED else Status.DRAFT
        data = replace(
            data, key=concept.key, uri=concept.uri, status=status, replaced_by=previous.replaced_by
        )
    validate(scheme, data)
    with transaction.atomic():
        store.write(scheme, [data], Stage.WORKING, user=user)
        saved = Concept.objects.get(uri=data.uri)
        audit.record(
            user, "update" if before else "create", saved, before=before, after=audit_state(data)
        )
    return saved


__all__ = ["DefinitionData", "LabelData", "NoteData", "save_concept", "validate"]
