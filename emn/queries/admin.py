"""Ad-hoc queries in the Django admin, read-only: changes go through the services."""

from __future__ import annotations

from django.contrib import admin

from emn.contributions.admin import ReadOnlyAdmin
from emn.queries.models import AdHocQuery, Answer, Attachment, Compilation, QueryEvent, Question


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0
    can_delete = False
    fields = ("position", "kind", "text", "required")
    readonly_fields = fields


class EventInline(admin.TabularInline):
    model = QueryEvent
    extra = 0
    can_delete = False
    readonly_fields = ("kind", "actor", "at", "note")


@admin.register(AdHocQuery)
class AdHocQueryAdmin(ReadOnlyAdmin):
    list_display = ("reference", "title", "theme", "state", "dissemination", "created_at")
    list_filter = ("state", "dissemination", "theme")
    search_fields = ("reference", "title", "background")
    inlines = [QuestionInline, EventInline]


@admin.register(Answer)
class AnswerAdmin(ReadOnlyAdmin):
    list_display = ("contribution", "question")


@admin.register(Attachment)
class AttachmentAdmin(ReadOnlyAdmin):
    list_display = ("name", "contribution", "media_type", "size", "uploaded_at")


@admin.register(Compilation)
class CompilationAdmin(ReadOnlyAdmin):
    list_display = ("query", "version", "created_by", "created_at")
