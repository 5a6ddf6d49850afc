"""The contribution engine in the Django admin, read-only: changes go through the services."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from emn.contributions.models import Contribution, ContributionEvent, Extension, Reminder, Request


class ReadOnlyAdmin(admin.ModelAdmin):
    """Workflow rows change only through services, which check, validate and audit."""

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


class EventInline(admin.TabularInline):
    model = ContributionEvent
    extra = 0
    can_delete = False
    readonly_fields = ("kind", "from_state", "to_state", "actor", "at", "note")

    def has_add_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(Request)
class RequestAdmin(ReadOnlyAdmin):
    list_display = ("title", "kind", "requester_country", "deadline", "state", "opened_at")
    list_filter = ("kind", "state")
    search_fields = ("title",)


@admin.register(Contribution)
class ContributionAdmin(ReadOnlyAdmin):
    list_display = ("request", "country", "state", "deadline", "version", "submitted_at")
    list_filter = ("state", "request__kind")
    inlines = [EventInline]


@admin.register(Extension)
class ExtensionAdmin(ReadOnlyAdmin):
    list_display = ("contribution", "requested_until", "state", "requested_by", "decided_by")
    list_filter = ("state",)


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyAdmin):
    list_display = ("contribution", "offset_days", "deadline", "sent_at")
