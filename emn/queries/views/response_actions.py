"""The buttons of a country's response: ready, submit, no information, decline, return,
ask for an extension and the asker's decision on it, and the response's attachments.

Every write goes through a service; a response the user may not read is a 404, a button
the user may not press a 403, and a service's ValidationError comes back as a message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from emn.contributions import permissions as engine_permissions
from emn.contributions import services as engine
from emn.contributions.models import Contribution
from emn.queries import permissions, services
from emn.queries.answer_forms import (
    AttachmentForm,
    ExtensionDecisionForm,
    ExtensionRequestForm,
    ReasonForm,
)
from emn.queries.models import Attachment
from emn.queries.views.answering import response_context, to_detail, to_edit, visible_response
from emn.queries.views.listing import visible_query

Allowed = Callable[[Any, Contribution], bool]
ResponseView = Callable[[HttpRequest, int, str], HttpResponse]


def _back(request: HttpRequest, contribution: Contribution) -> HttpResponse:
    if permissions.can_answer(request.user, contribution):
        return to_edit(contribution)
    return to_detail(contribution)


def _allowed_response(request: HttpRequest, pk: int, code: str, allowed: Allowed) -> Contribution:
    contribution = visible_response(request, pk, code)
    if not allowed(request.user, contribution):
        raise PermissionDenied(_("You may not do this for this response."))
    return contribution


def _button(
    allowed: Allowed, act: Callable[[Any, Contribution], Any], done: Any, doc: str
) -> ResponseView:
    """A workflow button without a form: `act(user, contribution)`, then back to the response."""

    @require_POST
    @login_required
    def view(request: HttpRequest, pk: int, code: str) -> HttpResponse:
        contribution = _allowed_response(request, pk, code, allowed)
        try:
            act(request.user, contribution)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, str(done))
        contribution.refresh_from_db()
        return _back(request, contribution)

    view.__doc__ = doc
    return view


def _form_button(
    form_class: Any,
    prefix: str | None,
    allowed: Allowed,
    act: Callable[[Any, Contribution, dict[str, Any]], Any],
    done: Any,
    form_name: str,
    doc: str,
) -> ResponseView:
    """A workflow button with a small form: errors are shown on the response's page."""

    @require_POST
    @login_required
    def view(request: HttpRequest, pk: int, code: str) -> HttpResponse:
        form = form_class(request.POST, prefix=prefix)
        contribution = _allowed_response(request, pk, code, allowed)
        if form.is_valid():
            try:
                act(request.user, contribution, form.cleaned_data)
            except ValidationError as error:
                form.add_service_error(error)
            else:
                messages.success(request, str(done))
                return _back(request, contribution)
        template = (
            "queries/response_edit.html"
            if permissions.can_answer(request.user, contribution)
            else "queries/response_detail.html"
        )
        context = response_context(request, contribution, **{form_name: form})
        return render(request, template, context, status=400)

    view.__doc__ = doc
    return view


response_ready = _button(
    permissions.can_answer,
    engine.mark_ready,
    gettext_lazy("The response is ready for the coordinator's validation."),
    "Mark the draft ready for the coordinator's validation: `engine.mark_ready`.",
)
response_submit = _button(
    permissions.can_submit_response,
    services.submit_response,
    gettext_lazy("The response was submitted."),
    "Submit the response to the asker: `services.submit_response` (the coordinator only).",
)
response_no_information = _button(
    permissions.can_submit_response,
    engine.mark_no_information,
    gettext_lazy("The asker was told that no information is available."),
    "Say the country has no information: `engine.mark_no_information` (the coordinator).",
)
response_decline = _form_button(
    ReasonForm,
    "decline",
    permissions.can_submit_response,
    lambda user, c, data: engine.decline_contribution(user, c, data["reason"]),
    gettext_lazy("The query was declined; the asker sees your reason."),
    "decline_form",
    "Decline to answer, with a reason: `engine.decline_contribution` (the coordinator).",
)
response_extension_request = _form_button(
    ExtensionRequestForm,
    None,
    engine_permissions.can_request_extension,
    lambda user, c, data: engine.request_extension(user, c, data["until"], data["reason"]),
    gettext_lazy("The extension was asked for; the asker will decide."),
    "extension_form",
    "Ask for a later deadline: `engine.request_extension` (the coordinator).",
)
response_return = _form_button(
    ReasonForm,
    "return",
    permissions.can_return_response,
    lambda user, c, data: services.return_response(user, c, data["reason"]),
    gettext_lazy("The response was returned to the country for changes."),
    "return_form",
    "Return a submitted response for changes: `services.return_response` (the asker).",
)


@require_POST
@login_required
def extension_decide(request: HttpRequest, pk: int, code: str, extension_pk: int) -> HttpResponse:
    """Grant or refuse a pending extension: `engine.decide_extension` (the asker).

    The asker decides from the status dashboard, without reading the country's draft."""
    query = visible_query(request, pk)
    contribution = get_object_or_404(
        Contribution.objects.select_related("request", "country"),
        request=query.request_id,
        country__code=code.strip().upper(),
    )
    extension = get_object_or_404(contribution.extensions, pk=extension_pk)
    if not engine_permissions.can_decide_extension(request.user, contribution):
        visible_response(request, pk, code)
        raise PermissionDenied(_("Only the asker may decide on an extension."))
    form = ExtensionDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to grant or refuse the extension."))
        return redirect("queries:dashboard_asker", pk=query.pk)
    try:
        engine.decide_extension(
            request.user, extension, form.cleaned_data["grant"], form.cleaned_data["note"]
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The decision on the extension was recorded."))
    return redirect("queries:dashboard_asker", pk=query.pk)


@require_POST
@login_required
def attachment_add(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """Attach a document: `services.add_attachment` checks its type by content."""
    contribution = visible_response(request, pk, code)
    if not permissions.can_answer(request.user, contribution):
        raise PermissionDenied(_("You may not answer for this country."))
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.add_attachment(request.user, contribution, form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
        else:
            messages.success(request, _("The document was attached."))
            return to_edit(contribution)
    context = response_context(request, contribution, attachment_form=form)
    return render(request, "queries/response_edit.html", context, status=400)


@require_POST
@login_required
def attachment_remove(request: HttpRequest, pk: int, code: str, attachment_pk: int) -> HttpResponse:
    """Remove a document: `services.remove_attachment`."""
    contribution = visible_response(request, pk, code)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, contribution=contribution)
    if not permissions.can_answer(request.user, contribution):
        raise PermissionDenied(_("You may not answer for this country."))
    services.remove_attachment(request.user, attachment)
    messages.success(request, _("The document was removed."))
    return to_edit(contribution)
