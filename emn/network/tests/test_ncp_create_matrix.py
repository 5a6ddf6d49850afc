from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import NationalContactPoint
from emn.network.tests.support import FormMatrix

REFUSED = {
    "anonymous": 302,
    "other_country": 403,
    "reader": 403,
    "contributor": 403,
    "coordinator": 403,
}


class TestNcpCreateForm(PermissionMatrix):
    expected = {**REFUSED, "commission": 200}

    def url(self, target):
        return "/network/ncps/new/?country=HR"


class TestNcpCreatePost(FormMatrix):
    expected = {**REFUSED, "commission": 302}

    def url(self, target):
        return "/network/ncps/new/"

    def payload(self, target):
        return {"country": "HR", "email": "emn@example.hr"}

    def check(self, response, persona, target):
        created = NationalContactPoint.objects.filter(country__code="HR").exists()
        assert created == (persona == "commission")
