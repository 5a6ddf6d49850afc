from emn.core.testing.matrix import PermissionMatrix


class TestHomePage(PermissionMatrix):
    expected = dict.fromkeys(
        ("anonymous", "other_country", "reader", "contributor", "coordinator", "commission"), 200
    )

    def url(self, target):
        return "/"

    def check(self, response, persona, target):
        assert b"Member States" in response.content or b"EMN Exchange" in response.content
