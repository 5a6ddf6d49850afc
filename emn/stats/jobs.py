"""The background task that ingests what the Commission uploaded or named on its page.

The page stores the request in an `IngestionJob` row and queues `run_ingestion`; the task
calls the ingestion service, writing the phase and its progress on the row while it runs
(the status page polls it) and the report, or the error with file, line and column, at the
end. Running it again is safe: a finished job is left as it is, and an interrupted one had
published nothing (a release becomes current in one transaction), so it starts over.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.utils import timezone
from django_tasks import task

from emn.core.progress import Throttle, write_beside
from emn.stats.formats.common import SourceError
from emn.stats.ingest.pipeline import Outcome
from emn.stats.ingest.sources import SourceFile
from emn.stats.models import IngestionJob

log = logging.getLogger(__name__)
FINISHED = (IngestionJob.State.DONE, IngestionJob.State.CHECKED, IngestionJob.State.FAILED)
# Progress is written at most this often (seconds); the page polls every two.
PROGRESS_EVERY = 1.0
DOWNLOADING = "downloading"


def _update(pk: int, **fields: Any) -> None:
    IngestionJob.objects.filter(pk=pk).update(**fields)


def _update_progress(pk: int, **fields: Any) -> None:
    """Progress only ever lands on a running job: a late write never undoes the end."""
    IngestionJob.objects.filter(pk=pk, state=IngestionJob.State.RUNNING).update(**fields)


class ProgressWriter:
    """The `progress` callback of the ingestion: (phase, done, total) onto the row, throttled.

    DuckDB's progress arrives from a watcher thread, and the release is published inside a
    transaction: those writes go beside it (`emn.core.progress`), so the page sees them at
    once; the rules for SQLite and lock waits are there.
    """

    def __init__(self, pk: int) -> None:
        self.pk = pk
        self.owner = threading.get_ident()
        self.owner_connection = connections[DEFAULT_DB_ALIAS]
        self.throttle = Throttle(PROGRESS_EVERY)

    def __call__(self, phase: str, done: int, total: int) -> None:
        if not self.throttle.due(done, total, phase):
            return
        fields = {"phase": phase[:80], "done": done, "total": total}
        busy = self.owner_connection.in_atomic_block
        if threading.get_ident() == self.owner and not busy:
            _update_progress(self.pk, **fields)
        elif connection.vendor != "sqlite" or not busy:
            write_beside(lambda: _update_progress(self.pk, **fields), f"ingestion {self.pk}")


def outcome_data(outcome: Outcome) -> dict[str, Any]:
    """One source's result as JSON for the row (what the command prints, as data)."""
    release = outcome.release
    return {
        "source": outcome.source,
        "dataset": outcome.dataset,
        "format": outcome.format,
        "observations": outcome.observations,
        "series": outcome.series,
        "flag_counts": outcome.flag_counts,
        "dimensions": outcome.dimensions,
        "first_period": outcome.first_period,
        "last_period": outcome.last_period,
        "release": release.number if release else None,
        "changed": outcome.changed,
        "added": outcome.added,
        "removed": outcome.removed,
        "warnings": outcome.warnings,
        "seconds": round(outcome.seconds, 2),
    }


def error_data(error: Exception) -> dict[str, Any]:
    """A failure as JSON for the row: where it is (file, line, column) when the file is bad."""
    if isinstance(error, SourceError):
        return {
            "error": error.describe(),
            "source": error.source,
            "line": error.line,
            "column": None if error.column in (None, "") else str(error.column),
            "message": error.message,
        }
    if isinstance(error, PermissionDenied):
        return {"error": str(error)}
    return {"error": f"{type(error).__name__}: {error}"}


def _source(job: IngestionJob) -> SourceFile | str:
    if not job.upload:
        return job.requested_code
    name = job.upload_name or Path(job.upload.name or "upload").name
    return SourceFile(path=Path(job.upload.path), name=name)


def _ingest(job: IngestionJob) -> list[Outcome]:
    from emn.stats.services.ingestion import ingest

    source = _source(job)
    return ingest(
        job.created_by,
        [source],
        dataset_code=(job.requested_code or None) if job.upload else None,
        dry_run=job.dry_run,
        progress=ProgressWriter(job.pk),
    )


def run_job(job_id: int) -> str:
    """Ingest what the row asks for; returns the state it ends in."""
    job = IngestionJob.objects.filter(pk=job_id).select_related("created_by").first()
    if job is None:
        return "missing"
    if job.state in FINISHED:
        return job.state
    phase = "" if job.upload else DOWNLOADING
    _update(job.pk, state=IngestionJob.State.RUNNING, phase=phase, done=0, total=0)
    try:
        outcomes = _ingest(job)
    except Exception as error:  # any failure is reported on the page, not lost in a log
        if not isinstance(error, SourceError | PermissionDenied):
            log.exception("ingestion %s failed", job.pk)
        _update(
            job.pk,
            state=IngestionJob.State.FAILED,
            report=error_data(error),
            finished_at=timezone.now(),
        )
        return IngestionJob.State.FAILED
    state = IngestionJob.State.CHECKED if job.dry_run else IngestionJob.State.DONE
    releases = [o.release for o in outcomes if o.release is not None]
    _update(
        job.pk,
        state=state,
        report={"outcomes": [outcome_data(o) for o in outcomes]},
        release=releases[0] if releases else None,
        phase="",
        done=0,
        total=0,
        finished_at=timezone.now(),
    )
    return state


@task()
def run_ingestion(job_id: int) -> str:
    return run_job(job_id)
