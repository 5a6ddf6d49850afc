"""Only the Commission and the owning expert group's members define templates and launch
collections; NCP staff, other countries and the public may not."""

import pytest
from django.core.exceptions import PermissionDenied

from emn.core.testing.factories import UserFactory
from emn.stats.tests.collection_support import group_member, launched, template

pytestmark = pytest.mark.django_db

REFUSED = ("anonymous", "partner", "other_country", "reader", "contributor", "coordinator")


def _people(personas):
    people = {name: personas[name] for name in REFUSED}
    people["commission"] = personas.commission
    people["member"] = group_member()
    people["outsider"] = UserFactory(email="no-roles@example.org")  # logged in, no role
    return people


@pytest.mark.parametrize("name", [*REFUSED, "outsider"])
def test_others_may_not_define_a_group_template(personas, name):
    people = _people(personas)
    with pytest.raises(PermissionDenied):
        template(people[name])


@pytest.mark.parametrize("name", ["commission", "member"])
def test_the_commission_and_the_group_define_the_groups_template(personas, name):
    people = _people(personas)
    assert template(people[name]).variables.count() == 3


def test_only_the_commission_defines_a_template_of_its_own(personas):
    people = _people(personas)
    with pytest.raises(PermissionDenied):
        template(people["member"], group=None)
    assert template(people["commission"], group=None).expert_group is None


@pytest.mark.parametrize("name", [*REFUSED, "outsider"])
def test_others_may_not_launch(personas, name):
    people = _people(personas)
    with pytest.raises(PermissionDenied):
        launched(people[name], owner=people["commission"])


@pytest.mark.parametrize("name", ["commission", "member"])
def test_the_commission_and_the_group_launch(personas, name):
    people = _people(personas)
    collection = launched(people[name])
    assert collection.request.state == "open"
    assert collection.request.kind == "data_collection"
    assert sorted(collection.request.contributions.values_list("country__code", flat=True)) == [
        "FR",
        "SI",
    ]
