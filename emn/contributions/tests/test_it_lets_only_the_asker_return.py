from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.contributions import services
from emn.contributions.models import Contribution
from emn.contributions.tests.factories import contribution_of, make_request


def _submitted(personas: Any, **kwargs: Any) -> Contribution:
    si = contribution_of(make_request(personas.other_country, **kwargs), "SI")
    services.start_drafting(personas.contributor, si)
    return services.submit_contribution(personas.coordinator, si)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["coordinator", "contributor", "reader", "service_provider"])
def test_it_refuses_return_by_someone_who_did_not_ask(personas: Any, persona: str) -> None:
    si = _submitted(personas)
    with pytest.raises(PermissionDenied):
        services.return_contribution(personas[persona], si, "Please add figures.")


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["other_country", "commission"])
def test_the_asker_and_the_commission_return(personas: Any, persona: str) -> None:
    si = _submitted(personas)
    services.return_contribution(personas[persona], si, "Please add figures.")
    assert si.state == Contribution.State.RETURNED


@pytest.mark.django_db
def test_it_requires_a_reason(personas: Any) -> None:
    si = _submitted(personas)
    with pytest.raises(ValidationError, match="reason"):
        services.return_contribution(personas.other_country, si, "  ")
    si.refresh_from_db()
    assert si.state == Contribution.State.SUBMITTED
