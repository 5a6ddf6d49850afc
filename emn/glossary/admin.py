"""The glossary in the Django admin: for looking things up, not for editing concepts.

Concepts change through the pages (the services keep the SKOS rules, the workflow and the
audit trail); here the Commission may only correct a scheme's titles and see editions,
concepts and imports.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from emn.core.audited_admin import AuditedModelAdmin
from emn.glossary.models import Concept, Edition, Scheme, VocabularyImport


class ReadOnlyAdmin(admin.ModelAdmin):
    """Lists and details only: these rows are written by the services."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Scheme)
class SchemeAdmin(AuditedModelAdmin):
    list_display = ("key", "uri", "created_at")
    search_fields = ("key", "uri")
    readonly_fields = ("key", "uri", "created_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Edition)
class EditionAdmin(ReadOnlyAdmin):
    list_display = ("scheme", "number", "published_on", "created_by")
    list_filter = ("scheme",)


@admin.register(Concept)
class ConceptAdmin(ReadOnlyAdmin):
    list_display = ("key", "uri", "scheme", "created_at")
    list_filter = ("scheme",)
    search_fields = ("key", "uri")


@admin.register(VocabularyImport)
class VocabularyImportAdmin(ReadOnlyAdmin):
    list_display = ("filename", "state", "mode", "dry_run", "created_by", "created_at")
    list_filter = ("state",)
