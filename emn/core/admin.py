"""The audit log in the admin: readable by the Commission, never editable by anyone."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from emn.core.models import AuditEntry
from emn.core.permissions import can_view_audit_log


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only for everyone, superusers included: the log is the record of what happened,
    so no add, change or delete permission is ever granted here."""

    list_display = ("at", "actor_label", "action", "content_type", "object_repr", "country")
    list_filter = ("action", "content_type", "country")
    search_fields = ("actor_label", "action", "object_repr", "object_id", "request_id")
    date_hierarchy = "at"
    list_select_related = ("content_type", "country")
    readonly_fields = (
        "request_id",
        "at",
        "actor",
        "actor_label",
        "action",
        "content_type",
        "object_id",
        "object_repr",
        "country",
        "before",
        "after",
    )
    actions = None

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return can_view_audit_log(request.user)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
