"""The approval workflow: the working group proposes, the Commission approves or sends back.

States of a concept's working copy: draft -> proposed -> approved; any change returns it to
draft; the Commission may deprecate a concept, naming the one to use instead. Approval copies
the working copy to the concept's *approved* version, which the next edition publishes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.core import audit
from emn.glossary import permissions, store
from emn.glossary.models import Concept, ConceptVersion, Stage, Status
from emn.glossary.services._common import deny, working_record, working_version


def _set_status(user: Any, concept: Concept, status: str, comment: str, action: str) -> None:
    version = working_version(concept)
    before = {"status": version.status, "comment": version.comment}
    version.status = status
    version.comment = comment
    version.updated_by = user if getattr(user, "is_authenticated", False) else None
    version.updated_at = timezone.now()
    version.save(update_fields=["status", "comment", "updated_by", "updated_at"])
    audit.record(user, action, concept, before=before, after={"status": status, "comment": comment})


def _require(concept: Concept, *statuses: str) -> str:
    status = working_version(concept).status
    if status not in statuses:
        raise ValidationError(
            _("This concept is %(status)s; the step needs it to be %(needed)s.")
            % {
                "status": Status(status).label,
                "needed": " / ".join(str(Status(s).label) for s in statuses),
            }
        )
    return status


def propose(user: Any, concept: Concept, comment: str = "") -> None:
    """Send a draft to the Commission for approval."""
    deny(permissions.can_propose(user), _("Only the glossary working group proposes changes."))
    with transaction.atomic():
        _require(concept, Status.DRAFT)
        _set_status(user, concept, Status.PROPOSED, comment, "propose")


def reject(user: Any, concept: Concept, comment: str) -> None:
    """Send a proposal back to the working group as a draft, saying why."""
    deny(permissions.can_approve(user), _("Only the Commission approves or rejects changes."))
    if not comment.strip():
        raise ValidationError(_("Say why the proposal is sent back."))
    with transaction.atomic():
        _require(concept, Status.PROPOSED)
        _set_status(user, concept, Status.DRAFT, comment.strip(), "reject")


def _copy_to_approved(user: Any, concept: Concept, status: str, replaced_by: str | None) -> None:
    record = replace(working_record(concept), status=status, replaced_by=replaced_by)
    store.write(concept.scheme, [record], Stage.WORKING, user=user)
    store.copy_stage(concept.scheme, [record], Stage.WORKING, Stage.APPROVED, user=user)


def approve(user: Any, concept: Concept, comment: str = "") -> None:
    """Approve the working copy (proposed, or a draft the Commission approves directly)."""
    deny(permissions.can_approve(user), _("Only the Commission approves changes."))
    with transaction.atomic():
        _require(concept, Status.PROPOSED, Status.DRAFT)
        _copy_to_approved(user, concept, Status.APPROVED, None)
        ConceptVersion.objects.filter(concept=concept, stage=Stage.WORKING).update(comment=comment)
        audit.record(user, "approve", concept, after={"comment": comment})


def deprecate(
    user: Any, concept: Concept, replaced_by: Concept | None = None, comment: str = ""
) -> None:
    """Deprecate a concept, naming the one to use instead; effective in the next edition."""
    deny(permissions.can_approve(user), _("Only the Commission deprecates concepts."))
    if replaced_by is not None and (
        replaced_by.pk == concept.pk or replaced_by.scheme_id != concept.scheme_id
    ):
        raise ValidationError(_("Choose another concept of the same glossary to use instead."))
    with transaction.atomic():
        _copy_to_approved(
            user, concept, Status.DEPRECATED, replaced_by.uri if replaced_by else None
        )
        audit.record(
            user,
            "deprecate",
            concept,
            after={"replaced_by": replaced_by.uri if replaced_by else None, "comment": comment},
        )
