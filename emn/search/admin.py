"""The search index in the admin: term translations editable by the Commission, documents
read-only (they are derived data, written only by `emn.search.indexing`)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from emn.contributions.admin import ReadOnlyAdmin
from emn.core.audited_admin import AuditedModelAdmin
from emn.search.models import Document, TermTranslation
from emn.search.translations import analysed_term


@admin.register(TermTranslation)
class TermTranslationAdmin(AuditedModelAdmin):
    """Rows sharing a concept translate each other; the analysed term is computed on save."""

    list_display = ("concept", "language", "term", "origin")
    list_filter = ("language", "origin")
    search_fields = ("concept", "term")
    fields = ("concept", "language", "term", "origin", "lemmas")
    readonly_fields = ("lemmas",)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        # The lookup key must be the term as the analyser reads it, or inflected queries miss it.
        obj.lemmas = analysed_term(obj.term, obj.language)
        super().save_model(request, obj, form, change)


@admin.register(Document)
class DocumentAdmin(ReadOnlyAdmin):
    list_display = ("source", "object_id", "kind", "audience", "date", "indexed_at")
    list_filter = ("source", "kind", "audience", "dissemination")
    search_fields = ("url",)
    readonly_fields = [field.name for field in Document._meta.fields]
