"""Who may read the audit log (nobody may change it: entries are append-only)."""

from __future__ import annotations

from typing import Any

from emn.accounts.roles import coordinated_country_ids, is_commission


def can_view_audit_log(user: Any) -> bool:
    """The Commission reads the whole log and a coordinator the entries of their country, as
    `AuditEntry.objects.visible_to` scopes them; for everyone else the log is closed."""
    return is_commission(user) or bool(coordinated_country_ids(user))
