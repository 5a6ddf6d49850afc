"""Reads of the library: every list and detail starts from `visible_to(user)`."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta
from django.db.models import Q
from django.utils import timezone

from emn.core.dissemination import DisseminatedQuerySet

if TYPE_CHECKING:
    from emn.library.models import Publication  # noqa: F401 - for the generic


def _archived_by_age(today: datetime.date) -> Q:
    """Publications older than their type's archive rule."""
    from emn.library.models import ArchivePolicy

    aged = Q(pk__in=[])
    for policy in ArchivePolicy.objects.all():
        cutoff = today - relativedelta(months=policy.months)
        aged |= Q(type=policy.type, published_on__lt=cutoff)
    return aged


class PublicationQuerySet(DisseminatedQuerySet["Publication"]):
    """Publications: the dissemination rule, then current / archive."""

    def visible_to(self, user: Any) -> PublicationQuerySet:
        """Public publications for everyone; `emn` ones for EMN members."""
        return super().visible_to(user)  # type: ignore[return-value]

    def current(self, today: datetime.date | None = None) -> PublicationQuerySet:
        """Not superseded by a newer edition and not older than its type's archive rule."""
        today = today or timezone.localdate()
        return self.filter(superseded_by__isnull=True).exclude(_archived_by_age(today))

    def archived(self, today: datetime.date | None = None) -> PublicationQuerySet:
        """Superseded, or older than its type's archive rule."""
        today = today or timezone.localdate()
        return self.filter(Q(superseded_by__isnull=False) | _archived_by_age(today))
