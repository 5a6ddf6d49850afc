from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from emn.contributions.models import Contribution
from emn.core.models import AuditEntry
from emn.queries import services
from emn.queries.models import AdHocQuery, Answer, Compilation, QueryEvent
from emn.queries.tests.factories import draft_query, questions, response_of


@pytest.mark.django_db
def test_a_query_goes_from_draft_to_published(
    personas: Any, immediate_tasks: None, django_capture_on_commit_callbacks: Any
) -> None:
    asker = personas.other_country
    query = draft_query(asker, ("SI", "FR"), dissemination="public")
    text, yes_no, number = questions(query)
    with django_capture_on_commit_callbacks(execute=True):
        services.launch_query(asker, query)
    assert query.state == AdHocQuery.State.OPEN and query.reference
    assert sorted(m.to[0] for m in mail.outbox) == [
        "coordinator.fr@example.org",
        "coordinator.si@example.org",
    ]
    services.add_clarification(asker, query, "Months means calendar months.", number)

    si = response_of(query, "SI")
    services.save_answers(
        personas.contributor,
        si,
        {text.pk: "<p>After six months.</p>", yes_no.pk: "yes", number.pk: "6"},
        {number.pk: "Since 2019."},
        expected_version=0,
        publishable=False,
    )
    services.submit_response(personas.coordinator, si)
    fr = response_of(query, "FR")
    services.save_answers(asker, fr, {yes_no.pk: False}, expected_version=0)
    services.submit_response(asker, fr)

    services.close_query(asker, query)
    first = services.compile_query(asker, query, "Two countries answered.", "Waiting periods vary.")
    second = services.compile_query(asker, query, "Two countries answered.", "Revised.")
    services.publish_query(asker, query)

    assert (first.version, second.version) == (1, 2)
    assert Compilation.objects.filter(query=query).count() == 2
    assert query.state == AdHocQuery.State.PUBLISHED
    assert list(QueryEvent.objects.filter(query=query).values_list("kind", flat=True)) == [
        "open",
        "closed",
        "compiled",
        "compiled",
        "published",
    ]
    assert Answer.objects.get(contribution=si, question=number).comment == "Since 2019."
    si.refresh_from_db()
    assert si.state == Contribution.State.SUBMITTED and not si.publishable
    assert set(AdHocQuery.objects.visible_to(personas.anonymous)) == {query}
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "queries.create_query",
        "queries.add_question",
        "queries.open",
        "queries.add_clarification",
        "queries.save_answers",
        "contributions.submitted",
        "queries.closed",
        "queries.compiled",
        "queries.published",
    } <= actions


@pytest.mark.django_db
def test_references_count_up_within_the_year(personas: Any) -> None:
    first = draft_query(personas.other_country)
    second = draft_query(personas.commission)
    services.launch_query(personas.other_country, first)
    services.launch_query(personas.commission, second)
    year, number = first.reference.split(".")
    assert second.reference == f"{year}.{int(number) + 1}"


@pytest.mark.django_db
def test_an_emn_query_stays_restricted_when_published(personas: Any) -> None:
    asker = personas.commission
    query = draft_query(asker, ("SI",))
    services.launch_query(asker, query)
    services.close_query(asker, query)
    services.compile_query(asker, query, "", "")
    services.publish_query(asker, query)
    assert not AdHocQuery.objects.visible_to(personas.anonymous).exists()
    assert set(AdHocQuery.objects.visible_to(personas.reader)) == {query}
