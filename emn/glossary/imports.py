"""The background task that imports a SKOS file the Commission uploaded.

The upload page stores the file in a `VocabularyImport` row and queues `run_vocabulary_import`;
the task calls `import_skos`, writing its progress (`done`/`total`) and finally its report on
the row, which the status page polls. Running it again is safe: a finished import is left as
it is, and one interrupted mid-way had stored nothing (the import is one transaction), so it
simply starts over.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from django.db import connection
from django.utils import timezone
from django_tasks import task

from emn.core.progress import Throttle, write_beside
from emn.glossary.models import VocabularyImport

log = logging.getLogger(__name__)
FINISHED = (
    VocabularyImport.State.DONE,
    VocabularyImport.State.CHECKED,
    VocabularyImport.State.REFUSED,
    VocabularyImport.State.FAILED,
)
# Progress is written at most this often (seconds); the page polls every two.
PROGRESS_EVERY = 1.0


def _update(pk: int, **fields: Any) -> None:
    VocabularyImport.objects.filter(pk=pk).update(**fields)


class ProgressWriter:
    """The `progress` callback of `import_skos`: (done, total) onto the row, throttled.

    The import is one transaction, so its writes go beside it (`emn.core.progress`); on
    SQLite, which has one writer at a time, they are skipped while it is open.
    """

    def __init__(self, pk: int) -> None:
        self.pk = pk
        self.throttle = Throttle(PROGRESS_EVERY)

    def __call__(self, done: int, total: int) -> None:
        if not self.throttle.due(done, total):
            return
        if not connection.in_atomic_block:
            _update(self.pk, done=done, total=total)
        elif connection.vendor != "sqlite":
            write_beside(lambda: _update(self.pk, done=done, total=total), f"import {self.pk}")


def report_data(report: Any) -> dict[str, Any]:
    """The import report as JSON for the row: counts, flags and every problem."""
    return {
        "scheme_uri": report.scheme_uri,
        "format": report.format,
        "counts": report.counts(),
        "refused": report.refused,
        "stored": report.stored,
        "lenient": report.lenient,
        "problems": [asdict(problem) for problem in report.problems],
    }


def _final_state(job: VocabularyImport, report: Any) -> str:
    if report.refused:
        return VocabularyImport.State.REFUSED
    if job.dry_run or not report.stored:
        return VocabularyImport.State.CHECKED
    return VocabularyImport.State.DONE


def run_import(import_id: int) -> str:
    """Import the row's file; returns the state it ends in."""
    from emn.glossary.services.skos_import import import_skos

    job = VocabularyImport.objects.filter(pk=import_id).select_related("created_by").first()
    if job is None:
        return "missing"
    if job.state in FINISHED:
        return job.state
    _update(job.pk, state=VocabularyImport.State.RUNNING, done=0, total=0)
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        report = import_skos(
            job.created_by,
            data,
            filename=job.filename,
            scheme_uri=job.scheme_uri or None,
            mode=job.mode,
            dry_run=job.dry_run,
            approve=job.approve,
            progress=ProgressWriter(job.pk),
        )
    except Exception as error:  # any failure is reported on the page, not lost in a log
        log.exception("vocabulary import %s failed", job.pk)
        _update(
            job.pk,
            state=VocabularyImport.State.FAILED,
            report={"error": f"{type(error).__name__}: {error}"},
            finished_at=timezone.now(),
        )
        return VocabularyImport.State.FAILED
    state = _final_state(job, report)
    done = VocabularyImport.objects.filter(pk=job.pk).values_list("total", flat=True).first()
    _update(
        job.pk,
        state=state,
        report=report_data(report),
        done=done or 0,
        finished_at=timezone.now(),
    )
    return state


@task()
def run_vocabulary_import(import_id: int) -> str:
    return run_import(import_id)
