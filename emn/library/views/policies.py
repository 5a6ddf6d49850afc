"""The archive rules: how many months each type of publication stays current."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from emn.library import permissions, services
from emn.library.forms import ArchivePolicyForm
from emn.library.models import ArchivePolicy
from emn.network.views.common import posted


def _set(request: HttpRequest, form: ArchivePolicyForm, type_: str, value: int | None) -> None:
    """One rule; a refusal is shown next to that type's field, then re-raised to roll back."""
    try:
        services.set_archive_policy(request.user, type_, value)
    except ValidationError as error:
        form.add_error(type_, error.messages)
        raise


@login_required
def archive_policies(request: HttpRequest) -> HttpResponse:
    """The Commission sets, per type, the months before the archive: `services.set_archive_policy`."""
    if not permissions.can_set_archive_policy(request.user):
        raise PermissionDenied(_("Only the Commission sets the archive rules."))
    months = dict(ArchivePolicy.objects.values_list("type", "months"))
    form = ArchivePolicyForm(posted(request), months=months)
    if request.method == "POST" and form.is_valid():
        changed = form.changed_policies()
        try:
            # All rules or none: one refused value leaves every rule as it was.
            with transaction.atomic():
                for type_, value in changed:
                    _set(request, form, type_, value)
        except ValidationError:
            pass
        else:
            if changed:
                messages.success(request, _("The archive rules were saved."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect("library:archive_policies")
    return render(request, "library/archive_policies.html", {"form": form})
