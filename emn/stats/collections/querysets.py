"""Reads of templates and collections: every list starts from `visible_to(user)`.

The data of a collection is read through its dataset (`Dataset.objects.visible_to`), at the
dissemination level the asker chose; these querysets guard the workflow side only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Q

from emn.accounts.roles import expert_group_ids, is_commission, is_emn_member, is_service_provider

if TYPE_CHECKING:
    from emn.stats.collections.models import Collection, CollectionTemplate  # noqa: F401


class TemplateQuerySet(models.QuerySet["CollectionTemplate"]):
    def visible_to(self, user: Any) -> TemplateQuerySet:
        """Templates are working documents of the network: EMN members read them."""
        return self.all() if is_emn_member(user) else self.none()


class CollectionQuerySet(models.QuerySet["Collection"]):
    def visible_to(self, user: Any) -> CollectionQuerySet:
        """The Commission and the Service Provider see all; the owning expert group's
        members see their group's collections; everybody else what the engine shows them
        (what they asked, and the launched requests addressed to their country)."""
        from emn.contributions.models import Request

        if is_commission(user) or is_service_provider(user):
            return self.all()
        if not getattr(user, "is_authenticated", False):
            return self.none()
        requests = Request.objects.visible_to(user).values("pk")
        groups = expert_group_ids(user)
        return self.filter(Q(request__in=requests) | Q(template__expert_group__in=groups))
