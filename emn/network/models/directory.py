"""The directory of researchers (Decision Art. 8(e)); institutes are `Organisation` rows."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import Disseminated
from emn.network.querysets import ResearcherQuerySet

ERASED = "[erased]"


class Researcher(Disseminated):
    """A researcher listed in the directory, with fields of expertise and countries.

    Rules: personal data is held on a recorded legal basis; the Commission may export an
    entry for its subject or erase it, and erasure blanks the personal fields here and in the
    audit trail while keeping the trail itself.
    """

    class LegalBasis(models.TextChoices):
        CONSENT = "consent", _("Consent of the person")
        PUBLIC_TASK = "public_task", _("Task carried out in the public interest")
        LEGITIMATE_INTEREST = "legitimate_interest", _("Legitimate interest")

    PERSONAL_FIELDS = ("name", "email", "title", "biography", "website")

    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("position"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("web page"), blank=True)
    biography = models.TextField(_("research interests"), blank=True)
    affiliation = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("affiliation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="researchers",
    )
    expertise = models.ManyToManyField(
        "core.Theme", verbose_name=_("fields of expertise"), blank=True, related_name="+"
    )
    countries = models.ManyToManyField(
        "network.Country",
        verbose_name=_("countries of expertise"),
        blank=True,
        related_name="researchers",
    )
    legal_basis = models.CharField(_("legal basis"), max_length=30, choices=LegalBasis.choices)
    basis_recorded_on = models.DateField(_("basis recorded on"))
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)

    objects = ResearcherQuerySet.as_manager()  # type: ignore[misc]  # narrows the base manager

    class Meta:
        ordering = ["name"]
        verbose_name = _("researcher")

    def __str__(self) -> str:
        return self.name

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    @property
    def audit_country_id(self) -> int | None:
        return None
