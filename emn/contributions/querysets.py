"""Reads of requests and contributions: every list starts from `visible_to(user)`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Q

from emn.accounts.roles import is_commission, is_service_provider, ncp_country_ids

if TYPE_CHECKING:
    from emn.contributions.models import Contribution, Request  # noqa: F401 - for the generics

SETTLED_STATES = ("submitted", "no_information", "declined")


def _sees_all(user: Any) -> bool:
    return is_commission(user) or is_service_provider(user)


class RequestQuerySet(models.QuerySet["Request"]):
    def visible_to(self, user: Any) -> RequestQuerySet:
        """The Commission and the Service Provider see all; others see what they asked and the
        launched requests addressed to their country."""
        if _sees_all(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        countries = ncp_country_ids(user)
        asked = Q(requested_by=user.pk) | Q(requester_country__in=countries)
        addressed = ~Q(state="draft") & Q(contributions__country__in=countries)
        ids = self.filter(asked | addressed).values("pk")
        return self.filter(pk__in=ids)


class ContributionQuerySet(models.QuerySet["Contribution"]):
    def visible_to(self, user: Any) -> ContributionQuerySet:
        """The Commission and the Service Provider see all; an NCP sees its own country's
        contributions to launched requests, and the settled contributions of requests it asked;
        other countries' drafts never."""
        if _sees_all(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        countries = ncp_country_ids(user)
        own = Q(country__in=countries) & ~Q(request__state="draft")
        asked = Q(request__requested_by=user.pk) | Q(request__requester_country__in=countries)
        return self.filter(own | (asked & Q(state__in=SETTLED_STATES)))

    def outstanding(self) -> ContributionQuerySet:
        """Contributions of open requests the country has not yet settled."""
        return self.filter(request__state="open").exclude(state__in=SETTLED_STATES)
