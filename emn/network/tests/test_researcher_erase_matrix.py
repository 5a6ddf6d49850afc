import pytest

from emn.core.testing.factories import ResearcherFactory
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import Researcher
from emn.network.tests.support import FormMatrix, everyone


@pytest.fixture
def researcher(db):
    return ResearcherFactory(name="Ana Novak", email="ana@example.si")


class TestResearcherEraseConfirmation(PermissionMatrix):
    expected = {**everyone(403), "anonymous": 302, "commission": 200}

    @pytest.fixture
    def target(self, researcher):
        return researcher

    def url(self, target):
        return f"/network/directory/researchers/{target.pk}/erase/"


class TestResearcherErasePost(FormMatrix):
    expected = {**everyone(403), "anonymous": 302, "commission": 302}

    @pytest.fixture
    def target(self, researcher):
        return researcher

    def url(self, target):
        return f"/network/directory/researchers/{target.pk}/erase/"

    def payload(self, target):
        return {"confirm": "on"}

    def check(self, response, persona, target):
        erased = Researcher.objects.get(pk=target.pk).is_erased
        assert erased == (persona == "commission")
