"""Giving and removing roles."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from emn.accounts import permissions, services
from emn.accounts.forms import RoleGrantForm
from emn.accounts.models import Role, User
from emn.accounts.views.common import (
    add_service_error,
    post_or_none,
    require,
    require_people_access,
    visible_person,
)


@login_required
@require_http_methods(["GET", "POST"])
def role_grant(request: HttpRequest, pk: int) -> HttpResponse:
    """Give a person a role; the person page posts here, and errors are shown on this page."""
    require_people_access(request)
    require(
        permissions.can_manage_people(request.user),
        _("Only the Commission and NCP coordinators give roles."),
    )
    person = visible_person(request, pk)
    form = RoleGrantForm(post_or_none(request), actor=request.user)
    if form.is_bound and form.is_valid():
        try:
            role = services.grant_role(request.user, person, **form.role_arguments())
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("%(person)s now holds the role %(role)s.") % {"person": person, "role": role},
            )
            return redirect("accounts:person_detail", pk=person.pk)
    return render(request, "accounts/role_grant.html", {"person": person, "form": form})


@login_required
@require_POST
def role_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove one role; refused with the reason when the role is outside the reader's reach."""
    require_people_access(request)
    holders = User.objects.visible_to(request.user)
    role = get_object_or_404(
        Role.objects.select_related("user", "country", "expert_group").filter(user__in=holders),
        pk=pk,
    )
    services.revoke_role(request.user, role)
    messages.success(
        request,
        _("%(person)s no longer holds the role %(role)s.") % {"person": role.user, "role": role},
    )
    return redirect("accounts:person_detail", pk=role.user_id)
