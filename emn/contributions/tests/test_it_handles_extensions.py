from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.contributions import services
from emn.contributions.models import Extension
from emn.contributions.tests.factories import contribution_of, make_request
from emn.core.models import AuditEntry


@pytest.mark.django_db
def test_the_asker_grants_more_time(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    until = si.effective_deadline + datetime.timedelta(days=10)
    extension = services.request_extension(personas.coordinator, si, until, "Data due in May.")
    with pytest.raises(PermissionDenied):
        services.decide_extension(personas.coordinator, extension, True)
    services.decide_extension(personas.other_country, extension, True, "Fine.")
    si.refresh_from_db()
    assert si.deadline == until and si.effective_deadline == until
    assert list(si.events.values_list("kind", flat=True)) == [
        "extension_requested",
        "extension_granted",
    ]
    assert AuditEntry.objects.filter(action="contributions.decide_extension").count() == 1
    with pytest.raises(ValidationError, match="already been decided"):
        services.decide_extension(personas.other_country, extension, False)


@pytest.mark.django_db
def test_a_refusal_keeps_the_deadline(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    before = si.effective_deadline
    extension = services.request_extension(
        personas.coordinator, si, before + datetime.timedelta(days=3), "Holidays."
    )
    services.decide_extension(personas.commission, extension, False, "The meeting is fixed.")
    si.refresh_from_db()
    assert si.effective_deadline == before and si.deadline is None
    assert Extension.objects.get().state == Extension.State.REFUSED


@pytest.mark.django_db
def test_it_refuses_bad_extension_requests(personas: Any) -> None:
    si = contribution_of(make_request(personas.other_country), "SI")
    later = si.effective_deadline + datetime.timedelta(days=3)
    with pytest.raises(PermissionDenied):
        services.request_extension(personas.contributor, si, later, "Holidays.")
    with pytest.raises(ValidationError, match="reason"):
        services.request_extension(personas.coordinator, si, later, "")
    with pytest.raises(ValidationError):
        services.request_extension(personas.coordinator, si, si.effective_deadline, "Holidays.")
    services.request_extension(personas.coordinator, si, later, "Holidays.")
    with pytest.raises(ValidationError, match="already waiting"):
        services.request_extension(personas.coordinator, si, later, "Again.")
    assert Extension.objects.count() == 1
