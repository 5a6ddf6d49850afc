from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from emn.contributions.models import Contribution, Request
from emn.core.models import AuditEntry
from emn.network.models import Country
from emn.queries import services
from emn.queries.models import AdHocQuery
from emn.queries.tests.factories import draft_query, in_days, theme


def _create(actor: Any, **kwargs: Any) -> AdHocQuery:
    fields: dict[str, Any] = {
        "title": "Integration courses",
        "background": "Asked for a national evaluation.",
        "theme": theme("integration"),
        "keywords": ["integration"],
        "dissemination": "emn",
        **kwargs,
    }
    return services.create_query(actor, **fields)


@pytest.mark.django_db
def test_a_coordinator_asks_for_their_country_with_two_weeks_by_default(personas: Any) -> None:
    query = _create(personas.coordinator)
    assert query.state == AdHocQuery.State.DRAFT
    assert query.request.state == Request.State.DRAFT
    assert query.request.requester_country.code == "SI"
    assert query.request.deadline == timezone.localdate() + datetime.timedelta(days=14)
    assert query.request.contributions.count() == Country.objects.participating().count()
    assert AuditEntry.objects.filter(
        action="queries.create_query", object_id=str(query.pk)
    ).exists()


@pytest.mark.django_db
def test_the_commission_asks_for_itself_and_may_allow_more_time(personas: Any) -> None:
    query = _create(personas.commission, deadline=in_days(40))
    assert query.request.requester_country is None


@pytest.mark.django_db
@pytest.mark.parametrize(("days", "message"), [(-1, "in the past"), (29, "at most 28 days")])
def test_it_refuses_a_bad_deadline_and_stores_nothing(
    personas: Any, days: int, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as refused:
        _create(personas.coordinator, deadline=in_days(days))
    assert "deadline" in refused.value.message_dict
    assert (AdHocQuery.objects.count(), Request.objects.count(), Contribution.objects.count()) == (
        0,
        0,
        0,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["anonymous", "reader", "contributor", "partner"])
def test_only_coordinators_and_the_commission_ask(personas: Any, persona: str) -> None:
    with pytest.raises(PermissionDenied):
        _create(personas[persona])
    assert AdHocQuery.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_an_empty_title_and_stores_nothing(personas: Any) -> None:
    with pytest.raises(ValidationError):
        _create(personas.coordinator, title="  ")
    assert (AdHocQuery.objects.count(), Request.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_the_asker_updates_a_draft_only(personas: Any) -> None:
    query = draft_query(personas.coordinator)
    services.update_query(personas.coordinator, query, title="New title", deadline=in_days(20))
    query.refresh_from_db()
    assert (query.title, query.request.title, query.request.deadline) == (
        "New title",
        "New title",
        in_days(20),
    )
    with pytest.raises(PermissionDenied):
        services.update_query(personas.other_country, query, title="Taken over")
    services.launch_query(personas.coordinator, query)
    with pytest.raises(PermissionDenied):
        services.update_query(personas.coordinator, query, title="Too late")
