"""Organisations: ministries, agencies, IOM offices, institutes, NGOs, EU bodies."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import Disseminated


class Organisation(Disseminated):
    """An organisation that takes part in, or works with, the network.

    Rule: research institutes and universities with `in_directory` set appear in the
    directory of researchers and research institutes (Decision Art. 8(e)).
    """

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry")
        AGENCY = "agency", _("Agency")
        IOM_OFFICE = "iom_office", _("IOM country office")
        RESEARCH_INSTITUTE = "research_institute", _("Research institute")
        UNIVERSITY = "university", _("University")
        NGO = "ngo", _("Non-governmental organisation")
        EU_BODY = "eu_body", _("EU body")
        INTERNATIONAL = "international", _("International organisation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(_("type"), max_length=30, choices=Kind.choices)
    country = models.ForeignKey(
        "network.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("Leave empty for EU bodies and international organisations."),
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    in_directory = models.BooleanField(_("listed in the research directory"), default=False)
    expertise = models.ManyToManyField(
        "core.Theme", verbose_name=_("fields of expertise"), blank=True, related_name="+"
    )
    countries_covered = models.ManyToManyField(
        "network.Country", verbose_name=_("countries covered"), blank=True, related_name="+"
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="organisation_unique_name"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def audit_country_id(self) -> int | None:
        return self.country_id
