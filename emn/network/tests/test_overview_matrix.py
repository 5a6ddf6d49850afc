from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import everyone


class TestOverview(PermissionMatrix):
    expected = everyone(200)

    def url(self, target):
        return "/network/"

    def check(self, response, persona, target):
        assert b"<svg" in response.content
        assert b"Slovenia" in response.content
