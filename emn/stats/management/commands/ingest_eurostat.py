"""`manage.py ingest_eurostat SOURCE [SOURCE ...]`: load Eurostat files or dataset codes.

Each SOURCE is a file (bulk TSV plain or gzip, SDMX-CSV 1.0/2.0, JSON-stat 2.0, SDMX-ML 2.1
data with its structure message, the former Data Explorer's CSV) or a dataset code to
download. Every data file becomes a new release of its dataset; `--dry-run` reads and
checks without storing. A bad file exits non-zero with file, line and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from emn.stats.formats.common import SourceError
from emn.stats.ingest.pipeline import Outcome
from emn.stats.ingest.sources import SourceFile
from emn.stats.services.ingestion import ingest, looks_like_code


class Bar:
    """One tqdm bar per phase, fed by the pipeline's (phase, done, total) callback."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.phase = ""

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if phase != self.phase:
            self.close()
            self.phase = phase
            self.bar = tqdm(total=total, desc=phase, unit="%", leave=False)
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class Command(BaseCommand):
    help = "Ingest Eurostat files or dataset codes as new releases of their datasets."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", metavar="SOURCE", help="file or dataset code")
        parser.add_argument("--dataset", help="the dataset code, when neither file says it")
        parser.add_argument("--dry-run", action="store_true", help="check and report only")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args: Any, **options: Any) -> None:
        sources: list[SourceFile | str] = []
        for text in options["sources"]:
            if looks_like_code(text):
                sources.append(text)
            elif not Path(text).is_file():
                raise CommandError(f"{text}: no such file")
            else:
                sources.append(SourceFile(path=Path(text), name=text))
        bar = Bar(not options["no_progress"] and options["verbosity"] > 0)
        try:
            outcomes = ingest(
                None,
                sources,
                dataset_code=options["dataset"],
                dry_run=options["dry_run"],
                progress=bar,
                system=True,
            )
        except SourceError as error:
            raise CommandError(error.describe()) from error
        finally:
            bar.close()
        for outcome in outcomes:
            self.stdout.write(describe(outcome, options["dry_run"]))


def describe(outcome: Outcome, dry_run: bool) -> str:
    flags = ", ".join(f"{k} {v:,}" for k, v in outcome.flag_counts.items()) or "none"
    lines = [
        f"{outcome.source}: {outcome.format}, dataset {outcome.dataset}, "
        f"{outcome.observations:,} observations in {outcome.series:,} series, "
        f"{outcome.first_period} to {outcome.last_period}; flags: {flags}",
        f"  dimensions: {', '.join(outcome.dimensions)}",
    ]
    if dry_run:
        lines.append("  dry run: nothing stored")
    elif outcome.release is not None:
        lines.append(
            f"  stored as release {outcome.release.number} in {outcome.seconds:.1f} s; "
            f"{outcome.changed:,} values changed, {outcome.added:,} added, "
            f"{outcome.removed:,} removed since the previous release"
        )
    lines += [f"  warning: {w}" for w in outcome.warnings]
    return "\n".join(lines)
