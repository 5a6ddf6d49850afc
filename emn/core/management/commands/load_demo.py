"""Load the demo data: the real composition of the network and invented demo users."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from emn.core.audit import audit_group
from emn.core.demo import load_all


class Command(BaseCommand):
    help = "Create the demo data that is missing; keeps whatever already exists (safe to repeat)."

    def handle(self, *args: Any, **options: Any) -> None:
        with audit_group(), transaction.atomic():
            load_all(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
