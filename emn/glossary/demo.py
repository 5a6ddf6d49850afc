"""Demo glossary: some forty concepts on return, asylum and legal migration, in two editions.

Written through the services as the people who would do it: a member of the glossary
working group drafts and proposes, the Commission approves, deprecates and publishes.
Edition 1 (1 March 2025) has the first 34 concepts; edition 2 (15 February 2026) adds four,
changes a definition, adds a Lithuanian term and deprecates one; after it, one draft and one
proposal wait in the working copy. The edition tasks (cross-lingual terms, index) run at once.
A few demo publications and queries are keyworded. Each step is skipped once done, so
loading twice adds nothing.
"""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Any

from emn.accounts.demo import email_of
from emn.accounts.models import User
from emn.glossary import services
from emn.glossary.demo_data import (
    CHANGED_DEFINITION,
    DEPRECATED,
    DRAFT,
    EDITION_1,
    EDITION_2,
    LANGUAGES,
    NEW_LITHUANIAN_TERM,
    PROPOSED,
    Spec,
)
from emn.glossary.models import Concept, Edition, Scheme
from emn.glossary.records import ConceptData, DefinitionData, LabelData, NoteData
from emn.glossary.services._common import working_record
from emn.glossary.tasks import run_edition_published
from emn.library import services as library
from emn.library.models import Publication, PublicationText
from emn.queries.models import AdHocQuery

EDITOR = "glossary.lt"
PUBLISHED_ON = {1: datetime.date(2025, 3, 1), 2: datetime.date(2026, 2, 15)}
NOTES = {
    1: "First edition of the demo glossary: return, asylum and legal migration.",
    2: "Four new concepts, a revised definition, a Lithuanian term; “expulsion” deprecated.",
}
# Demo content and the concepts it is about (publications by the start of a title).
PUBLICATION_CONCEPTS = {
    "Vračanje zavrnjenih prosilcev za azil": (
        "return",
        "voluntary-return",
        "applicant-for-international-protection",
    ),
    "Prieglobstis ir grąžinimas Lietuvoje": (
        "application-for-international-protection",
        "return-decision",
        "forced-return",
    ),
    "Integration von Schutzberechtigten": ("beneficiary-of-international-protection",),
    "Unaccompanied minors: reception and guardianship": ("unaccompanied-minor",),
    "EMN Inform: voluntary return": ("assisted-voluntary-return-and-reintegration",),
    "Return expert group: working paper": ("voluntary-return", "return-decision"),
    "Directive 2008/115/EC": ("return-decision", "entry-ban", "removal", "detention"),
    "Case law summary: detention pending removal": ("detention", "removal"),
}
QUERY_CONCEPTS = {
    "Age assessment of unaccompanied minors claiming asylum": (
        "unaccompanied-minor",
        "age-assessment",
    ),
    "Labour-market access of applicants for international protection": (
        "applicant-for-international-protection",
    ),
    "Return counselling for people in pre-removal detention": ("detention", "voluntary-return"),
    "Family reunification of beneficiaries of subsidiary protection": (
        "family-reunification",
        "subsidiary-protection",
    ),
}


def _labels(spec: Spec) -> list[LabelData]:
    labels = [
        LabelData("pref", language, term)
        for language, term in zip(LANGUAGES, spec.terms, strict=True)
        if term
    ]
    for kind, tag, term in spec.extra:
        language, _sep, country = tag.partition("-")
        labels.append(LabelData(kind, language, term, country))
    return labels


def _data(scheme: Scheme, spec: Spec) -> ConceptData:
    """The spec as the services take it, its links as the URIs of existing concepts."""
    uris = dict(Concept.objects.filter(scheme=scheme).values_list("key", "uri"))
    source = {"source": spec.source, "context": spec.context}
    return ConceptData(
        uri="",
        key=spec.key,
        labels=_labels(spec),
        definitions=[
            DefinitionData("en", spec.definition, **source),
            *(DefinitionData(tag, text, **source) for tag, text in spec.definitions),
        ],
        notes=[NoteData(kind, "en", text) for kind, text in spec.notes],
        broader=[uris[key] for key in spec.broader],
        related=[uris[key] for key in spec.related],
        themes=list(spec.themes),
    )


def _concept(scheme: Scheme, key: str) -> Concept:
    return Concept.objects.get(scheme=scheme, key=key)


def _add(editor: Any, commission: Any, scheme: Scheme, specs: tuple[Spec, ...]) -> int:
    """Draft, propose and approve each concept not there yet; how many were added."""
    added = 0
    for spec in specs:
        if Concept.objects.filter(scheme=scheme, key=spec.key).exists():
            continue
        made = services.save_concept(editor, scheme, _data(scheme, spec))
        services.propose(editor, made)
        services.approve(commission, made, "Agreed by the working group.")
        added += 1
    return added


def _revise(editor: Any, commission: Any, scheme: Scheme) -> None:
    """Edition 2's changes to published concepts: a definition, a term, a deprecation."""
    key, text, note = CHANGED_DEFINITION
    concept = _concept(scheme, key)
    record = working_record(concept)
    definitions = [replace(d, text=text) if d.language == "en" else d for d in record.definitions]
    notes = [*record.notes, NoteData("change", "en", note)]
    _resubmit(editor, commission, replace(record, definitions=definitions, notes=notes), concept)

    key, term = NEW_LITHUANIAN_TERM
    concept = _concept(scheme, key)
    record = working_record(concept)
    labels = [*record.labels, LabelData("pref", "lt", term)]
    _resubmit(editor, commission, replace(record, labels=labels), concept)

    key, instead, note = DEPRECATED
    concept = _concept(scheme, key)
    record = working_record(concept)
    services.save_concept(
        editor, scheme, replace(record, notes=[*record.notes, NoteData("history", "en", note)]),
        concept=concept,
    )  # fmt: skip
    services.deprecate(commission, concept, replaced_by=_concept(scheme, instead), comment=note)


def _resubmit(editor: Any, commission: Any, record: ConceptData, concept: Concept) -> None:
    services.save_concept(editor, concept.scheme, record, concept=concept)
    services.propose(editor, concept)
    services.approve(commission, concept, "Agreed by the working group.")


def _publish(commission: Any, scheme: Scheme, number: int) -> Edition:
    edition = services.publish_edition(
        commission, scheme, published_on=PUBLISHED_ON[number], notes=NOTES[number]
    )
    run_edition_published(edition.pk)  # at once: the demo is searchable before a worker runs
    return edition


def _work_in_progress(editor: Any, scheme: Scheme) -> int:
    """A draft and a proposal the working group and the Commission see; the public not."""
    added = 0
    if not Concept.objects.filter(scheme=scheme, key=DRAFT.key).exists():
        services.save_concept(editor, scheme, _data(scheme, DRAFT))
        added += 1
    if not Concept.objects.filter(scheme=scheme, key=PROPOSED.key).exists():
        made = services.save_concept(editor, scheme, _data(scheme, PROPOSED))
        services.propose(editor, made, "Proposed for the third edition.")
        added += 1
    return added


def _keyword(actor: Any, scheme: Scheme) -> int:
    """Keyword demo content that has no concepts yet (what users changed stays)."""
    concepts = {c.key: c for c in Concept.objects.filter(scheme=scheme)}
    done = 0
    for start, keys in PUBLICATION_CONCEPTS.items():
        text = PublicationText.objects.filter(title__startswith=start).first()
        publication = Publication.objects.get(pk=text.publication_id) if text else None
        if publication is not None and not publication.concepts.exists():
            library.update_publication(actor, publication, concepts=[concepts[k] for k in keys])
            done += 1
    for title, keys in QUERY_CONCEPTS.items():
        query = AdHocQuery.objects.filter(title=title).first()
        if query is not None and not query.concepts.exists():
            # Launched queries are no longer edited through the drafting services.
            query.concepts.add(*(concepts[k] for k in keys))
            done += 1
    return done


def load(actor: Any, out: Any) -> None:
    """Build what is missing: edition 1, edition 2, the work in progress, the keywords."""
    commission = actor
    editor = User.objects.filter(email=email_of(EDITOR)).first() or commission
    scheme = services.default_scheme()
    editions = set(Edition.objects.filter(scheme=scheme).values_list("number", flat=True))
    added = 0
    if 1 not in editions:
        added += _add(editor, commission, scheme, EDITION_1)
        _publish(commission, scheme, 1)
    if 2 not in editions:
        added += _add(editor, commission, scheme, EDITION_2)
        _revise(editor, commission, scheme)
        _publish(commission, scheme, 2)
    pending = _work_in_progress(editor, scheme)
    keyworded = _keyword(commission, scheme)
    out.write(
        f"Glossary: {added + pending} concepts added ({pending} in the working copy only), "
        f"{Edition.objects.filter(scheme=scheme).count()} editions, {keyworded} publications "
        "and queries keyworded."
    )
