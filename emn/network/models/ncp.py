"""National Contact Points, their financing and their national networks."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from emn.core.dissemination import Disseminated, VisibleQuerySet


class NationalContactPoint(models.Model):
    """The NCP of one participating country.

    Rules: one NCP per country (database-enforced); only participating countries have one;
    the coordinating organisation hosts it, other organisations may staff it, and partners
    form its national network.
    """

    country = models.OneToOneField(
        "network.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="ncp"
    )
    operating_since = models.DateField(_("operating since"), null=True, blank=True)
    designated_by = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("designated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="designated_ncps",
        help_text=_("The national ministry that designated the NCP."),
    )
    cooperation_agreement = models.CharField(
        _("cooperation agreement"),
        max_length=300,
        blank=True,
        help_text=_("The agreement the NCP works under, e.g. its grant agreement reference."),
    )
    coordinator = models.ForeignKey(
        "network.Organisation",
        verbose_name=_("coordinating organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_ncps",
    )
    organisations = models.ManyToManyField(
        "network.Organisation",
        verbose_name=_("other organisations in the NCP"),
        blank=True,
        related_name="ncp_memberships",
    )
    address = models.TextField(_("contact address"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)

    objects = VisibleQuerySet.as_manager()

    class Meta:
        ordering = ["country__code"]
        verbose_name = _("National Contact Point")

    def __str__(self) -> str:
        return str(_("EMN NCP %(country)s") % {"country": self.country.name})

    @property
    def audit_country_id(self) -> int | None:
        return self.country_id


class NcpFunding(Disseminated):
    """One year's financing of an NCP: the Commission's grant and the national co-financing.

    Rule: one row per NCP and year; amounts in euro.
    """

    ncp = models.ForeignKey(NationalContactPoint, on_delete=models.CASCADE, related_name="funding")
    year = models.PositiveSmallIntegerField(_("year"))
    commission_grant = models.DecimalField(
        _("Commission grant (EUR)"), max_digits=12, decimal_places=2
    )
    national_cofinancing = models.DecimalField(
        _("national co-financing (EUR)"), max_digits=12, decimal_places=2
    )

    class Meta:
        ordering = ["-year"]
        verbose_name = _("NCP funding")
        constraints = [models.UniqueConstraint(fields=["ncp", "year"], name="funding_one_per_year")]

    def __str__(self) -> str:
        return f"{self.ncp} {self.year}"

    @property
    def total(self) -> object:
        return self.commission_grant + self.national_cofinancing

    @property
    def audit_country_id(self) -> int | None:
        return self.ncp.country_id


class NetworkPartner(Disseminated):
    """An organisation in an NCP's national network, with what it contributes.

    Rule: an organisation appears at most once in a given national network.
    """

    ncp = models.ForeignKey(NationalContactPoint, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "network.Organisation", on_delete=models.PROTECT, related_name="partnerships"
    )
    contribution = models.CharField(_("role in the network"), max_length=300, blank=True)
    since = models.DateField(_("partner since"), null=True, blank=True)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("national network partner")
        constraints = [
            models.UniqueConstraint(fields=["ncp", "organisation"], name="partner_once_per_network")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.ncp}"

    @property
    def audit_country_id(self) -> int | None:
        return self.ncp.country_id
