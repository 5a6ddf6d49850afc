"""Exporting the glossary as SKOS: a whole set (working copy or edition), or one concept.

Rule: the working copy is for those who may read it (`can_read_working_copy`); a published
edition is for everyone. Reads start from `visible_to`, so a reader can never be handed a
version the pages would not show. Exports write nothing, so there is no audit entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext as _

from emn.glossary import permissions
from emn.glossary.models import ConceptVersion, Edition, Scheme
from emn.glossary.records import ConceptData, load_versions
from emn.glossary.services._common import deny
from emn.glossary.skos import writing
from emn.glossary.skos.formats import Format, by_name
from emn.glossary.skos.gcpause import gc_paused


def _format(fmt: str | Format) -> Format:
    return by_name(fmt) if isinstance(fmt, str) else fmt


def export_records(
    user: Any, scheme: Scheme, edition: Edition | None = None, *, system: bool = False
) -> list[ConceptData]:
    """The records of the set `user` asked for (the working copy when `edition` is None)."""
    if edition is not None and edition.scheme_id != scheme.pk:
        raise ValueError(f"edition {edition} is not an edition of {scheme.key}")
    if edition is None and not system:
        deny(
            permissions.can_read_working_copy(user),
            _("The working copy of the glossary is for the working group."),
        )
    versions = ConceptVersion.objects.all() if system else ConceptVersion.objects.visible_to(user)
    with gc_paused():
        return load_versions(versions.of_set(scheme, edition))


def records_rdf(
    scheme: Scheme,
    records: Sequence[ConceptData],
    fmt: str | Format,
    edition: Edition | None = None,
) -> bytes:
    """`records` and their scheme as one SKOS document."""
    return writing.document(
        scheme.uri,
        scheme.titles or {},
        records,
        _format(fmt),
        edition=edition.number if edition else None,
        published_on=edition.published_on if edition else None,
    )


def export_skos(
    user: Any,
    scheme: Scheme,
    edition: Edition | None,
    fmt: str | Format,
    *,
    system: bool = False,
) -> bytes:
    """The whole set (`edition`, or the working copy when None) as "ttl", "rdf", "jsonld"
    or "nt". PermissionDenied when `user` may not read the working copy."""
    found = _format(fmt)
    records = export_records(user, scheme, edition, system=system)
    return records_rdf(scheme, records, found, edition)


def concept_rdf(
    record: ConceptData, scheme: Scheme, fmt: str | Format, narrower: Sequence[str] = ()
) -> bytes:
    """One concept's SKOS, for content negotiation on its URI. The caller has read `record`
    from a set the reader may see; `narrower` are the concepts whose broader it is there."""
    return writing.concept_document(record, scheme.uri, _format(fmt), narrower)
