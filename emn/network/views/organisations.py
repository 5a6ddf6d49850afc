"""Organisations: the filtered list, one organisation's page, adding and editing one."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from emn.accounts.roles import coordinated_country_ids, is_commission, is_emn_member
from emn.network import permissions, querysets, services
from emn.network.filters import OrganisationFilter
from emn.network.forms import OrganisationForm
from emn.network.models import Country, NationalContactPoint, NetworkPartner
from emn.network.views.common import paginate, posted


def organisation_list(request: HttpRequest) -> HttpResponse:
    """Organisations the reader may see, filtered by type, country and name."""
    filterset = OrganisationFilter.for_page(
        request.GET or None, queryset=querysets.organisations(request.user), request=request
    )
    context = {
        "filter": filterset,
        "page": paginate(request, filterset.qs),
        "can_add": bool(_countries_for(request.user).exists()) or is_commission(request.user),
        "shows_dissemination": is_emn_member(request.user),
    }
    return render(request, "network/organisation_list.html", context)


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """An organisation and how it takes part: NCPs, national networks, researchers."""
    user = request.user
    organisation = get_object_or_404(querysets.organisations(user), pk=pk)
    ncps = NationalContactPoint.objects.visible_to(user).select_related("country")
    context = {
        "organisation": organisation,
        "coordinates": ncps.filter(coordinator=organisation),
        "belongs_to": ncps.filter(organisations=organisation),
        "designated": ncps.filter(designated_by=organisation),
        "partnerships": NetworkPartner.objects.visible_to(user)
        .filter(organisation=organisation)
        .select_related("ncp__country"),
        "researchers": querysets.researchers_affiliated(user, organisation.pk),
        "can_change": permissions.can_change_organisation(user, organisation),
        "shows_dissemination": is_emn_member(user),
    }
    return render(request, "network/organisation_detail.html", context)


def _countries_for(user: Any) -> QuerySet[Country]:
    """The countries in which `user` may add organisations (every one for the Commission)."""
    countries = Country.objects.visible_to(user)
    if is_commission(user):
        return countries
    return countries.filter(pk__in=coordinated_country_ids(user))


def _form(request: HttpRequest, initial: dict[str, Any]) -> OrganisationForm:
    return OrganisationForm(
        posted(request),
        initial=initial,
        countries=_countries_for(request.user),
        countryless=permissions.can_create_organisation(request.user, None),
    )


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    """Add an organisation (the Commission anywhere, a coordinator in their country):
    `services.create_organisation`. `?country=SI` preselects the country."""
    if not is_commission(request.user) and not _countries_for(request.user).exists():
        raise PermissionDenied
    form = _form(request, {"country": request.GET.get("country", "").upper() or None})
    if request.method == "POST" and form.is_valid():
        try:
            organisation = services.create_organisation(request.user, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            _refused(form, error)
        else:
            messages.success(request, _("The organisation was added."))
            return redirect("network:organisation_detail", pk=organisation.pk)
    return render(request, "network/organisation_form.html", {"form": form, "organisation": None})


@login_required
def organisation_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit an organisation: `services.update_organisation`, which also refuses moving it
    to a country out of the user's reach."""
    organisation = get_object_or_404(querysets.organisations(request.user), pk=pk)
    if not permissions.can_change_organisation(request.user, organisation):
        raise PermissionDenied
    form = _form(request, OrganisationForm.initial_for(organisation))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_organisation(request.user, organisation, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            organisation.refresh_from_db()  # The service may have changed it in memory.
            _refused(form, error)
        else:
            messages.success(request, _("The organisation was updated."))
            return redirect("network:organisation_detail", pk=organisation.pk)
    context = {"form": form, "organisation": organisation}
    return render(request, "network/organisation_form.html", context)


def _refused(form: OrganisationForm, error: ValidationError | PermissionDenied) -> None:
    """A refusal from the service shows on the form like any other error: nothing was stored."""
    if isinstance(error, PermissionDenied):
        form.refuse(error)
    else:
        form.add_service_error(error)
