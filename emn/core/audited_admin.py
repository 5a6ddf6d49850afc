"""A ModelAdmin whose saves and deletions are written to the audit log.

The Django admin is the Commission's tool for corrections the pages do not offer; it must
leave the same trail as the services do.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models, transaction
from django.http import HttpRequest

from emn.core import audit


class AuditedModelAdmin(admin.ModelAdmin):
    """Records `admin.change_<model>`, `admin.add_<model>` and `admin.delete_<model>` entries."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        before = None
        if change and obj.pk is not None:
            stored = type(obj).objects.filter(pk=obj.pk).first()
            before = audit.snapshot(stored) if stored is not None else None
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            # The admin instance is shared between threads: keep the state on the request.
            request._audit_pending = (obj, before, change)  # type: ignore[attr-defined]

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        obj, before, changed = request._audit_pending  # type: ignore[attr-defined]
        verb = "change" if changed else "add"
        audit.record(
            request.user,
            f"admin.{verb}_{obj._meta.model_name}",
            obj,
            before=before,
            after=audit.snapshot(obj),
        )

    def delete_model(self, request: HttpRequest, obj: models.Model) -> None:
        with transaction.atomic():
            audit.record(
                request.user,
                f"admin.delete_{obj._meta.model_name}",
                obj,
                before=audit.snapshot(obj),
            )
            super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        with transaction.atomic():
            for obj in queryset:
                audit.record(
                    request.user,
                    f"admin.delete_{obj._meta.model_name}",
                    obj,
                    before=audit.snapshot(obj),
                )
            super().delete_queryset(request, queryset)
