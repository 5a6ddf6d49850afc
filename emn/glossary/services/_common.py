"""What the glossary's services share: denial, the working copy of one concept, indexing."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied

from emn.glossary import records
from emn.glossary.models import Concept, ConceptVersion, Stage


def deny(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def working_record(concept: Concept) -> records.ConceptData:
    """The working copy of `concept` as plain data (every concept has one)."""
    found = records.load(concept.scheme, None, concept=concept)
    if not found:
        raise ConceptVersion.DoesNotExist(f"{concept.uri} has no working copy")
    return found[0]


def working_version(concept: Concept) -> ConceptVersion:
    return ConceptVersion.objects.get(concept=concept, stage=Stage.WORKING)


def audit_state(record: records.ConceptData) -> dict[str, Any]:
    """The audited form of a version: every field as plain lists."""
    return {key: value for key, value in record.comparable().items()}
