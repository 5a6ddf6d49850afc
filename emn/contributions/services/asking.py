"""Asking countries: address, open, close and withdraw a request."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from emn.contributions import permissions
from emn.contributions.models import Contribution, Request
from emn.contributions.services.core import _deny
from emn.core import audit
from emn.network.models import Country


def address_request(actor: Any, request: Request, countries: Iterable[Country]) -> Request:
    """Set the countries a draft request is addressed to: one contribution each.

    Rule: only while drafting; countries must take part in the network. Permission:
    `can_manage_request`. Audit: `contributions.address_request`.
    """
    _deny(permissions.can_manage_request(actor, request), _("You may not change this request."))
    if request.state != Request.State.DRAFT:
        raise ValidationError(_("Only a draft request can change the countries it asks."))
    chosen = {c.pk: c for c in countries}
    if not chosen:
        raise ValidationError({"countries": _("Choose at least one country.")})
    outside = [str(c) for c in chosen.values() if not c.is_participating]
    if outside:
        raise ValidationError(
            {"countries": _("Not in the network: %(names)s.") % {"names": ", ".join(outside)}}
        )
    with transaction.atomic():
        before = sorted(request.contributions.values_list("country_id", flat=True))
        request.contributions.exclude(country_id__in=chosen).delete()
        Contribution.objects.bulk_create(
            [Contribution(request=request, country_id=pk) for pk in chosen if pk not in before]
        )
        audit.record(
            actor,
            "contributions.address_request",
            request,
            before={"countries": before},
            after={"countries": sorted(chosen)},
        )
    return request


def open_request(
    actor: Any, request: Request, countries: Iterable[Country] | None = None
) -> Request:
    """Open a draft request to its countries (default: every participating country).

    Rule: the deadline is not in the past; one contribution per country. Permission:
    `can_manage_request`. Audit: `contributions.open_request`.
    """
    _deny(permissions.can_manage_request(actor, request), _("You may not open this request."))
    if request.state != Request.State.DRAFT:
        raise ValidationError(_("Only a draft request can be opened."))
    if request.deadline < timezone.localdate():
        raise ValidationError({"deadline": _("The deadline is in the past.")})
    with transaction.atomic():
        if countries is not None:
            address_request(actor, request, countries)
        elif not request.contributions.exists():
            address_request(actor, request, Country.objects.participating())
        before = audit.snapshot(request, ["state", "opened_at"])
        request.state = Request.State.OPEN
        request.opened_at = timezone.now()
        request.save(update_fields=["state", "opened_at"])
        audit.record(
            actor,
            "contributions.open_request",
            request,
            before=before,
            after=audit.snapshot(request, ["state", "opened_at"]),
        )
    return request


def _end_request(actor: Any, request: Request, target: str, allowed_from: tuple[str, ...]) -> None:
    _deny(permissions.can_manage_request(actor, request), _("You may not change this request."))
    if request.state not in allowed_from:
        raise ValidationError(
            _("A request that is “%(current)s” cannot become “%(target)s”.")
            % {
                "current": Request.State(request.state).label,
                "target": Request.State(target).label,
            }
        )
    with transaction.atomic():
        before = audit.snapshot(request, ["state"])
        request.state = target
        request.save(update_fields=["state"])
        audit.record(
            actor,
            f"contributions.{target}_request",
            request,
            before=before,
            after={"state": target},
        )


def close_request(actor: Any, request: Request) -> Request:
    """Close an open request: no more contributions are taken.

    Permission: `can_manage_request`. Audit: `contributions.closed_request`.
    """
    _end_request(actor, request, Request.State.CLOSED, (Request.State.OPEN,))
    return request


def withdraw_request(actor: Any, request: Request) -> Request:
    """Withdraw a draft or open request.

    Permission: `can_manage_request`. Audit: `contributions.withdrawn_request`.
    """
    _end_request(actor, request, Request.State.WITHDRAWN, (Request.State.DRAFT, Request.State.OPEN))
    return request
