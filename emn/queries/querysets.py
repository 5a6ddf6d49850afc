"""Reads of ad-hoc queries: every list and detail starts from `visible_to(user)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import Q

from emn.accounts.roles import is_commission, is_emn_member, ncp_country_ids
from emn.core.dissemination import DisseminatedQuerySet, DisseminationLevel

if TYPE_CHECKING:
    from emn.queries.models import AdHocQuery  # noqa: F401 - for the generic


class AdHocQueryQuerySet(DisseminatedQuerySet["AdHocQuery"]):
    def visible_to(self, user: Any) -> AdHocQueryQuerySet:
        """The public reads published public queries; EMN members read launched queries and
        their own NCP's drafts; the Commission reads everything."""
        if is_commission(user):
            return self.all()
        if not is_emn_member(user):
            return self.filter(state="published", dissemination=DisseminationLevel.PUBLIC)
        own = Q(created_by=user.pk) | Q(request__requester_country__in=ncp_country_ids(user))
        return self.filter(~Q(state="draft") | own)
