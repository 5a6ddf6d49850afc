from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import everyone


class TestDirectory(PermissionMatrix):
    expected = everyone(200)

    def url(self, target):
        return "/network/directory/?search=return&theme=return&country=SI"


class TestDirectoryInstitutes(PermissionMatrix):
    expected = everyone(200)

    def url(self, target):
        return "/network/directory/?show=institutes&country=SI"
