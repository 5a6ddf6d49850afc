from emn.core.testing.matrix import PermissionMatrix
from emn.network.models import Organisation
from emn.network.tests.support import FormMatrix

NAME = "Slovenian Migration Institute"


class TestOrganisationCreateForm(PermissionMatrix):
    """The form opens for whoever may add organisations somewhere: the Commission and the
    coordinators (of any country; the form then offers only their own)."""

    expected = {
        "anonymous": 302,
        "other_country": 200,
        "reader": 403,
        "contributor": 403,
        "coordinator": 200,
        "commission": 200,
    }

    def url(self, target):
        return "/network/organisations/new/?country=SI"


class TestOrganisationCreatePost(FormMatrix):
    """A Slovenian organisation: stored for Slovenia's coordinator and the Commission; the
    French coordinator gets the form back with an error; nothing stored for anybody else."""

    expected = {
        "anonymous": 302,
        "other_country": 200,
        "reader": 403,
        "contributor": 403,
        "coordinator": 302,
        "commission": 302,
    }

    def url(self, target):
        return "/network/organisations/new/"

    def payload(self, target):
        return {"name": NAME, "kind": "research_institute", "country": "SI"}

    def check(self, response, persona, target):
        stored = Organisation.objects.filter(name=NAME).exists()
        assert stored == (self.expected[persona] == 302 and persona != "anonymous")
