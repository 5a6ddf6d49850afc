"""One ingestion, step by step: read, check, write the file, compare, publish.

Everything before `publish` works in a DuckDB connection of its own and in new files, so
a failure at any step (a bad cell, a killed process) leaves the main database and the
current release exactly as they were. A structure message given alongside data files
(SDMX-ML) supplies their code lists' labels.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass, field
from typing import Any

from emn.stats import duck
from emn.stats.formats.common import SourceError, Staged
from emn.stats.ingest.checks import check_staged
from emn.stats.ingest.files import new_path, observations_select, summarise, sweep, write_parquet
from emn.stats.ingest.progress import Progress, silent, watched
from emn.stats.ingest.publish import Prepared, publish
from emn.stats.ingest.revisions import compare
from emn.stats.ingest.sources import SourceFile, code_from_name, valid_code
from emn.stats.models import Dataset, Release

STRUCTURE = "sdmx-structure"


@dataclass
class Outcome:
    """What one source gave: the release stored (or that would be, in a dry run)."""

    source: str
    dataset: str
    format: str
    observations: int
    series: int
    flag_counts: dict[str, int]
    dimensions: list[str]
    first_period: str
    last_period: str
    release: Release | None = None
    changed: int = 0
    added: int = 0
    removed: int = 0
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0


def detect_format(source: SourceFile) -> str:
    from emn.stats.formats.detect import detect

    return detect(source.path, source.name)


def reader_for(kind: str) -> Any:
    from emn.stats.formats import READERS

    return importlib.import_module(READERS[kind])


def _dataset_code(staged: Staged, source: SourceFile, explicit: str | None) -> str:
    code = explicit or staged.dataset_code or code_from_name(source.name)
    if not code:
        raise SourceError(
            source.name,
            "neither the content nor the file name says which dataset this is; "
            "name it with --dataset CODE",
        )
    return valid_code(code, source.name)


def _current(code: str) -> Release | None:
    dataset = Dataset.objects.filter(code=code).select_related("current_release").first()
    return dataset.current_release if dataset else None


def prepare(
    con: Any,
    source: SourceFile,
    kind: str,
    explicit_code: str | None,
    codelists: dict[str, Any] | None,
    progress: Progress,
    dry_run: bool,
    staged: Staged | None = None,
) -> tuple[Outcome, Prepared | None]:
    """Stage (unless given), check and (unless a dry run) write one data source's files."""
    started = time.monotonic()
    if staged is None:
        with watched(con, f"reading {source.name}", progress):
            staged = reader_for(kind).stage(source.path, source.name, con, "staged", codelists)
    code = _dataset_code(staged, source, explicit_code)
    with watched(con, "checking", progress):
        count = check_staged(con, staged, source.name)
        summary = summarise(con, staged, count)
    outcome = Outcome(
        source=source.name,
        dataset=code,
        format=staged.format,
        observations=count,
        series=summary.series,
        flag_counts=summary.flag_counts,
        dimensions=staged.dimensions,
        first_period=summary.first_period,
        last_period=summary.last_period,
        warnings=list(staged.warnings),
    )
    if dry_run:
        outcome.seconds = time.monotonic() - started
        return outcome, None
    previous = _current(code)
    sweep(code)
    with watched(con, "writing", progress):
        path = new_path(code)
        write_parquet(con, observations_select(staged), path)
    with watched(con, "comparing with the previous release", progress):
        revisions = compare(con, staged, previous, code, count)
    if revisions.note:
        outcome.warnings.append(revisions.note)
    prepared = Prepared(
        code=code,
        source=source,
        staged=staged,
        summary=summary,
        path=path,
        revisions=revisions,
        previous_id=previous.pk if previous else None,
        seconds=time.monotonic() - started,
        warnings=outcome.warnings,
    )
    outcome.changed, outcome.added, outcome.removed = (
        revisions.changed,
        revisions.added,
        revisions.removed,
    )
    return outcome, prepared


def run(
    actor: Any,
    sources: list[SourceFile],
    dataset_code: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[Outcome]:
    """Ingest each data source as a release of its dataset; structure files give labels."""
    progress = progress or silent
    kinds = [(source, detect_format(source)) for source in sources]
    codelists = {
        **stored_codelists(),
        **_structures([s for s, k in kinds if k == STRUCTURE], dry_run),
    }
    data = [(s, k) for s, k in kinds if k != STRUCTURE]
    if dataset_code and len(data) > 1:
        raise SourceError(data[1][0].name, "--dataset names one dataset; give one data file")
    outcomes = []
    for source, kind in data:
        source.measure()
        con = duck.connect()
        try:
            outcome, prepared = prepare(
                con, source, kind, dataset_code, codelists, progress, dry_run
            )
            if prepared is not None:
                with watched(con, "publishing", progress):
                    outcome.release = publish(actor, prepared)
            outcome.seconds = prepared.seconds if prepared else outcome.seconds
            outcomes.append(outcome)
        finally:
            con.close()
    return outcomes


def stored_codelists() -> dict[str, Any]:
    """Every code list kept so far, by lower-case dimension id (a few hundred codes each)."""
    from emn.stats.models import Codelist

    return {c.code.lower(): c.labels for c in Codelist.objects.all()}


def _structures(sources: list[SourceFile], dry_run: bool) -> dict[str, Any]:
    """Read structure messages: their code lists label the data files given with them."""
    if not sources:
        return {}
    from emn.stats.codelists.store import save_structure
    from emn.stats.formats.sdmx_structure import read_structure

    labels: dict[str, Any] = {}
    for source in sources:
        structure = read_structure(source.path, source.name)
        labels.update(structure.labels_by_dimension())
        if not dry_run:
            save_structure(structure)
    return labels


def ingest_rows(
    actor: Any,
    code: str,
    dimensions: list[str],
    rows: list[tuple[tuple[str, ...], str, float | None, str]],
    source_name: str,
) -> Outcome:
    """A release from rows the platform itself holds (a national data collection's answers).

    Each row is (key codes in `dimensions` order, period, value, flag). The same checks,
    files, revisions and atomic publication apply as for a Eurostat file.
    """
    from emn.stats.formats.common import StagingWriter, normalise_id

    dims = [normalise_id(d) for d in dimensions]
    con = duck.connect()
    try:
        writer = StagingWriter(con, "staged", dims, duck.temp_dir())
        for number, (key, period, value, flag) in enumerate(rows, start=1):
            writer.add(key, period, value, flag, number)
        writer.finish()
        staged = Staged(table="staged", format="collection", dimensions=dims)
        source = SourceFile(path=duck.temp_dir(), name=source_name, checksum=_rows_checksum(rows))
        outcome, prepared = prepare(
            con, source, "collection", code, None, silent, False, staged=staged
        )
        assert prepared is not None
        outcome.release = publish(actor, prepared)
        return outcome
    finally:
        con.close()


def _rows_checksum(rows: list[tuple[tuple[str, ...], str, float | None, str]]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for key, period, value, flag in rows:
        digest.update(repr((key, period, value, flag)).encode())
    return digest.hexdigest()
