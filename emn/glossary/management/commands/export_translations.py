"""Write the translators' spreadsheet of a glossary: a row per concept, a column per language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from emn.glossary import records
from emn.glossary.integrity import valid_tag
from emn.glossary.models import Edition, Scheme, Status
from emn.glossary.services.schemes import default_scheme
from emn.glossary.sheets import SheetInfo, export_sheet, languages_of, ordered_languages


def find_scheme(key: str | None) -> Scheme:
    """The scheme with `key`, or the network's glossary; CommandError names the choices."""
    if not key:
        return default_scheme()
    scheme = Scheme.objects.filter(key=key).first()
    if scheme is None:
        choices = ", ".join(Scheme.objects.values_list("key", flat=True)) or "none"
        raise CommandError(f"No concept scheme {key!r}; the schemes are: {choices}.")
    return scheme


def _languages(value: str | None, found: list[str]) -> list[str]:
    if not value:
        return ordered_languages(found or ["en"])
    tags = [tag.strip() for tag in value.split(",") if tag.strip()]
    invalid = [tag for tag in tags if not valid_tag(tag)]
    if invalid:
        raise CommandError(f"Not a language tag: {', '.join(invalid)} (e.g. en,fr,de-AT).")
    return ordered_languages(tags)


class Command(BaseCommand):
    help = (
        "Export the glossary for translators as CSV or XLSX: the concept URI, its key, then "
        "per language the preferred term and the definition. Edit, then import_translations."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scheme", help="Scheme key (default: the EMN glossary).")
        parser.add_argument("--languages", help="Language tags, comma-separated (default: all).")
        parser.add_argument(
            "--format",
            choices=["csv", "xlsx"],
            help="Default: csv, or xlsx for an --output ending in .xlsx.",
        )
        parser.add_argument("--output", help="File to write (default: CSV to standard output).")
        parser.add_argument(
            "--edition", type=int, help="An edition's number (default: the working copy)."
        )
        parser.add_argument("--no-definitions", action="store_true", help="Terms only.")
        parser.add_argument(
            "--include-deprecated", action="store_true", help="Deprecated concepts too."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        scheme = find_scheme(options.get("scheme"))
        output = options.get("output")
        fmt = options.get("format") or (
            "xlsx" if output and output.lower().endswith(".xlsx") else "csv"
        )
        if fmt == "xlsx" and not output:
            raise CommandError("XLSX is a binary file: give --output FILE.xlsx.")
        edition = None
        set_label = "working copy"
        if options.get("edition"):
            edition = Edition.objects.filter(scheme=scheme, number=options["edition"]).first()
            if edition is None:
                raise CommandError(f"{scheme.key} has no edition {options['edition']}.")
            set_label = f"edition {edition.number} of {edition.published_on.isoformat()}"
        found = records.load(scheme, edition)
        if not options.get("include_deprecated"):
            found = [r for r in found if r.status != Status.DEPRECATED]
        languages = _languages(options.get("languages"), languages_of(found))
        info = SheetInfo(scheme.title(), scheme.uri, set_label, timezone.localdate())
        data = export_sheet(
            found, languages, fmt, definitions=not options.get("no_definitions"), about=info
        )
        if output:
            Path(output).write_bytes(data)
            self.stderr.write(
                f"{len(found)} concept(s), {len(languages)} language(s) written to {output}."
            )
        else:
            self.stdout.write(data.decode("utf-8-sig"), ending="")
