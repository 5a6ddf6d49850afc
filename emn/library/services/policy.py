"""The Commission's archive rules: how long each type of publication stays current."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from emn.core import audit
from emn.library import permissions
from emn.library.models import ArchivePolicy, PublicationType
from emn.library.services._common import deny

MAX_MONTHS = 1200


def set_archive_policy(actor: Any, type: str, months: int | None) -> ArchivePolicy | None:
    """Set (or, with None, remove) the age after which a type of publication is archived.

    Rule: 1 to 1200 months; without a rule a type stays current until superseded.
    Permission: `can_set_archive_policy` (the Commission). Audit: `library.policy_set`.
    """
    deny(
        permissions.can_set_archive_policy(actor), _("Only the Commission sets the archive rules.")
    )
    if type not in PublicationType.values:
        raise ValidationError({"type": _("Choose a type of publication.")})
    if months is not None and (
        isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_MONTHS
    ):
        raise ValidationError(
            {"months": _("Give a number of months from 1 to %(max)s.") % {"max": MAX_MONTHS}}
        )
    with transaction.atomic():
        policy = ArchivePolicy.objects.select_for_update().filter(type=type).first()
        before = audit.snapshot(policy) if policy else None
        if months is None:
            if policy is None:
                return None
            audit.record(actor, "library.policy_set", policy, before=before, after=None)
            policy.delete()
            return None
        if policy is None:
            policy = ArchivePolicy(type=type)
        policy.months = months
        policy.save()
        audit.record(
            actor, "library.policy_set", policy, before=before, after=audit.snapshot(policy)
        )
    return policy
