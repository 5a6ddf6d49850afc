"""An export request queues a task; run at once, it goes from queued to done at 100%."""

import io

import pytest
from openpyxl import load_workbook

from emn.queries.models import Export
from emn.queries.tasks import build_export
from emn.queries.tests.compilation_support import SECRET, compiled_query, published_query


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def immediate(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_a_requested_export_is_queued_then_done(
    personas, client, immediate, django_capture_on_commit_callbacks
):
    query = compiled_query(personas)
    client.force_login(personas.reader)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(f"/queries/{query.pk}/exports/", {"format": "xlsx"})
    export = Export.objects.get(query=query)
    assert export.status == Export.Status.QUEUED
    assert response.url == f"/queries/{query.pk}/exports/{export.pk}/"
    for callback in callbacks:
        callback()
    export.refresh_from_db()
    assert (export.status, export.progress) == (Export.Status.DONE, 100)
    assert export.finished_at is not None
    download = client.get(f"/queries/{query.pk}/exports/{export.pk}/download/")
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert SECRET in [cell for row in sheet.iter_rows(values_only=True) for cell in row]


def test_the_status_page_polls_until_done(personas, client):
    query = compiled_query(personas)
    export = Export.objects.create(query=query, format="pdf", requested_by=personas.reader)
    client.force_login(personas.reader)
    fragment = client.get(f"/queries/{query.pk}/exports/{export.pk}/", HTTP_HX_REQUEST="true")
    assert 'hx-trigger="every 2s"' in fragment.content.decode()
    assert "<html" not in fragment.content.decode()
    build_export.call(export.pk)
    page = client.get(f"/queries/{query.pk}/exports/{export.pk}/").content.decode()
    assert "hx-trigger" not in page
    assert f"/exports/{export.pk}/download/" in page


def test_the_public_export_task_builds_the_public_version(personas):
    query = published_query(personas)
    export = Export.objects.create(query=query, format="xlsx", public=True)
    build_export.call(export.pk)
    export.refresh_from_db()
    sheet = load_workbook(export.file.open("rb")).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert export.status == Export.Status.DONE
    assert not any(SECRET in c for c in cells)


def test_a_failure_is_kept_on_the_row(personas):
    query = compiled_query(personas)
    # The public cannot read the unpublished compilation: the task fails and says why.
    export = Export.objects.create(query=query, format="docx", public=True)
    build_export.call(export.pk)
    export.refresh_from_db()
    assert export.status == Export.Status.FAILED
    assert "not published" in export.error
