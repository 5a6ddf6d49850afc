from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.contributions import services
from emn.contributions.models import Contribution
from emn.contributions.tests.factories import contribution_of, make_request


@pytest.mark.django_db
def test_the_coordinator_declines_with_a_reason(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    with pytest.raises(ValidationError):
        services.decline_contribution(personas.coordinator, si, "")
    with pytest.raises(PermissionDenied):
        services.decline_contribution(personas.contributor, si, "No capacity.")
    services.decline_contribution(personas.coordinator, si, "No capacity.")
    si.refresh_from_db()
    assert (si.state, si.reason) == (Contribution.State.DECLINED, "No capacity.")
    assert si.events.get().note == "No capacity."


@pytest.mark.django_db
def test_the_coordinator_marks_no_information_from_a_draft(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    services.start_drafting(personas.contributor, si)
    services.mark_no_information(personas.coordinator, si)
    assert si.state == Contribution.State.NO_INFORMATION
    with pytest.raises(PermissionDenied):
        services.touch_contribution(personas.contributor, si, si.version)
