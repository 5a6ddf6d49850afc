import pytest

from emn.accounts.models import Role
from emn.core.testing.factories import ExpertGroupFactory, RoleFactory, UserFactory, country
from emn.core.testing.matrix import PermissionMatrix
from emn.network.tests.support import everyone


class TestExpertGroupDetail(PermissionMatrix):
    expected = everyone(200)

    @pytest.fixture
    def target(self, db):
        group = ExpertGroupFactory(name="Return Expert Group", mandate="Return and reintegration.")
        member = UserFactory(full_name="Petra Expert")
        RoleFactory(user=member, kind=Role.Kind.EXPERT_GROUP, expert_group=group)
        RoleFactory(user=member, kind=Role.Kind.NCP_CONTRIBUTOR, country=country("SI"))
        return group

    def url(self, target):
        return f"/network/expert-groups/{target.pk}/"

    def check(self, response, persona, target):
        assert b"Return and reintegration." in response.content
        assert [c.code for c in response.context["countries"]] == ["SI"]
        assert (b"Petra Expert" in response.content) == (persona != "anonymous")
