import pytest

from emn.core.testing.factories import NationalContactPointFactory
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import NationalContactPoint
from emn.network.tests.support import FormMatrix

REFUSED = {"anonymous": 302, "other_country": 403, "reader": 403, "contributor": 403}


class TestNcpUpdateForm(PermissionMatrix):
    expected = {**REFUSED, "coordinator": 200, "commission": 200}

    @pytest.fixture
    def target(self, db):
        return NationalContactPointFactory(phone="+386 1 000 00 00")

    def url(self, target):
        return "/network/countries/SI/ncp/edit/"


class TestNcpUpdatePost(FormMatrix):
    expected = {**REFUSED, "coordinator": 302, "commission": 302}

    @pytest.fixture
    def target(self, db):
        return NationalContactPointFactory(phone="+386 1 000 00 00")

    def url(self, target):
        return "/network/countries/SI/ncp/edit/"

    def payload(self, target):
        return {"phone": "+386 1 234 56 78", "email": "emn@example.si"}

    def check(self, response, persona, target):
        phone = NationalContactPoint.objects.get(pk=target.pk).phone
        changed = persona in ("coordinator", "commission")
        assert phone == ("+386 1 234 56 78" if changed else "+386 1 000 00 00")
