"""Exports of the compilation through the API: requested (202), followed, downloaded.

The same rules as the pages: the network version for EMN members, the public one for anyone
once the query is published publicly; a hidden query answers 404, a version that is not for
the reader 403. Anonymous writes answer 401, as every write of the API.
"""

import io

import pytest
from django.core.files.base import ContentFile
from openpyxl import load_workbook

from emn.api.tests.matrix import EVERYONE, MEMBERS_ONLY, writers
from emn.core.testing.matrix import PermissionMatrix
from emn.core.testing.personas import PERSONAS
from emn.queries.models import Export
from emn.queries.tests.compilation_support import (
    PUBLIC_TEXT,
    SECRET,
    compiled_query,
    published_query,
)
from emn.queries.tests.test_export_public_version_has_no_withheld_answer import text_of

LOGGED_IN = writers(202, *(p for p in PERSONAS if p != "anonymous"))


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def immediate(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def done_export(query, user, *, public=False):
    export = Export.objects.create(
        query=query, format="xlsx", public=public, requested_by=user, status="done", progress=100
    )
    export.file.save("compilation.xlsx", ContentFile(b"PK-test"), save=True)
    return export


def api(query, *rest):
    return "/".join([f"/api/v1/queries/{query.pk}/exports", *map(str, rest), ""])


class TestMembersRequestNetworkExports(PermissionMatrix):
    method = "post"
    expected = LOGGED_IN

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return api(target)

    def payload(self, target):
        return {"format": "xlsx"}

    def check(self, response, persona, target):
        exports = Export.objects.filter(query=target)
        assert exports.count() == (1 if response.status_code == 202 else 0)
        if response.status_code == 202:
            export = exports.get()
            assert export.public is False
            body = response.json()
            assert (body["id"], body["status"], body["progress"]) == (export.pk, "queued", 0)
            assert body["status_url"].endswith(api(target, export.pk))
            assert body["download_url"] is None


class TestEveryoneLoggedInRequestsPublicExportsOfPublishedQueries(PermissionMatrix):
    method = "post"
    expected = LOGGED_IN

    @pytest.fixture
    def target(self, personas):
        return published_query(personas)

    def url(self, target):
        return api(target)

    def payload(self, target):
        return {"format": "pdf", "public": True}

    def check(self, response, persona, target):
        exports = Export.objects.filter(query=target)
        assert [e.public for e in exports] == ([True] if response.status_code == 202 else [])


class TestNetworkExportStatusIsForMembers(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, personas):
        return done_export(compiled_query(personas), personas.coordinator)

    def url(self, target):
        return api(target.query, target.pk)

    def check(self, response, persona, target):
        if response.status_code == 200:
            body = response.json()
            assert (body["status"], body["progress"], body["error"]) == ("done", 100, "")
            assert body["download_url"].endswith(api(target.query, target.pk, "download"))


class TestNetworkExportStatusOfAPublishedQueryStaysWithMembers(PermissionMatrix):
    expected = {**MEMBERS_ONLY, "anonymous": 403}

    @pytest.fixture
    def target(self, personas):
        return done_export(published_query(personas), personas.coordinator)

    def url(self, target):
        return api(target.query, target.pk)


class TestNetworkExportDownloadIsForMembers(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, personas):
        return done_export(compiled_query(personas), personas.coordinator)

    def url(self, target):
        return api(target.query, target.pk, "download")

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == b"PK-test"


class TestNetworkExportDownloadOfAPublishedQueryStaysWithMembers(PermissionMatrix):
    expected = {**MEMBERS_ONLY, "anonymous": 403}

    @pytest.fixture
    def target(self, personas):
        return done_export(published_query(personas), personas.coordinator)

    def url(self, target):
        return api(target.query, target.pk, "download")


class TestPublicExportDownloadIsForEveryone(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, personas):
        return done_export(published_query(personas), None, public=True)

    def url(self, target):
        return api(target.query, target.pk, "download")


def test_an_unknown_format_is_refused(personas, client):
    query = compiled_query(personas)
    client.force_login(personas.reader)
    response = client.post(api(query), {"format": "odt"}, content_type="application/json")
    assert response.status_code == 400
    assert "format" in response.json()
    assert not Export.objects.exists()


def test_an_unfinished_export_cannot_be_downloaded(personas, client):
    query = compiled_query(personas)
    export = Export.objects.create(query=query, format="pdf", requested_by=personas.reader)
    client.force_login(personas.reader)
    assert client.get(api(query, export.pk, "download")).status_code == 404
    assert client.get(api(query, export.pk)).json()["download_url"] is None


def test_an_export_of_another_query_is_not_found(personas, client):
    export = done_export(compiled_query(personas), personas.reader)
    other = compiled_query(personas)
    client.force_login(personas.reader)
    assert client.get(api(other, export.pk)).status_code == 404
    assert client.get(api(other, export.pk, "download")).status_code == 404


def test_an_export_runs_to_done_through_the_api(
    personas, client, immediate, django_capture_on_commit_callbacks
):
    query = compiled_query(personas)
    client.force_login(personas.reader)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(api(query), {"format": "xlsx"}, content_type="application/json")
    assert response.status_code == 202
    status = client.get(response.json()["status_url"]).json()
    assert (status["status"], status["progress"]) == ("done", 100)
    download = client.get(status["download_url"])
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert SECRET in [cell for row in sheet.iter_rows(values_only=True) for cell in row]


@pytest.mark.parametrize("extension", ["docx", "pdf", "xlsx"])
@pytest.mark.parametrize("persona", ["reader", "other_country", "commission"])
def test_the_public_export_never_holds_a_withheld_answer(
    personas, client, immediate, django_capture_on_commit_callbacks, extension, persona
):
    query = published_query(personas)
    client.force_login(personas[persona])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            api(query), {"format": extension, "public": True}, content_type="application/json"
        )
    status = client.get(response.json()["status_url"]).json()
    assert (status["status"], status["progress"]) == ("done", 100)
    download = client.get(status["download_url"])
    text = text_of(extension, b"".join(download.streaming_content))
    assert SECRET not in text
    assert PUBLIC_TEXT in text
    # The public file is for everyone, the anonymous too.
    client.logout()
    assert client.get(status["download_url"]).status_code == 200
