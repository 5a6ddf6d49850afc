"""Every write to the network: permission check, validation, transaction, audit."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.core import audit
from emn.network import permissions
from emn.network.models import (
    Country,
    NationalContactPoint,
    NcpFunding,
    NetworkPartner,
    Organisation,
    Researcher,
)
from emn.network.models.directory import ERASED
from emn.search.indexing import index_later

ORGANISATION_FIELDS = (
    "name",
    "acronym",
    "kind",
    "country",
    "website",
    "description",
    "in_directory",
    "dissemination",
)
NCP_FIELDS = (
    "operating_since",
    "designated_by",
    "cooperation_agreement",
    "coordinator",
    "address",
    "email",
    "phone",
    "website",
)


def _apply(obj: Any, changes: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValidationError(_("These fields cannot be set here: %s") % ", ".join(unknown))
    for field, value in changes.items():
        setattr(obj, field, value)


def create_organisation(
    actor: Any, *, name: str, kind: str, country: Country | None = None, **fields: Any
) -> Organisation:
    """Add an organisation.

    Rule: name unique within its country. Permission: `can_create_organisation`.
    Audit: `network.create_organisation`.
    """
    country_id = country.pk if country is not None else None
    if not permissions.can_create_organisation(actor, country_id):
        raise PermissionDenied(_("You may not add organisations in this country."))
    organisation = Organisation(name=name.strip(), kind=kind, country=country)
    _apply(organisation, fields, ORGANISATION_FIELDS)
    organisation.full_clean()
    with transaction.atomic():
        organisation.save()
        audit.record(
            actor, "network.create_organisation", organisation, after=audit.snapshot(organisation)
        )
        index_later(organisation)
    return organisation


def update_organisation(actor: Any, organisation: Organisation, **changes: Any) -> Organisation:
    """Change an organisation. Permission: `can_change_organisation` (before and after the
    change, so nobody moves an organisation out of their reach). Audit: `network.update_organisation`."""
    if not permissions.can_change_organisation(actor, organisation):
        raise PermissionDenied(_("You may not change this organisation."))
    before = audit.snapshot(organisation)
    _apply(organisation, changes, ORGANISATION_FIELDS)
    if not permissions.can_change_organisation(actor, organisation):
        raise PermissionDenied(_("You may not move this organisation to that country."))
    organisation.full_clean()
    with transaction.atomic():
        organisation.save()
        audit.record(
            actor,
            "network.update_organisation",
            organisation,
            before=before,
            after=audit.snapshot(organisation),
        )
        index_later(organisation)
    return organisation


def create_ncp(actor: Any, *, country: Country, **fields: Any) -> NationalContactPoint:
    """Record the NCP of a participating country.

    Rules: one NCP per country; none for a country outside the network. Permission:
    `can_create_ncp` (the Commission). Audit: `network.create_ncp`.
    """
    if not permissions.can_create_ncp(actor):
        raise PermissionDenied(_("Only the Commission records a new National Contact Point."))
    if not country.is_participating:
        raise ValidationError(
            {"country": _("%(country)s does not take part in the network.") % {"country": country}}
        )
    if NationalContactPoint.objects.filter(country=country).exists():
        raise ValidationError(
            {
                "country": _("%(country)s already has a National Contact Point.")
                % {"country": country}
            }
        )
    ncp = NationalContactPoint(country=country)
    _apply(ncp, fields, NCP_FIELDS)
    ncp.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            ncp.save()
            audit.record(actor, "network.create_ncp", ncp, after=audit.snapshot(ncp))
    except IntegrityError:  # Two requests raced past the check above.
        raise ValidationError(
            {
                "country": _("%(country)s already has a National Contact Point.")
                % {"country": country}
            }
        ) from None
    return ncp


def update_ncp(actor: Any, ncp: NationalContactPoint, **changes: Any) -> NationalContactPoint:
    """Change an NCP's details. Permission: `can_change_ncp`. Audit: `network.update_ncp`."""
    if not permissions.can_change_ncp(actor, ncp):
        raise PermissionDenied(_("You may not change this National Contact Point."))
    before = audit.snapshot(ncp)
    _apply(ncp, changes, NCP_FIELDS)
    ncp.full_clean(validate_unique=False)
    with transaction.atomic():
        ncp.save()
        audit.record(actor, "network.update_ncp", ncp, before=before, after=audit.snapshot(ncp))
    return ncp


def export_researcher(actor: Any, researcher: Researcher) -> dict[str, Any]:
    """The personal data held on a researcher, for the person who asked for it.

    Permission: `can_export_researcher` (the Commission). Audit: `network.export_researcher`
    (the export itself is recorded, not its content).
    """
    if not permissions.can_export_researcher(actor, researcher):
        raise PermissionDenied(_("You may not export this entry."))
    data = audit.snapshot(researcher)
    data["affiliation"] = str(researcher.affiliation) if researcher.affiliation else None
    data["expertise"] = [theme.label for theme in researcher.expertise.all()]
    data["countries"] = [country.code for country in researcher.countries.all()]
    data["exported_at"] = timezone.now().isoformat()
    with transaction.atomic():
        audit.record(actor, "network.export_researcher", researcher)
    return data


def erase_researcher(actor: Any, researcher: Researcher) -> Researcher:
    """Erase a researcher's personal data on request, keeping the audit trail without it.

    Rule: the entry stays as an anonymous placeholder so the trail still points somewhere;
    its personal fields are blanked here and in every audit entry about it. Permission:
    `can_erase_researcher` (the Commission). Audit: `network.erase_researcher`.
    """
    if not permissions.can_erase_researcher(actor, researcher):
        raise PermissionDenied(_("You may not erase this entry."))
    with transaction.atomic():
        audit.redact(researcher, Researcher.PERSONAL_FIELDS, ERASED)
        researcher.name = ERASED
        researcher.email = ""
        researcher.title = ""
        researcher.biography = ""
        researcher.website = ""
        researcher.affiliation = None
        researcher.erased_at = timezone.now()
        researcher.save()
        researcher.expertise.clear()
        researcher.countries.clear()
        audit.record(
            actor,
            "network.erase_researcher",
            researcher,
            after={"erased_at": researcher.erased_at.isoformat()},
        )
        index_later(researcher)
    return researcher


def add_network_partner(
    actor: Any,
    ncp: NationalContactPoint,
    organisation: Organisation,
    *,
    contribution: str = "",
    **fields: Any,
) -> NetworkPartner:
    """Add an organisation to an NCP's national network.

    Rule: once per network. Permission: `can_change_ncp` (the Commission, the NCP's
    coordinator). Audit: `network.add_network_partner`.
    """
    if not permissions.can_change_ncp(actor, ncp):
        raise PermissionDenied(_("You may not change this national network."))
    if NetworkPartner.objects.filter(ncp=ncp, organisation=organisation).exists():
        raise ValidationError(
            {"organisation": _("%(org)s is already a partner.") % {"org": organisation}}
        )
    partner = NetworkPartner(ncp=ncp, organisation=organisation, contribution=contribution)
    _apply(partner, fields, ("since", "dissemination"))
    partner.full_clean(validate_unique=False)
    with transaction.atomic():
        partner.save()
        audit.record(actor, "network.add_network_partner", partner, after=audit.snapshot(partner))
    return partner


def record_funding(
    actor: Any,
    ncp: NationalContactPoint,
    *,
    year: int,
    commission_grant: Any,
    national_cofinancing: Any,
    **fields: Any,
) -> NcpFunding:
    """Record one year's financing of an NCP.

    Rule: one row per NCP and year, amounts not negative. Permission: `can_change_funding`
    (the Commission). Audit: `network.record_funding`.
    """
    if not permissions.can_change_funding(actor, ncp):
        raise PermissionDenied(_("Only the Commission records NCP financing."))
    if NcpFunding.objects.filter(ncp=ncp, year=year).exists():
        raise ValidationError(
            {"year": _("Financing for %(year)s is already recorded.") % {"year": year}}
        )
    funding = NcpFunding(
        ncp=ncp,
        year=year,
        commission_grant=commission_grant,
        national_cofinancing=national_cofinancing,
    )
    _apply(funding, fields, ("dissemination",))
    funding.full_clean(validate_unique=False)
    if funding.commission_grant < 0 or funding.national_cofinancing < 0:
        raise ValidationError(_("Amounts cannot be negative."))
    with transaction.atomic():
        funding.save()
        audit.record(actor, "network.record_funding", funding, after=audit.snapshot(funding))
    return funding


RESEARCHER_FIELDS = (
    "name",
    "title",
    "email",
    "website",
    "biography",
    "affiliation",
    "legal_basis",
    "basis_recorded_on",
    "dissemination",
)


def add_researcher(
    actor: Any,
    *,
    expertise: list[Any] | None = None,
    countries: list[Any] | None = None,
    **fields: Any,
) -> Researcher:
    """Add a researcher to the directory.

    Rule: personal data only with a recorded legal basis. Permission:
    `can_manage_directory` (the Commission). Audit: `network.add_researcher`.
    """
    if not permissions.can_manage_directory(actor):
        raise PermissionDenied(_("You may not add entries to the directory."))
    researcher = Researcher()
    _apply(researcher, fields, RESEARCHER_FIELDS)
    researcher.full_clean()
    with transaction.atomic():
        researcher.save()
        researcher.expertise.set(expertise or [])
        researcher.countries.set(countries or [])
        audit.record(actor, "network.add_researcher", researcher, after=audit.snapshot(researcher))
        index_later(researcher)
    return researcher
