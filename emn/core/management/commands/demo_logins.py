"""Print the demo logins, so a newcomer can try every role at once."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from emn.accounts.demo import DEMO_USERS, email_of
from emn.accounts.models import Role
from emn.core.demo import DEMO_PASSWORD


class Command(BaseCommand):
    help = "List the demo accounts and their roles."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"\nDemo logins (password for all: {DEMO_PASSWORD})")
        for demo in DEMO_USERS:
            roles = ", ".join(
                f"{Role.Kind(kind).label}{' ' + where if where else ''}"
                for kind, where in demo.roles
            )
            self.stdout.write(f"  {email_of(demo.local):38} {roles}")
        self.stdout.write("")
