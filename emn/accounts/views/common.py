"""Small helpers the accounts views share."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from emn.accounts.models import User
from emn.accounts.permissions import can_view_people
from emn.accounts.querysets import with_roles


def require(allowed: bool, message: str) -> None:
    """Refuse with a message the 403 page shows, so the reader learns why."""
    if not allowed:
        raise PermissionDenied(message)


def require_people_access(request: HttpRequest) -> None:
    require(
        can_view_people(request.user),
        _("The people pages are for members of the European Migration Network."),
    )


def visible_person(request: HttpRequest, pk: int) -> User:
    """The person with this id, if the reader may see them; 404 otherwise."""
    return get_object_or_404(with_roles(User.objects.visible_to(request.user)), pk=pk)


def add_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form: on the field it names, else above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def post_or_none(request: HttpRequest) -> Any:
    """Bound data for a form on POST, None on GET (an unbound form)."""
    return request.POST if request.method == "POST" else None


def current_user(request: HttpRequest) -> User:
    """The logged-in user of a view behind `login_required`."""
    return cast(User, request.user)
