"""Compile the UI translations (.po to .mo) with Babel, so no GNU gettext is needed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile every .po file under LOCALE_PATHS into its .mo file (skips unchanged ones)."

    def handle(self, *args: Any, **options: Any) -> None:
        compiled = 0
        for base in settings.LOCALE_PATHS:
            for po_path in sorted(Path(base).glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                self._compile(po_path, mo_path)
                compiled += 1
        self.stdout.write(f"Translations compiled: {compiled} file(s) updated.")

    def _compile(self, po_path: Path, mo_path: Path) -> None:
        locale = po_path.parent.parent.name
        try:
            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=locale)
        except Exception as error:  # Babel raises several types for a broken file.
            raise CommandError(f"{po_path}: cannot be read: {error}") from error
        with mo_path.open("wb") as handle:
            write_mo(handle, catalog)
