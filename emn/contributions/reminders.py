"""Deadline reminders: which outstanding contributions are reminded today, and sending them.

Offsets come from `EMN_REMINDER_OFFSETS` (days before the deadline; negative: after). A
`Reminder` row per contribution, offset and deadline makes a second run send nothing twice;
a granted extension moves the deadline, so the reminders start again for the new date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Coalesce

from emn.contributions import tasks
from emn.contributions.models import Contribution, ContributionEvent, Reminder
from emn.core import audit


def reminder_offsets() -> list[int]:
    """The configured offsets, in days before the deadline."""
    return [int(value) for value in settings.EMN_REMINDER_OFFSETS]


def due_reminders(
    today: datetime.date, offsets: Iterable[int] | None = None
) -> list[tuple[Contribution, int]]:
    """The outstanding contributions whose deadline is `offset` days after `today`, for each
    offset, that have not yet been reminded of that deadline at that offset."""
    due: list[tuple[Contribution, int]] = []
    for offset in sorted(set(reminder_offsets() if offsets is None else offsets), reverse=True):
        deadline = today + datetime.timedelta(days=offset)
        rows = (
            Contribution.objects.outstanding()
            .annotate(due_on=Coalesce(F("deadline"), F("request__deadline")))
            .filter(due_on=deadline)
            .exclude(reminders__offset_days=offset, reminders__deadline=deadline)
            .select_related("request", "country")
            .order_by("request_id", "country__code")
        )
        due.extend((contribution, offset) for contribution in rows)
    return due


def send_reminders(today: datetime.date, offsets: Iterable[int] | None = None) -> int:
    """Remind every outstanding country due a reminder today; returns how many were sent.

    Rule: at most one reminder per contribution, offset and deadline, even when run twice or
    by two workers at once. Permission: a system job (no actor). Audit: `contributions.reminded`.
    """
    sent = 0
    for contribution, offset in due_reminders(today, offsets):
        deadline = contribution.effective_deadline
        try:
            with transaction.atomic():
                reminder = Reminder.objects.create(
                    contribution=contribution, offset_days=offset, deadline=deadline
                )
                ContributionEvent.objects.create(
                    contribution=contribution,
                    kind=ContributionEvent.Kind.REMINDED,
                    from_state=contribution.state,
                    to_state=contribution.state,
                    note=f"{offset:+d}",
                )
                audit.record(
                    None,
                    "contributions.reminded",
                    reminder,
                    after={"offset_days": offset, "deadline": deadline.isoformat()},
                    country_id=contribution.country_id,
                )
                transaction.on_commit(partial(tasks.send_reminder.enqueue, reminder.pk))
        except IntegrityError:
            continue  # Another run sent this one first.
        sent += 1
    return sent
