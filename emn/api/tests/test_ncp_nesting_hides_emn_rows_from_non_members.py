"""An NCP is public, but the `emn` parts nested in it are for EMN members only."""

from __future__ import annotations

from typing import Any

import pytest

from emn.api.tests.matrix import EVERYONE
from emn.core.testing.matrix import PermissionMatrix

ALL_PARTS = {
    "coordinator": "Restricted Ministry",
    "organisations": ["Closed Staffing Agency", "Open Staffing Agency"],
    "partners": ["Closed Partner NGO", "Hidden Partner Institute", "Open Partner NGO"],
    "funding": [2025, 2024],
}
PUBLIC_PARTS = {
    "coordinator": None,
    "organisations": ["Open Staffing Agency"],
    "partners": ["Open Partner NGO"],
    "funding": [2024],
}


def parts(ncp: dict[str, Any]) -> dict[str, Any]:
    return {
        "coordinator": ncp["coordinator"]["name"] if ncp["coordinator"] else None,
        "organisations": sorted(o["name"] for o in ncp["organisations"]),
        "partners": sorted(p["organisation"]["name"] for p in ncp["partners"]),
        "funding": [f["year"] for f in ncp["funding"]],
    }


class TestNcpDetail(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, ncp_si):
        return ncp_si

    def url(self, target):
        return "/api/v1/ncps/si/"

    def check(self, response, persona, target):
        body = response.json()
        assert body["country"] == {"code": "SI", "name": "Slovenia"}
        assert parts(body) == (PUBLIC_PARTS if persona == "anonymous" else ALL_PARTS)


class TestNcpList(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, ncp_si):
        return ncp_si

    def url(self, target):
        return "/api/v1/ncps/"

    def check(self, response, persona, target):
        body = response.json()
        assert body["count"] == 1
        assert parts(body["results"][0]) == (PUBLIC_PARTS if persona == "anonymous" else ALL_PARTS)


def test_a_network_partner_is_outside_the_network_and_sees_public_parts(client, personas, ncp_si):
    client.force_login(personas.partner)
    assert parts(client.get("/api/v1/ncps/SI/").json()) == PUBLIC_PARTS


def test_funding_reads_with_its_total(client, personas, ncp_si):
    client.force_login(personas.commission)
    funding = client.get("/api/v1/ncps/SI/").json()["funding"]
    assert funding[0]["total"] == "125000.00"


def test_a_country_without_an_ncp_is_not_found(client, ncp_si):
    assert client.get("/api/v1/ncps/FR/").status_code == 404
