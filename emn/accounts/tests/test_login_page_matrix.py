"""The login page opens for the public; a logged-in person is sent on instead."""

from emn.accounts.tests.support import FormPostMatrix, everyone_logged_in
from emn.core.testing.matrix import PermissionMatrix


class TestLoginGet(PermissionMatrix):
    expected = everyone_logged_in(302, anonymous=200)

    def url(self, target):
        return "/accounts/login/"


class TestLoginPostWithoutCredentials(FormPostMatrix):
    # An empty form is shown again with its errors; logged-in people are sent on.
    expected = everyone_logged_in(302, anonymous=200)

    def url(self, target):
        return "/accounts/login/"
