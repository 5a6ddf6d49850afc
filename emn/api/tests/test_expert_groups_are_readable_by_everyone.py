"""Expert groups are public: their name, mandate and themes."""

from __future__ import annotations

import pytest

from emn.api.tests.matrix import EVERYONE
from emn.core.models import Theme
from emn.core.testing.factories import ExpertGroupFactory
from emn.core.testing.matrix import PermissionMatrix


@pytest.fixture
def return_expert_group(db):
    group = ExpertGroupFactory(name="Return Expert Group", acronym="REG", set_up_year=2014)
    group.themes.add(Theme.objects.get(code="return"))
    return group


class TestExpertGroupList(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, return_expert_group):
        return return_expert_group

    def url(self, target):
        return "/api/v1/expert-groups/"

    def check(self, response, persona, target):
        body = response.json()
        assert body["count"] == 1
        assert body["results"][0]["acronym"] == "REG"


class TestExpertGroupDetail(PermissionMatrix):
    expected = EVERYONE

    @pytest.fixture
    def target(self, return_expert_group):
        return return_expert_group

    def url(self, target):
        return f"/api/v1/expert-groups/{target.pk}/"

    def check(self, response, persona, target):
        body = response.json()
        assert body["set_up_year"] == 2014
        assert body["themes"] == [{"code": "return", "label": "Return and readmission"}]
