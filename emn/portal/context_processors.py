"""Values every page's layout needs."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from emn.accounts.permissions import can_view_people
from emn.accounts.roles import is_commission, is_emn_member
from emn.core.permissions import can_view_audit_log


def site(request: HttpRequest) -> dict[str, Any]:
    """Who the reader is, as the navigation needs it."""
    user = getattr(request, "user", None)
    return {
        "is_emn_member": is_emn_member(user),
        "is_commission": is_commission(user),
        "can_view_people": can_view_people(user),
        "can_view_audit_log": can_view_audit_log(user),
    }
