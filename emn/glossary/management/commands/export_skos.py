"""Write the glossary (an edition, or the working copy) as SKOS to standard output."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from emn.glossary.models import Edition, Scheme
from emn.glossary.services.schemes import DEFAULT_KEY
from emn.glossary.services.skos_export import export_skos
from emn.glossary.skos.formats import FORMATS

WORKING = "working"


class Command(BaseCommand):
    help = (
        "Write a concept scheme as SKOS to standard output: the latest published edition by "
        "default, an older one with --edition N, or the working copy with --edition working."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scheme", metavar="KEY", default=DEFAULT_KEY, help="The scheme's key (default: emn)."
        )
        parser.add_argument(
            "--edition", metavar="N", help='An edition number, or "working" for the working copy.'
        )
        parser.add_argument("--format", choices=sorted(FORMATS), default="ttl")

    def handle(self, *args: Any, **options: Any) -> None:
        scheme = Scheme.objects.filter(key=options["scheme"]).first()
        if scheme is None:
            keys = ", ".join(Scheme.objects.values_list("key", flat=True)) or "none"
            raise CommandError(f"No scheme {options['scheme']!r}; the schemes are: {keys}.")
        requested = options.get("edition")
        edition: Edition | None = None
        if requested != WORKING:
            editions = Edition.objects.filter(scheme=scheme).order_by("-number")
            if requested is not None:
                if not str(requested).isdigit():
                    raise CommandError('--edition takes a number or "working".')
                editions = editions.filter(number=int(requested))
            edition = editions.first()
            if edition is None:
                which = f"edition {requested}" if requested else "published edition"
                raise CommandError(
                    f"{scheme.key} has no {which}; use --edition working for the working copy."
                )
        data = export_skos(None, scheme, edition, options["format"], system=True)
        self.stdout.write(data.decode("utf-8"), ending="")
