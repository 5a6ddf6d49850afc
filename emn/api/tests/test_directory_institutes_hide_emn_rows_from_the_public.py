"""`emn` institutes are absent from the public's directory: list, count and detail."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import EVERYONE, MEMBERS_ONLY
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import OrganisationFactory
from emn.core.testing.matrix import PermissionMatrix


@pytest.fixture
def institutes(db):
    return (
        OrganisationFactory(name="Open Institute", in_directory=True),
        OrganisationFactory(
            name="Closed Institute", in_directory=True, dissemination=DisseminationLevel.EMN
        ),
    )


class TestInstituteList(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, institutes):
        return institutes

    def url(self, target):
        return "/api/v1/directory/institutes/"

    def check(self, response, persona, target):
        body = response.json()
        expected = 1 if persona == "anonymous" else 2
        assert body["count"] == len(body["results"]) == expected


class TestRestrictedInstituteDetail(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, institutes):
        return institutes[1]

    def url(self, target):
        return f"/api/v1/directory/institutes/{target.pk}/"


class TestPublicInstituteDetail(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, institutes):
        return institutes[0]

    def url(self, target):
        return f"/api/v1/directory/institutes/{target.pk}/"


def test_an_organisation_outside_the_directory_is_not_an_institute(client, db):
    organisation = OrganisationFactory(in_directory=False)
    assert client.get(f"/api/v1/directory/institutes/{organisation.pk}/").status_code == 404
