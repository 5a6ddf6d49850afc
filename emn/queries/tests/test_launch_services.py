from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.contributions.models import Request
from emn.queries import services
from emn.queries.models import AdHocQuery, QueryEvent
from emn.queries.tests.factories import draft_query, questions


@pytest.mark.django_db
def test_it_refuses_launching_with_no_questions(personas: Any) -> None:
    query = draft_query(personas.coordinator, with_questions=False)
    with pytest.raises(ValidationError, match="at least one question"):
        services.launch_query(personas.coordinator, query)
    query.refresh_from_db()
    assert (query.state, query.reference) == (AdHocQuery.State.DRAFT, None)
    assert query.request.state == Request.State.DRAFT
    assert QueryEvent.objects.count() == 0


@pytest.mark.django_db
def test_only_the_asker_launches(personas: Any) -> None:
    query = draft_query(personas.coordinator)
    for persona in ("other_country", "contributor", "reader"):
        with pytest.raises(PermissionDenied):
            services.launch_query(personas[persona], query)
    services.launch_query(personas.coordinator, query)
    assert query.request.state == Request.State.OPEN
    assert QueryEvent.objects.get().actor == personas.coordinator


@pytest.mark.django_db
def test_clarifications_come_after_launch_from_the_asker(personas: Any) -> None:
    asker = personas.coordinator
    query = draft_query(asker)
    with pytest.raises(PermissionDenied):
        services.add_clarification(asker, query, "Too early.")
    services.launch_query(asker, query)
    with pytest.raises(PermissionDenied):
        services.add_clarification(personas.other_country, query, "Not mine.")
    with pytest.raises(ValidationError):
        services.add_clarification(asker, query, " ")
    other = draft_query(asker)
    with pytest.raises(ValidationError, match="another query"):
        services.add_clarification(asker, query, "Which?", questions(other)[0])
    clarification = services.add_clarification(asker, query, "Count persons, not files.")
    assert list(query.clarifications.all()) == [clarification]


@pytest.mark.django_db
def test_a_withdrawn_query_takes_no_answers(personas: Any) -> None:
    asker = personas.coordinator
    query = draft_query(asker, ("SI", "FR"))
    services.launch_query(asker, query)
    services.withdraw_query(asker, query, "Asked by mistake.")
    assert query.state == AdHocQuery.State.WITHDRAWN
    assert query.request.state == Request.State.WITHDRAWN
    fr = query.request.contributions.get(country__code="FR")
    with pytest.raises(PermissionDenied):
        services.save_answers(personas.other_country, fr, {}, expected_version=0)
