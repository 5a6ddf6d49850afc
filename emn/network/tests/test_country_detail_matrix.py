from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import everyone


class TestCountryDetail(PermissionMatrix):
    expected = everyone(200)

    def url(self, target):
        return "/network/countries/SI/"

    def check(self, response, persona, target):
        assert response.context["country"].code == "SI"
