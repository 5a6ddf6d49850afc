"""Editing an NCP's details and recording a new NCP: forms in front of the services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from emn.network import permissions, querysets, services
from emn.network.forms import NcpCreateForm, NcpForm
from emn.network.models import Country, NationalContactPoint, Organisation
from emn.network.views.common import country_or_404, posted


def _organisations_for(user: Any, country: Country | None) -> QuerySet[Organisation]:
    """Organisations that may host or designate an NCP: the country's own and the
    international ones (an IOM office, for instance, is recorded in its country)."""
    visible = querysets.organisations(user)
    if country is None:
        return visible
    return visible.filter(Q(country=country) | Q(country__isnull=True))


@login_required
def ncp_update(request: HttpRequest, code: str) -> HttpResponse:
    """Edit an NCP's details (its coordinator or the Commission): `services.update_ncp`."""
    country = country_or_404(request, code)
    ncp = get_object_or_404(NationalContactPoint.objects.visible_to(request.user), country=country)
    if not permissions.can_change_ncp(request.user, ncp):
        raise PermissionDenied
    form = NcpForm(
        posted(request),
        initial=NcpForm.initial_for(ncp),
        organisations=_organisations_for(request.user, country),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_ncp(request.user, ncp, **form.changes())
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The National Contact Point was updated."))
            return redirect("network:country_detail", code=country.code)
    return render(request, "network/ncp_form.html", {"form": form, "country": country})


@login_required
def ncp_create(request: HttpRequest) -> HttpResponse:
    """Record the NCP of a participating country (the Commission): `services.create_ncp`.

    A duplicate, a country outside the network or an unknown code is a form error and
    nothing is stored.
    """
    if not permissions.can_create_ncp(request.user):
        raise PermissionDenied
    form = NcpCreateForm(
        posted(request),
        initial={"country": request.GET.get("country", "").upper()},
        organisations=_organisations_for(request.user, None),
    )
    if request.method == "POST" and form.is_valid():
        country = form.cleaned_data["country"]
        try:
            services.create_ncp(request.user, country=country, **form.changes())
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The National Contact Point was recorded."))
            return redirect("network:country_detail", code=country.code)
    return render(request, "network/ncp_form.html", {"form": form, "country": None})
