"""Who finds a country's answers, state by state (the rule of `emn.queries.search`)."""

from typing import Any

import pytest

from emn.contributions.models import Contribution, Request
from emn.core.dissemination import DisseminationLevel
from emn.core.testing.factories import country
from emn.queries.models import AdHocQuery
from emn.queries.search import response_readers
from emn.queries.tests.matrix_support import contribute, make_query
from emn.search.registry import MEMBERS, PUBLIC, restricted

State = Contribution.State


@pytest.mark.django_db
@pytest.mark.parametrize("state", [State.NOT_STARTED, State.DRAFTING, State.READY, State.RETURNED])
def test_unsubmitted_answers_are_for_their_ncp_and_the_service_provider(
    personas: Any, state: str
) -> None:
    query = make_query()
    contribution = contribute(query, "SI", state=state)
    assert response_readers(contribution, query) == restricted(
        countries=[country("SI").pk], service_provider=True
    )


@pytest.mark.django_db
def test_answers_to_a_draft_request_are_not_for_the_country_yet(personas: Any) -> None:
    query = make_query(state=AdHocQuery.State.DRAFT)
    Request.objects.filter(pk=query.request_id).update(state=Request.State.DRAFT)
    contribution = contribute(query, "SI", state=State.DRAFTING)
    contribution.request.refresh_from_db()
    assert response_readers(contribution, query) == restricted(service_provider=True)


@pytest.mark.django_db
@pytest.mark.parametrize("state", [State.DECLINED, State.NO_INFORMATION])
def test_declined_and_no_information_have_no_document(personas: Any, state: str) -> None:
    query = make_query()
    assert response_readers(contribute(query, "SI", state=state), query) is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query_state", "dissemination", "publishable", "expected"),
    [
        (AdHocQuery.State.OPEN, DisseminationLevel.PUBLIC, True, MEMBERS),
        (AdHocQuery.State.COMPILED, DisseminationLevel.PUBLIC, True, MEMBERS),
        (AdHocQuery.State.PUBLISHED, DisseminationLevel.EMN, True, MEMBERS),
        (AdHocQuery.State.PUBLISHED, DisseminationLevel.PUBLIC, False, MEMBERS),
        (AdHocQuery.State.PUBLISHED, DisseminationLevel.PUBLIC, True, PUBLIC),
        (AdHocQuery.State.WITHDRAWN, DisseminationLevel.PUBLIC, True, MEMBERS),
    ],
)
def test_submitted_answers_are_for_members_or_everyone_once_published(
    personas: Any, query_state: str, dissemination: str, publishable: bool, expected: Any
) -> None:
    query = make_query(state=query_state, dissemination=dissemination)
    contribution = contribute(query, "SI", publishable=publishable)
    assert response_readers(contribution, query) == expected
