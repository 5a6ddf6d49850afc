"""One country's row of a collection: the values form, and its workflow buttons.

Saving goes through `services.save_values` (the engine's version check included), the
buttons through the engine's `mark_ready` and `services.submit_row` / `return_row`. A row
the user may not read is a 404, a button the user may not press a 403; what is still
missing before submission is listed by field on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from emn.contributions import services as engine
from emn.contributions.models import Contribution
from emn.stats.codelists.flags import FLAGS
from emn.stats.collections import permissions, services
from emn.stats.collections.forms import ReasonForm
from emn.stats.collections.models import Collection, CollectionVariable
from emn.stats.collections.values import ROW_FLAGS, Entry, display_number, field_name

State = Contribution.State


@dataclass
class Cell:
    """One value field of the form: what is shown, and its errors."""

    name: str
    period: str
    entry: Entry
    errors: list[str] = field(default_factory=list)


def visible_row(request: HttpRequest, pk: int, code: str) -> tuple[Collection, Contribution]:
    """Country `code`'s row of collection `pk`, if the user may read it; a 404 otherwise."""
    collection = get_object_or_404(
        Collection.objects.select_related("template__expert_group", "request"), pk=pk
    )
    contribution = get_object_or_404(
        Contribution.objects.select_related("country", "request"),
        request=collection.request_id,
        country__code=code.strip().upper(),
    )
    if not permissions.can_view_row(request.user, contribution, collection):
        raise Http404(_("No such row."))
    return collection, contribution


def entries_from_post(collection: Collection, post: QueryDict) -> dict[str, Entry]:
    """The value, flag and note typed for every variable and year of the collection."""
    entries = {}
    for variable in collection.template.variables.all():
        for period in collection.periods:
            name = field_name(variable.code, period)
            entries[name] = Entry(
                value=post.get(f"value-{name}", ""),
                flag=post.get(f"flag-{name}", ""),
                note=post.get(f"note-{name}", ""),
            )
    return entries


def _grid(
    collection: Collection, shown: dict[str, Entry], errors: dict[str, list[str]]
) -> list[tuple[CollectionVariable, list[Cell]]]:
    grid = []
    for variable in collection.template.variables.all():
        cells = []
        for period in collection.periods:
            name = field_name(variable.code, period)
            cells.append(Cell(name, period, shown.get(name, Entry()), errors.get(name, [])))
        grid.append((variable, cells))
    return grid


def _localised(stored: dict[str, Entry]) -> dict[str, Entry]:
    """Stored numbers as the reader writes them, ready to be edited and saved again."""
    language = get_language() or "en"
    return {
        name: replace(entry, value=display_number(entry.value, language))
        for name, entry in stored.items()
    }


def _buttons(user: Any, contribution: Contribution) -> dict[str, bool]:
    state = contribution.state
    return {
        "can_fill": permissions.can_fill_row(user, contribution),
        "can_mark_ready": permissions.can_fill_row(user, contribution)
        and state in (State.DRAFTING, State.RETURNED),
        "can_submit": permissions.can_submit_row(user, contribution)
        and state in (State.DRAFTING, State.READY),
        "can_return": permissions.can_return_row(user, contribution) and state == State.SUBMITTED,
    }


def row_context(
    request: HttpRequest, collection: Collection, contribution: Contribution, **extra: Any
) -> dict[str, Any]:
    shown: dict[str, Entry] = extra.pop("shown", None) or _localised(
        services.stored_values(contribution)
    )
    errors: dict[str, list[str]] = extra.pop("errors", {})
    buttons = _buttons(request.user, contribution)
    missing = services.check_row(contribution) if buttons["can_fill"] else {}
    return {
        "collection": collection,
        "contribution": contribution,
        "grid": _grid(collection, shown, errors),
        "errors": errors,
        "missing": [m for messages_ in missing.values() for m in messages_],
        "flags": [(letter, FLAGS[letter]) for letter in ROW_FLAGS],
        "events": contribution.events.select_related("actor"),
        "return_form": extra.pop("return_form", None) or ReasonForm(prefix="return"),
        "version": extra.pop("version", contribution.version),
        **buttons,
        **extra,
    }


def _to_row(contribution: Contribution, collection: Collection) -> HttpResponse:
    return redirect("stats:collection_row", pk=collection.pk, code=contribution.country.code)


def _save(request: HttpRequest, collection: Collection, contribution: Contribution) -> HttpResponse:
    entries = entries_from_post(collection, request.POST)
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    try:
        services.save_values(request.user, contribution, entries, expected_version=version)
    except services.StaleContribution as stale:
        contribution.refresh_from_db()
        messages.error(request, stale.messages[0])
        context = row_context(request, collection, contribution, shown=entries, conflict=True)
        return render(request, "stats/collection_row.html", context, status=409)
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        context = row_context(
            request, collection, contribution, shown=entries, errors=errors, version=version
        )
        return render(request, "stats/collection_row.html", context, status=400)
    messages.success(request, _("The values were saved."))
    return _to_row(contribution, collection)


@login_required
def collection_row(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """A country's values: a form for its NCP while it may write, read-only otherwise."""
    collection, contribution = visible_row(request, pk, code)
    if request.method == "POST":
        if not permissions.can_fill_row(request.user, contribution):
            raise PermissionDenied(_("You may not fill in this row."))
        return _save(request, collection, contribution)
    return render(
        request, "stats/collection_row.html", row_context(request, collection, contribution)
    )


def _allowed_row(
    request: HttpRequest, pk: int, code: str, allowed: Callable[[Any, Contribution], bool]
) -> tuple[Collection, Contribution]:
    collection, contribution = visible_row(request, pk, code)
    if not allowed(request.user, contribution):
        raise PermissionDenied(_("You may not do this for this row."))
    return collection, contribution


def _refused(
    request: HttpRequest,
    collection: Collection,
    contribution: Contribution,
    error: Any,
    **extra: Any,
) -> HttpResponse:
    """A service said no: errors by field on the page, anything else as a message."""
    contribution.refresh_from_db()
    if hasattr(error, "error_dict"):
        context = row_context(request, collection, contribution, errors=error.message_dict, **extra)
        return render(request, "stats/collection_row.html", context, status=400)
    for message in error.messages:
        messages.error(request, message)
    return _to_row(contribution, collection)


@require_POST
@login_required
def collection_row_ready(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """Mark the draft ready for the coordinator's validation: the engine's `mark_ready`."""
    collection, contribution = _allowed_row(request, pk, code, permissions.can_fill_row)
    try:
        engine.mark_ready(request.user, contribution)
    except ValidationError as error:
        return _refused(request, collection, contribution, error)
    messages.success(request, _("The row is ready for the coordinator's validation."))
    return _to_row(contribution, collection)


@require_POST
@login_required
def collection_row_submit(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """Submit the values and republish the dataset: `services.submit_row`."""
    collection, contribution = _allowed_row(request, pk, code, permissions.can_submit_row)
    try:
        services.submit_row(request.user, contribution)
    except ValidationError as error:
        return _refused(request, collection, contribution, error)
    messages.success(request, _("The values were submitted."))
    return _to_row(contribution, collection)


@require_POST
@login_required
def collection_row_return(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    """Return submitted values for changes, with a reason: `services.return_row`."""
    collection, contribution = _allowed_row(request, pk, code, permissions.can_return_row)
    form = ReasonForm(request.POST, prefix="return")
    if form.is_valid():
        try:
            services.return_row(request.user, contribution, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_service_error(error)
        else:
            messages.success(request, _("The values were returned for changes."))
            return _to_row(contribution, collection)
    contribution.refresh_from_db()
    context = row_context(request, collection, contribution, return_form=form)
    return render(request, "stats/collection_row.html", context, status=400)
