import pytest

from emn.core.testing.factories import OrganisationFactory
from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import EMN, everyone


class TestPublicOrganisation(PermissionMatrix):
    expected = everyone(200)

    @pytest.fixture
    def target(self, db):
        return OrganisationFactory(name="Peace Institute")

    def url(self, target):
        return f"/network/organisations/{target.pk}/"


class TestRestrictedOrganisation(PermissionMatrix):
    """An `emn` organisation does not exist for the public."""

    expected = {**everyone(200), "anonymous": 404}

    @pytest.fixture
    def target(self, db):
        return OrganisationFactory(name="Internal working group", dissemination=EMN)

    def url(self, target):
        return f"/network/organisations/{target.pk}/"

    def check(self, response, persona, target):
        if response.status_code == 404:
            assert b"Internal working group" not in response.content
