"""Every write to the network: permission check, validation, transaction, audit."""

from __future__ import annotations


from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.core import audit
from emn.network import permissions
from emn.network.models import Country, NationalContactPoint, Organisation, Researcher
from emn.network.models.directory import ERASED

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
    return researcher
