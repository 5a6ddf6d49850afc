"""An export of a compilation (DOCX, PDF, XLSX) produced in the background."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.queries.models import AdHocQuery


def export_path(instance: Export, filename: str) -> str:
    return f"queries/exports/{instance.query_id}/{instance.pk or 'new'}/{filename}"


class Export(models.Model):
    """One requested export of a query's compilation, in its network or public version.

    Rule: the file holds exactly what the requested version shows (the public version never
    holds an answer its country did not allow); it is downloaded only by someone who may see
    that version. Written by `emn.queries.tasks.build_export`; no audit entry (a read).
    """

    class Format(models.TextChoices):
        DOCX = "docx", "DOCX"
        PDF = "pdf", "PDF"
        XLSX = "xlsx", "XLSX"

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    query = models.ForeignKey(AdHocQuery, on_delete=models.CASCADE, related_name="exports")
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    public = models.BooleanField(_("public version"), default=False)
    language = models.CharField(_("language"), max_length=10, default="en")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    file = models.FileField(upload_to=export_path, blank=True)
    error = models.TextField(_("error message"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("export")

    def __str__(self) -> str:
        return f"{self.query} ({self.format}, {'public' if self.public else 'network'})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
