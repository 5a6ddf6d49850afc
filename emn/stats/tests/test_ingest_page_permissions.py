"""Only the Commission and the Service Provider load statistics: everybody else is refused
the form, the upload and the status pages (anonymous visitors are sent to log in)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.stats.models import IngestionJob

pytestmark = pytest.mark.django_db

MAY = ("commission", "service_provider")
MAY_NOT = ("other_country", "reader", "contributor", "coordinator", "partner", "glossary_editor")


def a_job(personas):
    return IngestionJob.objects.create(requested_code="migr_eirtn", created_by=personas.commission)


@pytest.mark.parametrize("persona", MAY)
def test_who_may_load(personas, client, persona):
    client.force_login(personas[persona])
    assert client.get("/stats/ingest/").status_code == 200
    assert client.get(f"/stats/ingest/{a_job(personas).pk}/").status_code == 200
    response = client.post("/stats/ingest/", {"dataset_code": "migr_eiord"})
    assert response.status_code == 302
    assert (
        IngestionJob.objects.filter(requested_code="migr_eiord").get().created_by
        == (personas[persona])
    )


@pytest.mark.parametrize("persona", MAY_NOT)
def test_who_may_not(personas, client, persona):
    job = a_job(personas)
    client.force_login(personas[persona])
    assert client.get("/stats/ingest/").status_code == 403
    assert client.get(f"/stats/ingest/{job.pk}/").status_code == 403
    upload = SimpleUploadedFile("x.tsv", b"freq,geo\\TIME_PERIOD\t2020 \nA,DE\t1 \n")
    assert client.post("/stats/ingest/", {"file": upload}).status_code == 403
    assert list(IngestionJob.objects.all()) == [job]


def test_anonymous_visitors_are_sent_to_log_in(personas, client):
    job = a_job(personas)
    for url in ("/stats/ingest/", f"/stats/ingest/{job.pk}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert client.post("/stats/ingest/", {"dataset_code": "migr_eiord"}).status_code == 302
    assert IngestionJob.objects.count() == 1


def test_a_job_whose_author_lost_the_role_fails_without_loading(personas):
    from emn.stats.jobs import run_job

    job = IngestionJob.objects.create(requested_code="migr_eirtn", created_by=personas.reader)
    assert run_job(job.pk) == IngestionJob.State.FAILED
    job.refresh_from_db()
    assert job.report == {"error": "Only the Commission loads statistics."}
