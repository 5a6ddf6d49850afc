"""Code lists kept in the database, read once from a structure message, used by every release.

Rules: a code list is one row per agency and code ('ESTAT', 'GEO'), written in one
transaction for the whole message; labels merge by language, so a later message in French
adds French labels without dropping the German ones an earlier message gave; a dimension
finds its list by its own id (dimension geo, list GEO), preferring Eurostat's.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from emn.stats.codelists.mapping import Codelists
from emn.stats.formats.common import normalise_id
from emn.stats.formats.sdmx_structure import Structure
from emn.stats.models import Codelist


def save_structure(structure: Structure) -> list[Codelist]:
    """Write every code list of `structure` to the database, in one transaction."""
    saved = []
    with transaction.atomic():
        for codelist in structure.codelists.values():
            agency = (codelist.agency or structure.agency or "ESTAT")[:20]
            existing = Codelist.objects.filter(agency=agency, code=codelist.code).first()
            labels = _merged(existing.labels if existing else {}, codelist.labels)
            names = {**(existing.names if existing else {}), **codelist.names}
            row, _created = Codelist.objects.update_or_create(
                agency=agency,
                code=codelist.code,
                defaults={
                    "version": codelist.version,
                    "names": names,
                    "labels": labels,
                    "updated_at": timezone.now(),
                },
            )
            saved.append(row)
    return saved


def codelists_for(dimension_ids: Iterable[str]) -> Codelists:
    """Lower-case dimension id -> {code: {language: label}} for the dimensions with a list."""
    wanted = {
        normalise_id(dimension).upper(): normalise_id(dimension) for dimension in dimension_ids
    }
    found: Codelists = {}
    rows = Codelist.objects.filter(code__in=list(wanted))
    for row in sorted(rows, key=lambda row: (row.agency != "ESTAT", row.agency)):
        found.setdefault(wanted[row.code], row.labels)
    return {dimension: found[dimension] for dimension in wanted.values() if dimension in found}


def _merged(
    old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    merged = {code: dict(labels) for code, labels in old.items()}
    for code, labels in new.items():
        merged.setdefault(code, {}).update(labels)
    return merged
