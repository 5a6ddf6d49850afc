"""Send today's deadline reminders; safe to run again the same day (nothing is sent twice)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from emn.contributions.reminders import reminder_offsets, send_reminders
from emn.core.audit import audit_group


class Command(BaseCommand):
    help = "E-mail reminders to countries whose contribution is due, at the configured offsets."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD).")

    def handle(self, *args: Any, **options: Any) -> None:
        today = (
            datetime.date.fromisoformat(options["date"])
            if options.get("date")
            else timezone.localdate()
        )
        with audit_group():
            sent = send_reminders(today)
        offsets = ", ".join(f"{o:+d}" for o in reminder_offsets())
        self.stdout.write(f"{today}: {sent} reminder(s) sent (offsets in days: {offsets}).")
