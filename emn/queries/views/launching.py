"""A query's lifecycle buttons: launch, clarify, close and withdraw."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.queries import permissions, services
from emn.queries.forms import ClarificationForm
from emn.queries.models import AdHocQuery
from emn.queries.views.listing import detail_context, visible_query


def _asker_action(
    request: HttpRequest,
    pk: int,
    allowed: Callable[[Any, AdHocQuery], bool],
    act: Callable[[Any, AdHocQuery], Any],
    done: str,
) -> HttpResponse:
    query = visible_query(request, pk)
    if not allowed(request.user, query):
        raise PermissionDenied(_("Only the asker may do this, and not in this state."))
    try:
        act(request.user, query)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, done)
    return redirect("queries:query_detail", pk=query.pk)


@require_POST
@login_required
def query_launch(request: HttpRequest, pk: int) -> HttpResponse:
    """Launch a draft: `services.launch_query`; without questions it says so and stays a draft."""
    return _asker_action(
        request,
        pk,
        permissions.can_launch_query,
        services.launch_query,
        _("The query was launched. The countries asked have been told."),
    )


@require_POST
@login_required
def query_close(request: HttpRequest, pk: int) -> HttpResponse:
    """Close an open query: `services.close_query`."""
    return _asker_action(
        request,
        pk,
        permissions.can_close_query,
        services.close_query,
        _("The query was closed: no more answers are taken."),
    )


@require_POST
@login_required
def query_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw a draft or open query: `services.withdraw_query`."""
    return _asker_action(
        request,
        pk,
        permissions.can_withdraw_query,
        services.withdraw_query,
        _("The query was withdrawn."),
    )


@require_POST
@login_required
def clarification_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish a dated clarification of an open query: `services.add_clarification`."""
    query = visible_query(request, pk)
    if not permissions.can_clarify_query(request.user, query):
        raise PermissionDenied(_("Only the asker clarifies an open query."))
    form = ClarificationForm(request.POST, questions=query.questions.order_by("position"))
    if form.is_valid():
        try:
            services.add_clarification(request.user, query, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The clarification was published."))
            return redirect("queries:query_detail", pk=query.pk)
    context = detail_context(request, query, clarification_form=form)
    return render(request, "queries/query_detail.html", context, status=200)
