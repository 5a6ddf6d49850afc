"""Answering a query: one country's questionnaire, its autosave, attachments and the
buttons of the per-country workflow; the read-only response with the asker's decisions.

Every write goes through a service; a response the user may not read is a 404, a button
the user may not press a 403, and a service's ValidationError comes back as a message.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.contributions import permissions as engine_permissions
from emn.contributions.models import Contribution, Extension
from emn.queries import permissions, services
from emn.queries.answer_forms import (
    AttachmentForm,
    ExtensionDecisionForm,
    ExtensionRequestForm,
    ReasonForm,
    answers_from_post,
    display_value,
    item_for,
    posted_version,
)
from emn.queries.models import AdHocQuery, Question
from emn.queries.views.listing import visible_query


def visible_response(request: HttpRequest, pk: int, code: str) -> Contribution:
    """Country `code`'s response to query `pk`, if the user may read it; a 404 otherwise."""
    query = visible_query(request, pk)
    responses = Contribution.objects.visible_to(request.user).select_related(
        "request__requester_country", "country"
    )
    contribution = get_object_or_404(
        responses, request=query.request_id, country__code=code.strip().upper()
    )
    contribution.request.ad_hoc_query = query
    return contribution


def _query(contribution: Contribution) -> AdHocQuery:
    return contribution.request.ad_hoc_query  # type: ignore[attr-defined, no-any-return]


def _questions(contribution: Contribution) -> list[Question]:
    return list(
        Question.objects.filter(query__request=contribution.request_id)
        .order_by("position")
        .prefetch_related("clarifications")
    )


def to_edit(contribution: Contribution) -> HttpResponse:
    return redirect(
        "queries:response_edit", pk=_query(contribution).pk, code=contribution.country.code
    )


def to_detail(contribution: Contribution) -> HttpResponse:
    return redirect(
        "queries:response_detail", pk=_query(contribution).pk, code=contribution.country.code
    )


def _buttons(user: Any, contribution: Contribution) -> dict[str, bool]:
    state = contribution.state
    coordinates = permissions.can_submit_response(user, contribution)
    outstanding = state in engine_permissions.WRITABLE
    return {
        "can_answer": permissions.can_answer(user, contribution),
        "can_mark_ready": permissions.can_answer(user, contribution)
        and state in (Contribution.State.DRAFTING, Contribution.State.RETURNED),
        "can_submit": coordinates
        and state in (Contribution.State.DRAFTING, Contribution.State.READY),
        "can_settle": coordinates and outstanding,
        "can_request_extension": engine_permissions.can_request_extension(user, contribution)
        and outstanding,
        "can_return": permissions.can_return_response(user, contribution)
        and state == Contribution.State.SUBMITTED,
        "can_decide_extension": engine_permissions.can_decide_extension(user, contribution),
    }


def response_context(
    request: HttpRequest, contribution: Contribution, **extra: Any
) -> dict[str, Any]:
    questions = _questions(contribution)
    stored = services.stored_answers(contribution)
    typed: dict[int, Any] | None = extra.pop("typed", None)
    values = typed if typed is not None else {pk: a["value"] for pk, a in stored.items()}
    return {
        "query": _query(contribution),
        "contribution": contribution,
        "items": [item_for(q, values.get(q.pk)) for q in questions],
        "shown": [(q, display_value(q, stored.get(q.pk, {}).get("value"))) for q in questions],
        "attachments": contribution.query_attachments.all(),
        "extensions": contribution.extensions.select_related("requested_by"),
        "pending_extension": contribution.extensions.filter(state=Extension.State.PENDING).first(),
        "events": contribution.events.select_related("actor"),
        "attachment_form": extra.pop("attachment_form", None) or AttachmentForm(),
        "decline_form": extra.pop("decline_form", None) or ReasonForm(prefix="decline"),
        "extension_form": extra.pop("extension_form", None) or ExtensionRequestForm(),
        "return_form": extra.pop("return_form", None) or ReasonForm(prefix="return"),
        "decision_form": ExtensionDecisionForm(),
        "version": extra.pop("version", contribution.version),
        **_buttons(request.user, contribution),
        **extra,
    }


def _conflict(questions: list[Question], error: services.StaleContribution, typed: Any) -> Any:
    theirs = error.stored.get("answers", {})
    return [
        (
            q,
            display_value(q, theirs.get(q.pk, {}).get("value")),
            display_value(q, typed.get(q.pk)),
        )
        for q in questions
    ]


def _save(request: HttpRequest, contribution: Contribution) -> tuple[int, Any, Any]:
    """Save the posted questionnaire; (new version, None, None), or the error and the typed
    values when nothing was stored."""
    questions = _questions(contribution)
    typed = answers_from_post(questions, request.POST)
    try:
        version = services.save_answers(
            request.user,
            contribution,
            typed,
            expected_version=posted_version(request.POST),
            publishable=request.POST.get("publishable") == "on",
        )
    except ValidationError as error:
        return -1, error, typed
    return version, None, typed


@login_required
def response_edit(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """The questionnaire of one country's response, saved by `services.save_answers`.

    A stale save shows the stored version beside the one just typed; nothing is overwritten
    until the person chooses to keep theirs (a save on the newer version)."""
    contribution = visible_response(request, pk, code)
    if not permissions.can_answer(request.user, contribution):
        if request.method == "POST":
            raise PermissionDenied(_("You may not answer for this country."))
        return to_detail(contribution)
    if request.method != "POST":
        return render(
            request, "queries/response_edit.html", response_context(request, contribution)
        )
    _version, error, typed = _save(request, contribution)
    if error is None:
        messages.success(request, _("Your answers were saved."))
        return to_edit(contribution)
    contribution.refresh_from_db()
    if isinstance(error, services.StaleContribution):
        conflict = _conflict(_questions(contribution), error, typed)
        context = response_context(
            request,
            contribution,
            typed=typed,
            conflict=conflict,
            version=error.stored.get("version", contribution.version),
        )
        return render(request, "queries/response_edit.html", context, status=409)
    context = response_context(
        request,
        contribution,
        typed=typed,
        errors=error.messages,
        version=posted_version(request.POST),
    )
    return render(request, "queries/response_edit.html", context, status=400)


@require_POST
@login_required
def response_autosave(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """The draft saved in the background: a small status fragment, with the new version."""
    contribution = visible_response(request, pk, code)
    if not permissions.can_answer(request.user, contribution):
        raise PermissionDenied(_("You may not answer for this country."))
    version, error, _typed = _save(request, contribution)
    context: dict[str, Any] = {"version": version, "saved_at": timezone.localtime()}
    if isinstance(error, services.StaleContribution):
        context = {"conflict": True, "version": posted_version(request.POST)}
    elif error is not None:
        context = {"errors": error.messages, "version": posted_version(request.POST)}
    return render(request, "queries/_answer_autosave.html", context)


@login_required
def response_detail(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """A country's response, read-only, with the asker's return and extension decisions."""
    contribution = visible_response(request, pk, code)
    return render(request, "queries/response_detail.html", response_context(request, contribution))
