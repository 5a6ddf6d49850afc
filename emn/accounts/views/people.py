"""The people of the network: the list, one person, inviting and deactivating."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from emn.accounts import permissions, services
from emn.accounts.filters import PersonFilter
from emn.accounts.forms import InviteForm, RoleGrantForm
from emn.accounts.models import User
from emn.accounts.querysets import people_in_scope, scope_country_ids, sees_whole_network
from emn.accounts.views.common import (
    add_service_error,
    post_or_none,
    require,
    require_people_access,
    visible_person,
)
from emn.network.models import Country

PAGE_SIZE = 50


def _scope(user: Any) -> tuple[list[Country], str]:
    """The countries the list may be narrowed to, and the caption that says whose people these are."""
    if sees_whole_network(user):
        return list(Country.objects.participating()), _("Everyone in the network")
    countries = list(Country.objects.filter(pk__in=scope_country_ids(user)))
    names = ", ".join(country.name for country in countries)
    return countries, _("People working with %(countries)s") % {"countries": names}


@login_required
@require_GET
def people(request: HttpRequest) -> HttpResponse:
    """Commission and Service Provider list everyone; other members the people of their country."""
    require_people_access(request)
    countries, caption = _scope(request.user)
    filters = PersonFilter(
        request.GET or None, queryset=people_in_scope(request.user), countries=countries
    )
    page = Paginator(filters.qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "filters": filters,
        "page": page,
        "caption": caption,
        "show_country_filter": len(countries) > 1,
        "can_invite": permissions.can_invite_user(request.user),
        "query": query.urlencode(),
    }
    return render(request, "accounts/people.html", context)


@login_required
@require_GET
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One person and their roles, with the actions the reader may take on them."""
    require_people_access(request)
    person = visible_person(request, pk)
    return render(request, "accounts/person_detail.html", person_context(request, person))


def person_context(request: HttpRequest, person: User, form: Any = None) -> dict[str, Any]:
    """What the person page needs; the role form is offered only to those who grant roles."""
    user = request.user
    roles = [(role, permissions.can_revoke_role(user, role)) for role in person.roles.all()]
    if form is None and permissions.grantable_kinds(user):
        form = RoleGrantForm(actor=user)
    return {
        "person": person,
        "roles": roles,
        "form": form,
        "can_deactivate": permissions.can_deactivate_user(user, person),
    }


@login_required
@require_http_methods(["GET", "POST"])
def person_invite(request: HttpRequest) -> HttpResponse:
    """Create an account with its first role; the person gets an e-mail to set a password."""
    require(
        permissions.can_invite_user(request.user),
        _("Only the Commission and NCP coordinators invite people."),
    )
    form = InviteForm(post_or_none(request), actor=request.user)
    if form.is_bound and form.is_valid():
        try:
            person = services.invite_person(
                request.user, **form.account_arguments(), **form.role_arguments()
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("%(person)s is invited; an e-mail with a link to set a password is on its way.")
                % {"person": person},
            )
            return redirect("accounts:person_detail", pk=person.pk)
    return render(request, "accounts/person_invite.html", {"form": form})


@login_required
@require_POST
def person_deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    """Close someone's account; their roles stay as the record of what they did."""
    require_people_access(request)
    person = visible_person(request, pk)
    services.deactivate_user(request.user, person)
    messages.success(request, _("The account of %(person)s is deactivated.") % {"person": person})
    return redirect("accounts:people")
