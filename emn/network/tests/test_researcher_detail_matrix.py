import pytest
from django.utils import timezone

from emn.core.testing.factories import ResearcherFactory
from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import EMN, everyone


class TestPublicResearcher(PermissionMatrix):
    expected = everyone(200)

    @pytest.fixture
    def target(self, db):
        return ResearcherFactory(name="Ana Novak")

    def url(self, target):
        return f"/network/directory/researchers/{target.pk}/"


class TestRestrictedResearcher(PermissionMatrix):
    expected = {**everyone(200), "anonymous": 404}

    @pytest.fixture
    def target(self, db):
        return ResearcherFactory(name="Ana Novak", dissemination=EMN)

    def url(self, target):
        return f"/network/directory/researchers/{target.pk}/"


class TestErasedResearcher(PermissionMatrix):
    """An erased entry is a placeholder for the audit trail: only the Commission sees it."""

    expected = {**everyone(404), "commission": 200}

    @pytest.fixture
    def target(self, db):
        return ResearcherFactory(name="[erased]", email="", erased_at=timezone.now())

    def url(self, target):
        return f"/network/directory/researchers/{target.pk}/"
