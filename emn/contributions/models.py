"""A request addressed to countries, one contribution per country, and its workflow rows.

The engine knows nothing of what is contributed: ad-hoc query answers, study reports or data
rows belong to the app that asks, which links its content to `Contribution`.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from emn.contributions.querysets import ContributionQuerySet, RequestQuerySet


class Request(models.Model):
    """A request to a set of countries with a deadline (an ad-hoc query, a study, ...).

    Rules: `kind` names the asking app; the deadline applies to every country unless an
    extension moved a country's own deadline; only an open request takes contributions.
    """

    class Kind(models.TextChoices):
        AD_HOC_QUERY = "ad_hoc_query", _("Ad-hoc query")
        DATA_COLLECTION = "data_collection", _("National data collection")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=300)
    requester_country = models.ForeignKey(
        "network.Country",
        verbose_name=_("requesting country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty when the Commission asks."),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    deadline = models.DateField(_("deadline"))
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.DRAFT)
    opened_at = models.DateTimeField(_("opened at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    objects = RequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("request")

    def __str__(self) -> str:
        return self.title

    @property
    def audit_country_id(self) -> int | None:
        return self.requester_country_id


class Contribution(models.Model):
    """One country's contribution to a request, drafted by its NCP and submitted by its coordinator.

    Rules: exactly one per request and country; every state change is a `ContributionEvent`;
    `version` grows with every saved change so a stale save is detected, never applied.
    """

    class State(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        DRAFTING = "drafting", _("Drafting")
        READY = "ready", _("Ready for validation")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned for changes")
        NO_INFORMATION = "no_information", _("No information available")
        DECLINED = "declined", _("Declined")

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="contributions")
    country = models.ForeignKey("network.Country", on_delete=models.PROTECT, related_name="+")
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.NOT_STARTED
    )
    deadline = models.DateField(
        _("own deadline"), null=True, blank=True, help_text=_("Set when an extension is granted.")
    )
    publishable = models.BooleanField(
        _("may appear in a public compilation"),
        default=True,
    )
    reason = models.TextField(_("reason"), blank=True, help_text=_("Why it was declined."))
    version = models.PositiveIntegerField(_("version"), default=0)
    updated_at = models.DateTimeField(_("updated at"), default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    objects = ContributionQuerySet.as_manager()

    class Meta:
        ordering = ["request", "country__code"]
        verbose_name = _("contribution")
        constraints = [
            models.UniqueConstraint(
                fields=["request", "country"], name="one_contribution_per_country"
            )
        ]

    def __str__(self) -> str:
        return f"{self.request} — {self.country}"

    @property
    def audit_country_id(self) -> int | None:
        return self.country_id

    @property
    def effective_deadline(self) -> datetime.date:
        return self.deadline or self.request.deadline


class ContributionEvent(models.Model):
    """One step in a contribution's life: who moved it from which state to which, and why.

    Rule: append-only; the timeline and the time-to-answer figures are computed from these rows.
    """

    class Kind(models.TextChoices):
        STARTED = "started", _("Drafting started")
        READY = "ready", _("Marked ready for validation")
        SUBMITTED = "submitted", _("Submitted")
        RETURNED = "returned", _("Returned for changes")
        NO_INFORMATION = "no_information", _("No information available")
        DECLINED = "declined", _("Declined")
        REOPENED = "reopened", _("Reopened for drafting")
        EXTENSION_REQUESTED = "extension_requested", _("Extension requested")
        EXTENSION_GRANTED = "extension_granted", _("Extension granted")
        EXTENSION_REFUSED = "extension_refused", _("Extension refused")
        REMINDED = "reminded", _("Reminder sent")

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=30, choices=Kind.choices)
    from_state = models.CharField(max_length=20, blank=True)
    to_state = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(_("at"), default=timezone.now, db_index=True)
    note = models.TextField(_("note"), blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("contribution event")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.at:%Y-%m-%d})"


class Extension(models.Model):
    """A country's request for more time, and the asker's decision.

    Rule: at most one pending extension per contribution; a granted one sets the
    contribution's own deadline.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        GRANTED = "granted", _("Granted")
        REFUSED = "refused", _("Refused")

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="extensions"
    )
    requested_until = models.DateField(_("until"))
    reason = models.TextField(_("reason"))
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    objects = models.Manager()

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("extension")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution"],
                condition=models.Q(state="pending"),
                name="one_pending_extension",
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution} → {self.requested_until}"


class Reminder(models.Model):
    """A reminder sent for one contribution at one offset from its deadline.

    Rule: unique per contribution and offset, so running the reminder job again sends nothing twice.
    """

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="reminders"
    )
    offset_days = models.IntegerField(_("days before the deadline (negative: after)"))
    deadline = models.DateField(_("deadline reminded of"))
    sent_at = models.DateTimeField(default=timezone.now)

    objects = models.Manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "offset_days", "deadline"], name="one_reminder_per_offset"
            )
        ]

    def __str__(self) -> str:
        return f"{self.contribution} ({self.offset_days:+d} days)"
