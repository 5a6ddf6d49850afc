"""The import's progress is written from a connection of its own, so the status page sees
it while the import's transaction is still open (PostgreSQL; SQLite has one writer)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction

from emn.glossary.imports import ProgressWriter
from emn.glossary.models import VocabularyImport

pytestmark = pytest.mark.django_db(transaction=True)


def test_progress_inside_the_import_transaction_is_committed_beside_it(personas):
    job = VocabularyImport.objects.create(
        file=SimpleUploadedFile("a.ttl", b""), filename="a.ttl", created_by=personas.commission
    )
    progress = ProgressWriter(job.pk)
    with transaction.atomic():
        progress(1000, 4000)
        seen = VocabularyImport.objects.filter(pk=job.pk).values_list("done", "total").get()
        if connection.vendor == "sqlite":
            assert seen == (0, 0)  # skipped: the page shows "reading and checking" instead
        else:
            assert seen == (1000, 4000)


def test_progress_outside_a_transaction_is_written_at_once(personas):
    job = VocabularyImport.objects.create(
        file=SimpleUploadedFile("a.ttl", b""), filename="a.ttl", created_by=personas.commission
    )
    ProgressWriter(job.pk)(10, 20)
    job.refresh_from_db()
    assert (job.done, job.total) == (10, 20)
