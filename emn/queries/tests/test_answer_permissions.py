"""Who may read, write, submit and return a country's answers."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from emn.contributions.models import Contribution
from emn.queries import permissions, services
from emn.queries.models import Answer
from emn.queries.tests.factories import launched_query, questions, response_of


@pytest.fixture
def si_draft(personas: Any) -> Contribution:
    """France asks; Slovenia's contributor has a draft answer."""
    query = launched_query(personas.other_country)
    si = response_of(query, "SI")
    services.save_answers(
        personas.contributor, si, {questions(query)[0].pk: "Draft"}, expected_version=0
    )
    si.refresh_from_db()
    return si


@pytest.mark.django_db
def test_another_countrys_contributor_cannot_read_or_write_a_draft(
    personas: Any, si_draft: Contribution, other_contributor: Any
) -> None:
    assert not permissions.can_view_answers(other_contributor, si_draft)
    assert not Contribution.objects.visible_to(other_contributor).filter(pk=si_draft.pk).exists()
    with pytest.raises(PermissionDenied):
        services.save_answers(other_contributor, si_draft, {}, expected_version=si_draft.version)
    assert Answer.objects.get().value == "Draft"


@pytest.mark.django_db
def test_the_asker_cannot_edit_another_countrys_answer(
    personas: Any, si_draft: Contribution
) -> None:
    question = questions(si_draft.request.ad_hoc_query)[0]
    for persona in ("other_country", "commission", "reader", "anonymous"):
        assert not permissions.can_answer(personas[persona], si_draft), persona
        with pytest.raises(PermissionDenied):
            services.save_answers(
                personas[persona], si_draft, {question.pk: "Changed"}, expected_version=1
            )
    assert Answer.objects.get().value == "Draft"


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["reader", "contributor", "other_country", "commission"])
def test_only_the_coordinator_submits(personas: Any, si_draft: Contribution, persona: str) -> None:
    assert not permissions.can_submit_response(personas[persona], si_draft)
    with pytest.raises(PermissionDenied):
        services.submit_response(personas[persona], si_draft)
    si_draft.refresh_from_db()
    assert si_draft.state == Contribution.State.DRAFTING


@pytest.mark.django_db
def test_the_asker_reads_once_submitted_and_may_return(
    personas: Any, si_draft: Contribution
) -> None:
    yes_no = questions(si_draft.request.ad_hoc_query)[1]
    asker = personas.other_country
    assert not permissions.can_view_answers(asker, si_draft)
    services.save_answers(personas.contributor, si_draft, {yes_no.pk: True}, expected_version=1)
    services.submit_response(personas.coordinator, si_draft)
    assert permissions.can_view_answers(asker, si_draft)
    assert permissions.can_view_answers(personas.service_provider, si_draft)
    assert not permissions.can_answer(personas.contributor, si_draft)
    with pytest.raises(PermissionDenied):
        services.return_response(personas.coordinator, si_draft, "Mine to return?")
    services.return_response(asker, si_draft, "Please add the legal basis.")
    assert si_draft.state == Contribution.State.RETURNED
    assert permissions.can_answer(personas.contributor, si_draft)
