"""The audit log page: read-only, scoped by `AuditEntry.objects.visible_to`."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from emn.core.filters import AuditEntryFilter
from emn.core.models import AuditEntry
from emn.core.permissions import can_view_audit_log
from emn.core.views.audit_groups import grouped_page

GROUPS_PER_PAGE = 25


@login_required
@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    """Who changed what and when, one request per group; GET only, so nothing here writes."""
    if not can_view_audit_log(request.user):
        raise PermissionDenied(_("The audit log is for the Commission and the NCP coordinators."))
    visible = AuditEntry.objects.visible_to(request.user)
    filters = AuditEntryFilter(request.GET or None, visible, user=request.user)
    page, groups = grouped_page(filters.qs, request.GET.get("page"), GROUPS_PER_PAGE)
    query = request.GET.copy()
    query.pop("page", None)
    context = {"filters": filters, "page": page, "groups": groups, "query": query.urlencode()}
    return render(request, "core/audit_log.html", context)
