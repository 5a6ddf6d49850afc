from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from emn.contributions.models import Contribution, ContributionEvent
from emn.queries import services
from emn.queries.tests.factories import launched_query, questions, response_of


@pytest.mark.django_db
def test_it_lists_the_required_questions_left_unanswered(personas: Any) -> None:
    query = launched_query(personas.other_country)
    text, yes_no, _ = questions(query)
    si = response_of(query, "SI")
    services.save_answers(personas.contributor, si, {text.pk: "Text"}, expected_version=0)
    with pytest.raises(ValidationError, match="Question 2") as refused:
        services.submit_response(personas.coordinator, si)
    assert "Is there a waiting period" in refused.value.messages[0]
    si.refresh_from_db()
    assert si.state == Contribution.State.DRAFTING
    assert not ContributionEvent.objects.filter(kind="submitted").exists()

    services.save_answers(personas.contributor, si, {yes_no.pk: "yes"}, expected_version=1)
    services.submit_response(personas.coordinator, si)
    assert si.state == Contribution.State.SUBMITTED
