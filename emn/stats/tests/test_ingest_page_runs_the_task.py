"""The Commission uploads a Eurostat file (or types a dataset code) on /stats/ingest/: an
`IngestionJob` row, the task, and a status page that follows the progress, then shows the
report, or where the file went wrong and that nothing was stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.stats.jobs import run_job
from emn.stats.models import Dataset, IngestionJob, Release
from emn.stats.testing import SHARED
from emn.stats.tests.ingest_support import HEADER

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_tasks")]

SDG = SHARED / "sdg_08_10.tsv"


def load(client, name="sdg_08_10.tsv", data=None, **fields):
    if name:
        fields["file"] = SimpleUploadedFile(name, SDG.read_bytes() if data is None else data)
    return client.post("/stats/ingest/", fields)


def follow(client, django_capture_on_commit_callbacks, **kwargs):
    client.force_login(kwargs.pop("user"))
    with django_capture_on_commit_callbacks(execute=True):
        response = load(client, **kwargs)
    job = IngestionJob.objects.get()
    assert response["Location"] == f"/stats/ingest/{job.pk}/"
    job.refresh_from_db()
    return job, client.get(response["Location"]).content.decode()


def test_an_upload_is_ingested_and_reported(personas, client, django_capture_on_commit_callbacks):
    job, body = follow(client, django_capture_on_commit_callbacks, user=personas.commission)
    assert job.state == IngestionJob.State.DONE
    release = Dataset.objects.get(code="sdg_08_10").current_release
    assert job.release == release
    assert release.created_by == personas.commission
    assert "Loaded: the new release is now the one everybody reads." in body
    assert '<a href="/stats/sdg_08_10/">sdg_08_10</a> · release 1' in body
    assert "<dt>Observations</dt><dd>1,425</dd>" in body
    assert '<th scope="row">p</th><td>provisional</td><td>42</td>' in body
    assert "0 values changed, 1,425 added, 0 removed" in body
    assert "hx-get" not in body  # finished: no more polling


def test_check_only_stores_nothing(personas, client, django_capture_on_commit_callbacks):
    job, body = follow(
        client, django_capture_on_commit_callbacks, user=personas.commission, dry_run="on"
    )
    assert job.state == IngestionJob.State.CHECKED
    assert "Check only: nothing was stored." in body
    assert "<dt>Observations</dt><dd>1,425</dd>" in body
    assert not Release.objects.exists()


def test_a_bad_file_says_where_and_stores_nothing(
    personas, client, django_capture_on_commit_callbacks
):
    data = (HEADER + "A,NR,DE\t10 \t12 p\nA,NR,FR\t5 \t7 q\n").encode()
    job, body = follow(
        client,
        django_capture_on_commit_callbacks,
        user=personas.commission,
        name="migr_test.tsv",
        data=data,
    )
    assert job.state == IngestionJob.State.FAILED
    assert job.report["line"] == 3
    assert job.report["column"] == "3 (2021)"
    assert "Nothing was stored" in body
    assert "unknown flag &#x27;q&#x27; in &#x27;7 q&#x27;" in body
    assert "<dt>File</dt><dd>migr_test.tsv</dd>" in body
    assert "<dt>Line</dt><dd>3</dd>" in body
    assert "<dt>Column</dt><dd>3 (2021)</dd>" in body
    assert not Dataset.objects.exists()


def test_a_code_without_network_says_offline(
    personas, client, settings, django_capture_on_commit_callbacks
):
    settings.STATS_EUROSTAT_API = "http://127.0.0.1:9"
    job, body = follow(
        client,
        django_capture_on_commit_callbacks,
        user=personas.commission,
        name=None,
        dataset_code="MIGR_EIRTN",
    )
    assert (job.requested_code, job.state) == ("migr_eirtn", IngestionJob.State.FAILED)
    assert "cannot reach Eurostat" in body and "offline" in body
    assert "dataset migr_eirtn, downloaded from Eurostat" in body


def test_the_code_names_the_dataset_of_an_uploaded_file(
    personas, client, django_capture_on_commit_callbacks
):
    job, _body = follow(
        client,
        django_capture_on_commit_callbacks,
        user=personas.commission,
        name="download.tsv",
        dataset_code="sdg_08_10",
    )
    assert job.release.dataset.code == "sdg_08_10"


def test_neither_file_nor_code_is_refused(personas, client):
    client.force_login(personas.commission)
    body = load(client, name=None, dataset_code="").content.decode()
    assert "Choose a file to upload, or type the code of a Eurostat dataset." in body
    body = load(client, name=None, dataset_code="not a code").content.decode()
    assert "A dataset code has letters, digits and underscores" in body
    assert not IngestionJob.objects.exists()


def test_a_queued_load_polls_and_running_it_twice_is_safe(personas, client):
    client.force_login(personas.commission)
    response = load(client)  # on_commit not run: the task is still queued
    job = IngestionJob.objects.get()
    assert job.state == IngestionJob.State.QUEUED
    body = client.get(response["Location"]).content.decode()
    assert f'hx-get="/stats/ingest/{job.pk}/"' in body
    assert "Waiting for the task to start" in body
    fragment = client.get(response["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert fragment.startswith('<div id="ingest-progress"')
    assert run_job(job.pk) == IngestionJob.State.DONE
    assert run_job(job.pk) == IngestionJob.State.DONE
    assert list(Release.objects.values_list("number", flat=True)) == [1]
    recent = client.get("/stats/ingest/").content.decode()
    assert f'href="/stats/ingest/{job.pk}/">sdg_08_10.tsv</a>' in recent
    assert "sdg_08_10 #1" in recent
