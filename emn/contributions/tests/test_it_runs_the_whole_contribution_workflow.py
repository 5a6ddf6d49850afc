from __future__ import annotations

from typing import Any

import pytest

from emn.contributions import services
from emn.contributions.models import Contribution, ContributionEvent, Request
from emn.contributions.tests.factories import contribution_of, make_request
from emn.core.models import AuditEntry

State = Contribution.State


@pytest.mark.django_db
def test_it_runs_the_whole_workflow_with_an_event_and_audit_entry_per_step(personas: Any) -> None:
    asker = personas.other_country
    request = make_request(asker)
    assert request.state == Request.State.OPEN
    si = contribution_of(request, "SI")

    services.start_drafting(personas.contributor, si)
    services.mark_ready(personas.contributor, si)
    services.submit_contribution(personas.coordinator, si)
    assert si.submitted_at is not None
    services.return_contribution(asker, si, "Please add the 2025 figures.")
    version = services.touch_contribution(personas.contributor, si, si.version)
    si.refresh_from_db()
    assert (si.state, si.version) == (State.DRAFTING, version)
    services.submit_contribution(personas.coordinator, si)
    services.close_request(asker, request)

    steps = list(si.events.values_list("kind", "from_state", "to_state"))
    assert steps == [
        ("started", "not_started", "drafting"),
        ("ready", "drafting", "ready"),
        ("submitted", "ready", "submitted"),
        ("returned", "submitted", "returned"),
        ("reopened", "returned", "drafting"),
        ("submitted", "drafting", "submitted"),
    ]
    returned = si.events.get(kind=ContributionEvent.Kind.RETURNED)
    assert (returned.actor, returned.note) == (asker, "Please add the 2025 figures.")
    actions = list(AuditEntry.objects.order_by("id").values_list("action", flat=True))
    assert actions == [
        "contributions.address_request",
        "contributions.open_request",
        "contributions.started",
        "contributions.ready",
        "contributions.submitted",
        "contributions.returned",
        "contributions.save",
        "contributions.submitted",
        "contributions.closed_request",
    ]
    request.refresh_from_db()
    assert request.state == Request.State.CLOSED
