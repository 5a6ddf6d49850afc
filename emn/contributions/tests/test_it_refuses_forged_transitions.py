from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from emn.contributions import services
from emn.contributions.models import Contribution, ContributionEvent
from emn.contributions.tests.factories import contribution_of, make_request
from emn.core.models import AuditEntry


@pytest.mark.django_db
def test_it_refuses_submitting_a_contribution_never_started(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    audit_before = AuditEntry.objects.count()
    with pytest.raises(ValidationError, match="“Not started” cannot become “Submitted”"):
        services.submit_contribution(personas.coordinator, si)
    si.refresh_from_db()
    assert si.state == Contribution.State.NOT_STARTED
    assert ContributionEvent.objects.count() == 0
    assert AuditEntry.objects.count() == audit_before


@pytest.mark.django_db
def test_it_refuses_returning_a_draft(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    services.start_drafting(personas.contributor, si)
    with pytest.raises(ValidationError, match="“Drafting” cannot become “Returned for changes”"):
        services.return_contribution(personas.other_country, si, "why")
    assert si.events.count() == 1


@pytest.mark.django_db
def test_it_refuses_declining_a_submitted_contribution(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    services.start_drafting(personas.contributor, si)
    services.submit_contribution(personas.coordinator, si)
    with pytest.raises(ValidationError, match="“Submitted” cannot become “Declined”"):
        services.decline_contribution(personas.coordinator, si, "no time")
    si.refresh_from_db()
    assert si.state == Contribution.State.SUBMITTED


@pytest.mark.django_db
def test_it_works_from_the_stored_state_not_a_stale_copy(personas: Any) -> None:
    request = make_request(personas.other_country)
    stale = contribution_of(request, "SI")
    fresh = contribution_of(request, "SI")
    services.start_drafting(personas.contributor, fresh)
    with pytest.raises(ValidationError, match="“Drafting” cannot become “Drafting”"):
        services.start_drafting(personas.contributor, stale)
