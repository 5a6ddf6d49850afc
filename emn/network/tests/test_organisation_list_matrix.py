from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import everyone


class TestOrganisationList(PermissionMatrix):
    expected = everyone(200)

    def url(self, target):
        return "/network/organisations/?kind=ministry&country=si&search=interior"
