"""The researchers' directory: public entries for all, e-mail for EMN members, erased entries
for the Commission only."""

from __future__ import annotations

import pytest
from django.utils import timezone

from emn.api.tests.matrix import COMMISSION_ONLY, EVERYONE, MEMBERS_ONLY
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import ResearcherFactory
from emn.core.testing.matrix import PermissionMatrix


@pytest.fixture
def researchers(db):
    return {
        "public": ResearcherFactory(name="Ana Public", email="ana@example.org"),
        "emn": ResearcherFactory(name="Bor Restricted", dissemination=DisseminationLevel.EMN),
        "erased": ResearcherFactory(name="[erased]", email="", erased_at=timezone.now()),
    }


class TestResearcherList(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, researchers):
        return researchers

    def url(self, target):
        return "/api/v1/directory/researchers/"

    def check(self, response, persona, target):
        body = response.json()
        names = [r["name"] for r in body["results"]]
        if persona == "anonymous":
            assert (body["count"], names) == (1, ["Ana Public"])
            assert body["results"][0]["email"] is None
            return
        expected = {"Ana Public", "Bor Restricted"}
        if persona == "commission":
            expected.add("[erased]")
        # Compared as a set: "[erased]" sorts differently under each database's collation.
        assert (body["count"], set(names)) == (len(expected), expected)
        assert body["results"][names.index("Ana Public")]["email"] == "ana@example.org"


class TestRestrictedResearcherDetail(PermissionMatrix):
    expected = MEMBERS_ONLY

    @pytest.fixture
    def target(self, researchers):
        return researchers["emn"]

    def url(self, target):
        return f"/api/v1/directory/researchers/{target.pk}/"


class TestPublicResearcherDetail(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, researchers):
        return researchers["public"]

    def url(self, target):
        return f"/api/v1/directory/researchers/{target.pk}/"

    def check(self, response, persona, target):
        email = response.json()["email"]
        assert email == (None if persona == "anonymous" else "ana@example.org")


class TestErasedResearcherDetail(PermissionMatrix):
    expected = COMMISSION_ONLY

    @pytest.fixture
    def target(self, researchers):
        return researchers["erased"]

    def url(self, target):
        return f"/api/v1/directory/researchers/{target.pk}/"

    def check(self, response, persona, target):
        if response.status_code == 200:
            assert response.json()["is_erased"] is True


def test_a_network_partner_gets_no_e_mail(client, personas, researchers):
    client.force_login(personas.partner)
    body = client.get("/api/v1/directory/researchers/").json()
    assert [(r["name"], r["email"]) for r in body["results"]] == [("Ana Public", None)]
