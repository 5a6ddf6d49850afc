"""Who may request an export, follow it and download it: every persona."""

import pytest
from django.core.files.base import ContentFile
from django.test.client import MULTIPART_CONTENT

from emn.core.testing.matrix import PermissionMatrix
from emn.queries.models import Export
from emn.queries.tests.compilation_support import compiled_query, published_query

MEMBERS = {
    "anonymous": 404,
    "other_country": 200,
    "reader": 200,
    "contributor": 200,
    "coordinator": 200,
    "commission": 200,
}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def done_export(query, user, *, public=False):
    export = Export.objects.create(
        query=query, format="xlsx", public=public, requested_by=user, status="done", progress=100
    )
    export.file.save("compilation.xlsx", ContentFile(b"PK-test"), save=True)
    return export


class TestMembersRequestNetworkExports(PermissionMatrix):
    method = "post"
    content_type = MULTIPART_CONTENT
    expected = {**{p: 302 for p in MEMBERS}, "anonymous": 404}

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/exports/"

    def payload(self, target):
        return {"format": "xlsx"}

    def check(self, response, persona, target):
        exports = Export.objects.filter(query=target)
        assert exports.count() == (1 if response.status_code == 302 else 0)
        if exports:
            assert exports.get().public is False


class TestEveryoneRequestsPublicExportsOfPublishedQueries(PermissionMatrix):
    method = "post"
    content_type = MULTIPART_CONTENT
    expected = dict.fromkeys(MEMBERS, 302)

    @pytest.fixture
    def target(self, personas):
        return published_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/exports/"

    def payload(self, target):
        return {"format": "pdf", "public": "1"}

    def check(self, response, persona, target):
        assert Export.objects.get(query=target).public is True


class TestNetworkExportStatusIsForMembers(PermissionMatrix):
    expected = MEMBERS

    @pytest.fixture
    def target(self, personas):
        return done_export(compiled_query(personas), personas.coordinator)

    def url(self, target):
        return f"/queries/{target.query_id}/exports/{target.pk}/"


class TestNetworkExportDownloadIsForMembers(PermissionMatrix):
    expected = MEMBERS

    @pytest.fixture
    def target(self, personas):
        return done_export(compiled_query(personas), personas.coordinator)

    def url(self, target):
        return f"/queries/{target.query_id}/exports/{target.pk}/download/"


class TestNetworkExportOfAPublishedQueryStaysWithMembers(PermissionMatrix):
    expected = {**MEMBERS, "anonymous": 403}

    @pytest.fixture
    def target(self, personas):
        return done_export(published_query(personas), personas.coordinator)

    def url(self, target):
        return f"/queries/{target.query_id}/exports/{target.pk}/download/"


class TestPublicExportDownloadIsForEveryone(PermissionMatrix):
    expected = dict.fromkeys(MEMBERS, 200)

    @pytest.fixture
    def target(self, personas):
        return done_export(published_query(personas), None, public=True)

    def url(self, target):
        return f"/queries/{target.query_id}/exports/{target.pk}/download/"
