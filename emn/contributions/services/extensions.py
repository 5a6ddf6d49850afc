"""More time for a country: asked by its coordinator, decided by the asker."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.contributions import permissions
from emn.contributions.models import Contribution, Extension
from emn.contributions.services.core import _BEFORE_SUBMISSION, Event, _deny, _event, _required
from emn.core import audit


def request_extension(
    actor: Any, contribution: Contribution, until: datetime.date, reason: str
) -> Extension:
    """Ask the asker for a later deadline for this country.

    Rule: later than the current deadline; one pending request at a time; a reason is
    required. Permission: `can_request_extension` (the coordinator). Audit:
    `contributions.request_extension`.
    """
    _deny(
        permissions.can_request_extension(actor, contribution),
        _("Only the coordinator of %(country)s may ask for more time.")
        % {"country": contribution.country},
    )
    reason = _required(reason, "reason")
    if until <= contribution.effective_deadline:
        raise ValidationError({"until": _("Ask for a date after the current deadline.")})
    if contribution.state not in _BEFORE_SUBMISSION:
        raise ValidationError(_("This contribution is no longer outstanding."))
    with transaction.atomic():
        if contribution.extensions.filter(state=Extension.State.PENDING).exists():
            raise ValidationError(_("An extension is already waiting for a decision."))
        extension = Extension.objects.create(
            contribution=contribution, requested_until=until, reason=reason, requested_by=actor
        )
        _event(actor, contribution, Event.EXTENSION_REQUESTED, contribution.state, reason)
        audit.record(
            actor,
            "contributions.request_extension",
            extension,
            after=audit.snapshot(extension),
            country_id=contribution.country_id,
        )
    return extension


def decide_extension(actor: Any, extension: Extension, grant: bool, note: str = "") -> Extension:
    """Grant (moving the country's own deadline) or refuse a pending extension.

    Permission: `can_decide_extension` (the asker). Audit: `contributions.decide_extension`.
    """
    contribution = extension.contribution
    _deny(
        permissions.can_decide_extension(actor, contribution),
        _("Only the asker may decide on an extension."),
    )
    if extension.state != Extension.State.PENDING:
        raise ValidationError(_("This extension has already been decided."))
    with transaction.atomic():
        before = audit.snapshot(extension, ["state"])
        extension.state = Extension.State.GRANTED if grant else Extension.State.REFUSED
        extension.decided_by = actor
        extension.decided_at = timezone.now()
        extension.decision_note = note.strip()
        extension.save()
        if grant:
            contribution.deadline = extension.requested_until
            contribution.save(update_fields=["deadline"])
        kind = Event.EXTENSION_GRANTED if grant else Event.EXTENSION_REFUSED
        _event(actor, contribution, kind, contribution.state, note)
        audit.record(
            actor,
            "contributions.decide_extension",
            extension,
            before=before,
            after=audit.snapshot(extension, ["state", "decision_note"]),
            country_id=contribution.country_id,
        )
    return extension
