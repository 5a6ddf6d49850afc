"""The workflow panel of a concept's working copy: its status and the steps the reader may take.

A step is only offered to those allowed to take it (the working group proposes, the
Commission approves, sends back and deprecates); the workflow view checks again on POST.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from emn.glossary import permissions
from emn.glossary.models import Concept, ConceptVersion, Stage, Status
from emn.glossary.views.terms import Term, sorted_terms, terms_of


@dataclass(frozen=True)
class Panel:
    status: str
    comment: str
    updated_by: Any
    updated_at: Any
    approved: bool
    can_propose: bool
    can_approve: bool
    can_send_back: bool
    can_deprecate: bool
    replacements: list[Term]

    @property
    def any_step(self) -> bool:
        return self.can_propose or self.can_approve or self.can_send_back or self.can_deprecate


def workflow_panel(user: Any, concept: Concept, version: ConceptVersion) -> Panel | None:
    """The panel for `user`, or None for someone who may not read the working copy."""
    if not permissions.can_read_working_copy(user):
        return None
    status = version.status
    approver = permissions.can_approve(user)
    can_deprecate = approver and status != Status.DEPRECATED
    replacements: list[Term] = []
    if can_deprecate:
        others = ConceptVersion.objects.filter(
            concept__scheme=concept.scheme_id, stage=Stage.WORKING
        ).exclude(concept=concept)
        replacements = sorted_terms(terms_of(others, "en").values())
    return Panel(
        status=status,
        comment=version.comment,
        updated_by=version.updated_by,
        updated_at=version.updated_at,
        approved=ConceptVersion.objects.filter(concept=concept, stage=Stage.APPROVED).exists(),
        can_propose=permissions.can_propose(user) and status == Status.DRAFT,
        can_approve=approver and status in (Status.PROPOSED, Status.DRAFT),
        can_send_back=approver and status == Status.PROPOSED,
        can_deprecate=can_deprecate,
        replacements=replacements,
    )
