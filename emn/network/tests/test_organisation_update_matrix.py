import pytest

from emn.core.testing.factories import OrganisationFactory
from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import Organisation
from emn.network.tests.support import FormMatrix

REFUSED = {"anonymous": 302, "other_country": 403, "reader": 403, "contributor": 403}


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Peace Institute", kind="research_institute")


class TestOrganisationUpdateForm(PermissionMatrix):
    expected = {**REFUSED, "coordinator": 200, "commission": 200}

    @pytest.fixture
    def target(self, organisation):
        return organisation

    def url(self, target):
        return f"/network/organisations/{target.pk}/edit/"


class TestOrganisationUpdatePost(FormMatrix):
    expected = {**REFUSED, "coordinator": 302, "commission": 302}

    @pytest.fixture
    def target(self, organisation):
        return organisation

    def url(self, target):
        return f"/network/organisations/{target.pk}/edit/"

    def payload(self, target):
        return {
            "name": "Peace Institute",
            "acronym": "PI",
            "kind": "research_institute",
            "country": "SI",
            "dissemination": "public",
        }

    def check(self, response, persona, target):
        acronym = Organisation.objects.get(pk=target.pk).acronym
        assert acronym == ("PI" if self.expected[persona] == 302 and persona != "anonymous" else "")
