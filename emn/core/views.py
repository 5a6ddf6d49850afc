"""The audit log page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from emn.core.models import AuditEntry


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.visible_to(request.user).select_related("actor")[:100]
    return render(request, "core/audit_log.html", {"entries": entries})
