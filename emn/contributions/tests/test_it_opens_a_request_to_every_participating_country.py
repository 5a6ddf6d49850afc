from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from emn.contributions import services
from emn.contributions.models import Contribution, Request
from emn.contributions.tests.factories import make_request
from emn.core.testing.factories import country
from emn.network.models import Country


@pytest.mark.django_db
def test_it_asks_members_and_observers_by_default(personas: Any) -> None:
    request = make_request(personas.other_country, open_it=False)
    services.open_request(personas.other_country, request)
    asked = set(request.contributions.values_list("country__code", flat=True))
    assert asked == set(Country.objects.participating().values_list("code", flat=True))
    assert "DK" not in asked and {"NO", "UA"} <= asked


@pytest.mark.django_db
def test_it_refuses_a_country_outside_the_network(personas: Any) -> None:
    request = make_request(personas.other_country, open_it=False)
    with pytest.raises(ValidationError, match="Not in the network"):
        services.open_request(personas.other_country, request, [country("DK"), country("SI")])
    request.refresh_from_db()
    assert request.state == Request.State.DRAFT
    assert Contribution.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_a_past_deadline_and_a_stranger(personas: Any) -> None:
    past = timezone.localdate() - datetime.timedelta(days=1)
    request = make_request(personas.other_country, open_it=False, deadline=past)
    with pytest.raises(ValidationError, match="past"):
        services.open_request(personas.other_country, request)
    with pytest.raises(PermissionDenied):
        services.open_request(personas.coordinator, request)
    assert Contribution.objects.count() == 0


@pytest.mark.django_db
def test_it_withdraws_and_then_takes_no_writes(personas: Any) -> None:
    request = make_request(personas.other_country)
    services.withdraw_request(personas.other_country, request)
    si = request.contributions.get(country__code="SI")
    with pytest.raises(PermissionDenied):
        services.start_drafting(personas.contributor, si)
    with pytest.raises(ValidationError):
        services.close_request(personas.other_country, request)
