"""Expert groups of the network; their members are users holding the expert-group role."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import VisibleQuerySet


class ExpertGroup(models.Model):
    """A standing expert group, such as the Return Expert Group (set up in 2014).

    Rule: membership is a `Role` of kind expert group, so it is granted, revoked and audited
    like every other role.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    set_up_year = models.PositiveSmallIntegerField(_("set up in"), null=True, blank=True)
    mandate = models.TextField(_("mandate"), blank=True)
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )

    objects = VisibleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("expert group")

    def __str__(self) -> str:
        return self.name
