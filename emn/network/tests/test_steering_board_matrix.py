import pytest

from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import board_member, everyone


class TestSteeringBoard(PermissionMatrix):
    expected = everyone(200)

    @pytest.fixture
    def target(self, db):
        return board_member("SI", "Mojca Representative")

    def url(self, target):
        return "/network/steering-board/"

    def check(self, response, persona, target):
        named = b"Mojca Representative" in response.content
        assert named == (persona != "anonymous")
