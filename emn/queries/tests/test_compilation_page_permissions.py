"""Who may read the compilation page, save a version and publish it: every persona."""

import pytest
from django.test.client import MULTIPART_CONTENT

from emn.core.testing.matrix import PermissionMatrix
from emn.queries.models import AdHocQuery, Compilation
from emn.queries.tests.compilation_support import SECRET, compiled_query, published_query

MEMBERS_READ = {
    "anonymous": 404,
    "other_country": 200,
    "reader": 200,
    "contributor": 200,
    "coordinator": 200,
    "commission": 200,
}
ASKER_WRITES = {
    "anonymous": 404,
    "other_country": 403,
    "reader": 403,
    "contributor": 403,
    "coordinator": 302,
    "commission": 302,
}


class TestNetworkCompilationIsForMembers(PermissionMatrix):
    expected = MEMBERS_READ

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/"

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert SECRET in response.content.decode()


class TestPublishedCompilationIsForEveryone(PermissionMatrix):
    expected = dict.fromkeys(MEMBERS_READ, 200)

    @pytest.fixture
    def target(self, personas):
        return published_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/"

    def check(self, response, persona, target):
        page = response.content.decode()
        assert (SECRET in page) is (persona != "anonymous")
        if persona == "anonymous":
            assert "Austria" in page  # named as answered but not shown


class TestPublicPreviewHidesWithheldAnswers(PermissionMatrix):
    expected = MEMBERS_READ

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/?public=1"

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert SECRET not in response.content.decode()


class TestOnlyTheAskerSavesAVersion(PermissionMatrix):
    method = "post"
    content_type = MULTIPART_CONTENT
    expected = ASKER_WRITES

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/compile/"

    def payload(self, target):
        return {"introduction": "New intro", "findings": "New findings"}

    def check(self, response, persona, target):
        versions = Compilation.objects.filter(query=target).count()
        assert versions == (2 if response.status_code == 302 else 1)


class TestOnlyTheAskerPublishes(PermissionMatrix):
    method = "post"
    content_type = MULTIPART_CONTENT
    expected = ASKER_WRITES

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/publish/"

    def payload(self, target):
        return {"dissemination": "public"}

    def check(self, response, persona, target):
        target.refresh_from_db()
        published = target.state == AdHocQuery.State.PUBLISHED
        assert published is (response.status_code == 302)


class TestCsvFollowsThePage(PermissionMatrix):
    expected = MEMBERS_READ

    @pytest.fixture
    def target(self, personas):
        return compiled_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/export.csv"

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert SECRET in response.content.decode("utf-8-sig")


class TestPublicCsvForEveryone(PermissionMatrix):
    expected = dict.fromkeys(MEMBERS_READ, 200)

    @pytest.fixture
    def target(self, personas):
        return published_query(personas)

    def url(self, target):
        return f"/queries/{target.pk}/compilation/export.csv?public=1"

    def check(self, response, persona, target):
        text = response.content.decode("utf-8-sig")
        assert SECRET not in text
        assert "Belgium publishes this answer" in text
