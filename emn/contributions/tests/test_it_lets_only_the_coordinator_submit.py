from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from emn.contributions import services
from emn.contributions.models import Contribution
from emn.contributions.tests.factories import contribution_of, make_request


@pytest.mark.django_db
@pytest.mark.parametrize(
    "persona", ["anonymous", "reader", "contributor", "other_country", "commission", "partner"]
)
def test_it_refuses_submit_by_anyone_but_the_coordinator(personas: Any, persona: str) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    services.start_drafting(personas.contributor, si)
    with pytest.raises(PermissionDenied):
        services.submit_contribution(personas[persona], si)
    si.refresh_from_db()
    assert si.state == Contribution.State.DRAFTING


@pytest.mark.django_db
def test_the_coordinator_submits(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    services.start_drafting(personas.contributor, si)
    services.submit_contribution(personas.coordinator, si)
    assert si.state == Contribution.State.SUBMITTED


@pytest.mark.django_db
def test_a_reader_cannot_write(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    with pytest.raises(PermissionDenied):
        services.start_drafting(personas.reader, si)
    with pytest.raises(PermissionDenied):
        services.touch_contribution(personas.reader, si, 0)
