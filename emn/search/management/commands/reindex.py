"""Rebuild the search index, source by source, with a progress bar; safe to interrupt and rerun."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from emn.search import indexing, registry


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the objects themselves. Each chunk is committed on "
        "its own, so an interrupted run can simply be started again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--source",
            action="append",
            dest="sources",
            metavar="NAME",
            help="Only this source (repeatable): " + ", ".join(sorted(registry.sources())),
        )
        parser.add_argument(
            "--chunk-size", type=int, default=indexing.CHUNK, help="Objects per transaction."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sources = options.get("sources") or None
        unknown = sorted(set(sources or ()) - set(registry.sources()))
        if unknown:
            choices = ", ".join(sorted(registry.sources()))
            raise CommandError(f"Unknown source {', '.join(unknown)}; choose from: {choices}.")
        bars: dict[str, Any] = {}
        # The bar goes to stderr, so the summary on stdout stays clean for scripts and logs.
        quiet = options.get("verbosity", 1) < 1

        def progress(name: str, done: int, total: int) -> None:
            bar = bars.get(name)
            if bar is None:
                bar = bars[name] = tqdm(
                    total=total, desc=name, unit="obj", file=self.stderr._out, disable=quiet
                )
            bar.update(done - bar.n)
            if done >= total:
                bar.close()

        started = time.monotonic()
        try:
            counts = indexing.reindex(sources, progress=progress, chunk_size=options["chunk_size"])
        finally:
            for bar in bars.values():
                bar.close()
        seconds = time.monotonic() - started
        detail = ", ".join(f"{name} {count}" for name, count in counts.items())
        self.stdout.write(
            f"Indexed {sum(counts.values())} document(s) in {seconds:.1f} s ({detail})."
        )
