"""GET /me/: the logged-in caller and their roles; the public has no `me`."""

from __future__ import annotations

from emn.core.testing.matrix import PermissionMatrix
from emn.core.testing.personas import PERSONAS

ROLES = {
    "other_country": [("ncp_coordinator", "FR")],
    "reader": [("ncp_reader", "SI")],
    "contributor": [("ncp_contributor", "SI")],
    "coordinator": [("ncp_coordinator", "SI")],
    "commission": [("commission", None)],
}


class TestMe(PermissionMatrix):
    expected = {**dict.fromkeys(PERSONAS, 200), "anonymous": 401}

    def url(self, target):
        return "/api/v1/me/"

    def check(self, response, persona, target):
        if persona == "anonymous":
            assert response["WWW-Authenticate"] == "Token"
            return
        body = response.json()
        assert [(r["kind"], r["country"]) for r in body["roles"]] == ROLES[persona]
        assert body["is_emn_member"] is True
        assert body["is_commission"] is (persona == "commission")


def test_a_network_partner_is_not_an_emn_member(client, personas):
    client.force_login(personas.partner)
    body = client.get("/api/v1/me/").json()
    assert body["email"] == "partner.si@example.org"
    assert body["is_emn_member"] is False
    assert body["roles"][0]["kind_label"] == "National network partner"
