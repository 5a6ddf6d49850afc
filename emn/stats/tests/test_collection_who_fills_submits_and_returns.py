"""A country's row is filled by its NCP coordinator and contributors, submitted by its
coordinator only, and returned by the asker only, as for ad-hoc queries."""

import pytest
from django.core.exceptions import PermissionDenied

from emn.stats.collections import services
from emn.stats.tests.collection_support import fill, group_member, launched, row_of

pytestmark = pytest.mark.django_db


def _people(personas):
    return {
        "anonymous": personas.anonymous,
        "public": personas.partner,
        "other_country": personas.other_country,
        "reader": personas.reader,
        "contributor": personas.contributor,
        "coordinator": personas.coordinator,
        "commission": personas.commission,
        "member": group_member(),
    }


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("anonymous", False),
        ("public", False),
        ("other_country", False),
        ("reader", False),
        ("contributor", True),
        ("coordinator", True),
        ("commission", False),
        ("member", False),
    ],
)
def test_who_fills_in_the_row(personas, name, allowed):
    people = _people(personas)
    si = row_of(launched(personas.commission), "SI")
    if allowed:
        assert fill(people[name], si, SPENT="10") == 1
    else:
        with pytest.raises(PermissionDenied):
            fill(people[name], si, SPENT="10")


@pytest.mark.parametrize(
    "name",
    ["anonymous", "public", "other_country", "reader", "contributor", "commission", "member"],
)
def test_only_the_coordinator_submits(personas, name):
    people = _people(personas)
    si = row_of(launched(personas.commission), "SI")
    fill(personas.contributor, si, SPENT="10", PROGRAMMES="1")
    with pytest.raises(PermissionDenied):
        services.submit_row(people[name], si)
    services.submit_row(personas.coordinator, si)


@pytest.mark.parametrize(
    "name", ["anonymous", "public", "other_country", "reader", "contributor", "coordinator"]
)
def test_only_the_asker_returns(personas, name):
    people = _people(personas)
    member = people["member"]
    si = row_of(launched(member), "SI")
    fill(personas.contributor, si, SPENT="10", PROGRAMMES="1")
    services.submit_row(personas.coordinator, si)
    with pytest.raises(PermissionDenied):
        services.return_row(people[name], si, "Why?")
    services.return_row(member, si, "The launcher returns it.")
    si.refresh_from_db()
    assert si.state == "returned"
