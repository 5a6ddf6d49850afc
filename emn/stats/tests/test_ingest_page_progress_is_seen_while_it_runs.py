"""The task writes the phase and its progress on the job while it runs, so the status page
can show them: from DuckDB's watcher thread too, and from beside the publishing transaction
on PostgreSQL (SQLite has one writer: skipped there); a late write never undoes the end."""

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction

from emn.stats import jobs
from emn.stats.jobs import ProgressWriter, run_job
from emn.stats.models import IngestionJob
from emn.stats.testing import SHARED

pytestmark = pytest.mark.django_db(transaction=True)


def running_job(personas, **fields):
    return IngestionJob.objects.create(
        state=IngestionJob.State.RUNNING, created_by=personas.commission, **fields
    )


def seen(job):
    return IngestionJob.objects.filter(pk=job.pk).values_list("phase", "done", "total").get()


def test_progress_from_the_task_and_from_a_watcher_thread(personas):
    job = running_job(personas)
    progress = ProgressWriter(job.pk)
    progress("reading x.tsv", 0, 100)
    assert seen(job) == ("reading x.tsv", 0, 100)
    watcher = threading.Thread(target=progress, args=("checking", 40, 100))
    watcher.start()
    watcher.join()
    assert seen(job) == ("checking", 40, 100)
    progress("checking", 41, 100)  # within a second of the last: not written
    assert seen(job) == ("checking", 40, 100)


def test_progress_inside_the_publishing_transaction(personas):
    job = running_job(personas)
    progress = ProgressWriter(job.pk)
    with transaction.atomic():
        progress("publishing", 50, 100)
        if connection.vendor == "sqlite":
            assert seen(job) == ("", 0, 0)
        else:
            assert seen(job) == ("publishing", 50, 100)


def test_a_late_progress_write_leaves_a_finished_job_alone(personas):
    job = running_job(personas)
    progress = ProgressWriter(job.pk)
    IngestionJob.objects.filter(pk=job.pk).update(state=IngestionJob.State.DONE)
    progress("writing", 10, 100)
    assert seen(job) == ("", 0, 0)


def test_the_task_goes_through_every_phase(personas, monkeypatch, tmp_path, settings):
    written = []
    real = jobs._update_progress

    def spy(pk, **fields):
        written.append(fields["phase"])
        real(pk, **fields)

    monkeypatch.setattr(jobs, "_update_progress", spy)
    settings.MEDIA_ROOT = tmp_path / "media"
    upload = SimpleUploadedFile("sdg_08_10.tsv", (SHARED / "sdg_08_10.tsv").read_bytes())
    job = IngestionJob.objects.create(
        upload=upload, upload_name="sdg_08_10.tsv", created_by=personas.commission
    )
    assert run_job(job.pk) == IngestionJob.State.DONE
    phases = list(dict.fromkeys(written))
    assert phases == [
        "reading sdg_08_10.tsv",
        "checking",
        "writing",
        "comparing with the previous release",
        "publishing",
    ]
    assert seen(job) == ("", 0, 0)  # cleared at the end: the report takes its place
