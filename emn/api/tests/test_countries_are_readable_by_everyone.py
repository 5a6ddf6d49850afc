"""Countries are reference data: everybody reads them, looked up by Eurostat code."""

from __future__ import annotations

from emn.api.tests.matrix import EVERYONE
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import Country


class TestCountryList(PermissionMatrix):
    expected = EVERYONE

    def url(self, target):
        return "/api/v1/countries/"

    def check(self, response, persona, target):
        body = response.json()
        assert body["count"] == Country.objects.count()
        assert [c["code"] for c in body["results"]] == sorted(c["code"] for c in body["results"])


class TestCountryDetail(PermissionMatrix):
    expected = EVERYONE

    def url(self, target):
        return "/api/v1/countries/EL/"

    def check(self, response, persona, target):
        body = response.json()
        assert body["code"] == "EL"
        assert body["iso_code"] == "GR"
        assert body["name"] == "Greece"
        assert body["status"] == "member"


def test_the_code_is_accepted_in_lower_case(client, db):
    assert client.get("/api/v1/countries/el/").json()["code"] == "EL"


def test_an_unknown_code_is_not_found(client, db):
    assert client.get("/api/v1/countries/ZZ/").status_code == 404


def test_countries_filter_by_status(client, db):
    body = client.get("/api/v1/countries/?status=observer").json()
    assert "NO" in {c["code"] for c in body["results"]}
    assert {c["status"] for c in body["results"]} == {"observer"}
