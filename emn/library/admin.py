"""The library in the Django admin: the Commission's corrections, written to the audit log.

Files are shown, not uploaded here: an upload goes through `services.add_file`, which checks
the content and extracts the text.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from emn.core.audited_admin import AuditedModelAdmin
from emn.library.models import ArchivePolicy, Publication, PublicationFile, PublicationText


class TextInline(admin.TabularInline):
    model = PublicationText
    extra = 0
    fields = ("language", "title", "summary")


class FileInline(admin.TabularInline):
    model = PublicationFile
    extra = 0
    fields = ("name", "language", "media_type", "size", "extraction", "extraction_error")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Publication)
class PublicationAdmin(AuditedModelAdmin):
    list_display = ("__str__", "type", "country", "published_on", "dissemination", "supersedes")
    list_filter = ("type", "dissemination", "themes")
    search_fields = ("texts__title", "authors")
    date_hierarchy = "published_on"
    raw_id_fields = ("supersedes", "source_query", "producer")
    filter_horizontal = ("countries", "themes")
    readonly_fields = ("created_by", "created_at", "updated_at")
    inlines = [TextInline, FileInline]


@admin.register(ArchivePolicy)
class ArchivePolicyAdmin(AuditedModelAdmin):
    list_display = ("type", "months")
