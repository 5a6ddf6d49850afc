"""Dissemination levels: the one mechanism that decides who may read a piece of content.

Content is public in principle; `emn` material is for EMN members and the Commission only
(Council Decision 2008/381/EC). Every model that may be restricted inherits `Disseminated`, and
every read goes through `Model.objects.visible_to(user)`, so pages, API, search, feeds and
exports all apply the same rule.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models
from django.utils.translation import gettext_lazy as _

_M = TypeVar("_M", bound=models.Model)


class DisseminationLevel(models.TextChoices):
    PUBLIC = "public", _("Public")
    EMN = "emn", _("EMN members only")


class VisibleQuerySet(models.QuerySet[_M]):
    """A queryset whose rows everybody may read; the default for unrestricted models."""

    def visible_to(self, user: Any) -> VisibleQuerySet[_M]:
        """Return the rows `user` may read: here, all of them."""
        return self.all()


class DisseminatedQuerySet(VisibleQuerySet[_M]):
    """A queryset that hides `emn` rows from anybody who is not an EMN member."""

    def visible_to(self, user: Any) -> DisseminatedQuerySet[_M]:
        """Return the rows `user` may read: `emn` rows only for EMN members."""
        from emn.accounts.roles import is_emn_member

        if is_emn_member(user):
            return self.all()
        return self.filter(dissemination=DisseminationLevel.PUBLIC)


class Disseminated(models.Model):
    """Abstract base for content that is public or restricted to the network.

    Rule: a row with dissemination `emn` is never shown to the public, through any door.
    """

    dissemination = models.CharField(
        _("dissemination level"),
        max_length=10,
        choices=DisseminationLevel.choices,
        default=DisseminationLevel.PUBLIC,
        db_index=True,
    )

    objects = DisseminatedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_restricted(self) -> bool:
        return self.dissemination == DisseminationLevel.EMN
