"""Models shared by every app: the audit log and the controlled list of themes."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.core.themes import ThemeCode


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    def visible_to(self, user: Any) -> AuditEntryQuerySet:
        """The Commission reads the whole log; a coordinator reads the log of their NCP."""
        from emn.accounts.roles import coordinated_country_ids, is_commission

        if is_commission(user):
            return self.all()
        country_ids = coordinated_country_ids(user)
        if not country_ids:
            return self.none()
        return self.filter(country_id__in=country_ids)


class ReadOnlyAuditError(RuntimeError):
    """Raised when code tries to change or delete an audit entry after it was written."""


class AuditEntry(models.Model):
    """One write made through a service: who, when, which object, what action, before and after.

    Rule: entries are append-only; `save()` refuses updates and `delete()` refuses always.
    Entries written during one HTTP request share a `request_id`, so a change made of several
    writes reads as one. `country` scopes the entry for the coordinators of that country.
    """

    request_id = models.UUIDField(_("request"), null=True, blank=True, db_index=True)
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(_("actor at the time"), max_length=254, blank=True)
    action = models.CharField(_("action"), max_length=80, db_index=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True, db_index=True)
    object_repr = models.CharField(_("object"), max_length=300, blank=True)
    country = models.ForeignKey(
        "network.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_repr}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not kwargs.pop("_redacting", False):
            raise ReadOnlyAuditError("Audit entries cannot be changed once written.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ReadOnlyAuditError("Audit entries cannot be deleted.")

    def changed_fields(self) -> list[tuple[str, Any, Any]]:
        """The fields whose value differs between before and after, for display."""
        before = self.before or {}
        after = self.after or {}
        keys = sorted(set(before) | set(after))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


class Theme(models.Model):
    """A theme of the controlled list (asylum, return, integration ...), shared by every app.

    Rule: the list is defined in code (`ThemeCode`) so its labels are translated with the UI;
    rows exist so content can be filtered by theme in the database.
    """

    code = models.CharField(_("code"), max_length=40, unique=True, choices=ThemeCode.choices)

    objects = models.Manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("theme")

    def __str__(self) -> str:
        return str(ThemeCode(self.code).label)

    @property
    def label(self) -> str:
        return str(ThemeCode(self.code).label)
