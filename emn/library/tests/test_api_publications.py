"""The publications API: visibility, writes through the services, files, current/archive."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from emn.core.testing.matrix import PermissionMatrix
from emn.library import services
from emn.library.models import Publication, PublicationType
from emn.library.samples import pdf_bytes
from emn.library.tests.library_support import publication, upload

pytestmark = pytest.mark.django_db
LIST = "/api/v1/publications/"


class TestNetworkPublicationIsHiddenFromThePublic(PermissionMatrix):
    expected = {
        "anonymous": 404,
        "other_country": 200,
        "contributor": 200,
        "reader": 200,
        "coordinator": 200,
        "commission": 200,
    }

    @pytest.fixture
    def target(self, personas):
        return publication(personas.commission, dissemination="emn")

    def url(self, target):
        return f"{LIST}{target.pk}/"


class TestCreateIsForEditors(PermissionMatrix):
    method = "post"
    expected = {
        "anonymous": 401,
        "reader": 403,
        "other_country": 403,  # an NCP of France, for a Slovenian publication
        "contributor": 201,
        "coordinator": 201,
        "commission": 201,
    }

    def url(self, target):
        return LIST

    def payload(self, target):
        return {
            "type": "national_report",
            "texts": [{"language": "sl", "title": "Letno poročilo", "summary": ""}],
            "country": "SI",
            "published_on": "2025-05-01",
            "themes": ["asylum"],
            "countries": ["SI"],
        }


class TestUpdateFollowsTheCountry(PermissionMatrix):
    method = "patch"
    expected = {
        "anonymous": 401,
        "reader": 403,
        "other_country": 403,
        "contributor": 200,
        "coordinator": 200,
        "commission": 200,
    }

    @pytest.fixture
    def target(self, personas):
        return publication(personas.commission, country_code="SI")

    def url(self, target):
        return f"{LIST}{target.pk}/"

    def payload(self, target):
        return {"authors": "NCP Slovenia"}


def test_list_shows_texts_files_and_editions(personas, client):
    older = publication(personas.commission, title="Annual report 2023")
    newer = publication(
        personas.commission,
        title="Annual report 2024",
        type=PublicationType.ANNUAL_REPORT,
        supersedes=older,
    )
    services.add_file(personas.commission, newer, upload("r.txt", b"Return and asylum."), "en")
    publication(personas.commission, title="Only for the network", dissemination="emn")
    body = client.get(LIST).json()
    assert body["count"] == 2
    by_id = {item["id"]: item for item in body["results"]}
    assert by_id[newer.pk]["texts"] == [
        {"language": "en", "title": "Annual report 2024", "summary": "A summary."}
    ]
    assert by_id[newer.pk]["supersedes"]["id"] == older.pk
    assert by_id[older.pk]["superseded_by"]["id"] == newer.pk
    assert by_id[older.pk]["is_current"] is False
    [file] = by_id[newer.pk]["files"]
    assert file["extraction"] == "pending" and file["extraction_error"] == ""
    assert [p["id"] for p in client.get(f"{LIST}current/").json()["results"]] == [newer.pk]
    assert [p["id"] for p in client.get(f"{LIST}archive/").json()["results"]] == [older.pk]
    assert [p["id"] for p in client.get(LIST, {"status": "archive"}).json()["results"]] == [
        older.pk
    ]


def test_filters(personas, client):
    sl = publication(personas.commission, title="Vračanje", language="sl", country_code="SI")
    sl.countries.set([sl.country])
    publication(
        personas.commission, title="Retour", language="fr", published_on=datetime.date(2020, 1, 1)
    )
    ids = lambda **q: [p["id"] for p in client.get(LIST, q).json()["results"]]  # noqa: E731
    assert ids(language="sl") == [sl.pk]
    assert ids(country="si") == [sl.pk]
    assert ids(search="vrač") == [sl.pk]
    assert len(ids(year=2020)) == 1
    assert ids(theme="return", year=2025) == [sl.pk]


def test_bad_input_names_the_field(personas, client):
    client.force_login(personas.commission)
    response = client.post(
        LIST,
        {"type": "study", "texts": [], "published_on": "2025-01-01"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "texts" in response.json()


def test_upload_and_download_a_file(personas, client, immediate_tasks):
    pub = publication(personas.commission, dissemination="emn")
    client.force_login(personas.commission)
    content = pdf_bytes("Vračanje", ["Vračanje prosilcev za azil."])
    response = client.post(
        f"{LIST}{pub.pk}/files/",
        {"file": SimpleUploadedFile("study.pdf", content), "language": "sl"},
    )
    assert response.status_code == 201, response.content
    file_id = response.json()["id"]
    download = client.get(f"{LIST}{pub.pk}/files/{file_id}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == content
    client.logout()
    assert client.get(f"{LIST}{pub.pk}/files/{file_id}/").status_code == 404


def test_a_renamed_executable_upload_gets_a_clear_message(personas, client):
    pub = publication(personas.commission)
    client.force_login(personas.commission)
    response = client.post(
        f"{LIST}{pub.pk}/files/",
        {"file": SimpleUploadedFile("study.pdf", b"MZ" + b"\x00" * 100), "language": "en"},
    )
    assert response.status_code == 400
    assert "is a Windows executable program" in str(response.json())
    assert not pub.files.exists()


def test_a_reader_may_not_upload_and_only_the_commission_deletes(personas, client):
    pub = publication(personas.commission, country_code="SI")
    client.force_login(personas.reader)
    response = client.post(
        f"{LIST}{pub.pk}/files/", {"file": SimpleUploadedFile("a.txt", b"Hello."), "language": "en"}
    )
    assert response.status_code == 403
    client.force_login(personas.coordinator)
    assert client.delete(f"{LIST}{pub.pk}/").status_code == 403
    client.force_login(personas.commission)
    assert client.delete(f"{LIST}{pub.pk}/").status_code == 204
    assert not Publication.objects.exists()
