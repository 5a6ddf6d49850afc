"""Import a translators' spreadsheet into the working copy; exits non-zero on any error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from emn.core.audit import audit_group
from emn.glossary.management.commands.export_translations import find_scheme
from emn.glossary.services.translation_round import import_translations


class Command(BaseCommand):
    help = (
        "Import the terms and definitions of a translation round (CSV or XLSX, as exported by "
        "export_translations). The whole file is checked first: on any error nothing is stored."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The edited CSV or XLSX file.")
        parser.add_argument("--scheme", help="Scheme key (default: the EMN glossary).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, store nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror or error}.") from None
        scheme = find_scheme(options.get("scheme"))
        with audit_group():
            # Run as the system: whoever may run manage.py already holds the database.
            report = import_translations(
                None, scheme, data, path.name, dry_run=options["dry_run"], system=True
            )
        for line in report.error_lines():
            self.stderr.write(line)
        if not report.ok:
            raise CommandError(report.summary())
        self.stdout.write(report.summary())
