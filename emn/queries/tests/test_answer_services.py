from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError

from emn.contributions.models import Contribution
from emn.core.models import AuditEntry
from emn.queries import services
from emn.queries.models import Answer
from emn.queries.tests.factories import launched_query, questions, response_of


@pytest.mark.django_db
def test_it_stores_clean_values_and_moves_the_response_to_drafting(personas: Any) -> None:
    query = launched_query(personas.other_country)
    text, yes_no, number = questions(query)
    si = response_of(query, "SI")
    version = services.save_answers(
        personas.contributor,
        si,
        {str(text.pk): "<p>Yes</p><script>x()</script>", yes_no.pk: "no", number.pk: "12"},
        expected_version=0,
    )
    si.refresh_from_db()
    assert (version, si.version, si.state) == (1, 1, Contribution.State.DRAFTING)
    stored = services.stored_answers(si)
    assert stored[text.pk]["value"] == "<p>Yes</p>"
    assert stored[yes_no.pk]["value"]["answer"] is False
    entry = AuditEntry.objects.get(action="queries.save_answers")
    assert entry.after["version"] == 1 and entry.country.code == "SI"


@pytest.mark.django_db
def test_it_refuses_an_answer_of_the_wrong_type_and_stores_nothing(personas: Any) -> None:
    query = launched_query(personas.other_country)
    text, yes_no, number = questions(query)
    si = response_of(query, "SI")
    with pytest.raises(ValidationError) as refused:
        services.save_answers(
            personas.contributor,
            si,
            {text.pk: "Fine", yes_no.pk: "perhaps", number.pk: "many"},
            expected_version=0,
        )
    message = " ".join(refused.value.messages)
    assert "Question 2" in message and "Question 3" in message
    si.refresh_from_db()
    assert (si.version, si.state) == (0, Contribution.State.NOT_STARTED)
    assert Answer.objects.count() == 0
    assert not AuditEntry.objects.filter(action__in=["queries.save_answers", "contributions.save"])


@pytest.mark.django_db
def test_it_refuses_a_question_of_another_query(personas: Any) -> None:
    query = launched_query(personas.other_country)
    other = launched_query(personas.other_country)
    with pytest.raises(ValidationError, match="not part of this query"):
        services.save_answers(
            personas.contributor,
            response_of(query, "SI"),
            {questions(other)[0].pk: "Hello"},
            expected_version=0,
        )
    assert Answer.objects.count() == 0


@pytest.mark.django_db
def test_two_contributors_saving_from_one_version_lose_no_work(personas: Any) -> None:
    query = launched_query(personas.other_country)
    text, yes_no, _ = questions(query)
    si = response_of(query, "SI")
    services.save_answers(personas.contributor, si, {text.pk: "Mine"}, expected_version=0)
    with pytest.raises(services.StaleContribution) as refused:
        services.save_answers(
            personas.coordinator,
            response_of(query, "SI"),
            {text.pk: "Theirs", yes_no.pk: "yes"},
            {text.pk: "Note"},
            expected_version=0,
            publishable=False,
        )
    assert refused.value.stored == {
        "version": 1,
        "answers": {text.pk: {"value": "Mine", "comment": ""}},
    }
    si.refresh_from_db()
    assert (si.version, si.publishable) == (1, True)
    assert list(Answer.objects.values_list("question_id", "value", "comment")) == [
        (text.pk, "Mine", "")
    ]
    # Having seen both versions, the second person saves on top of the first.
    services.save_answers(personas.coordinator, si, {yes_no.pk: "yes"}, expected_version=1)
    assert Answer.objects.count() == 2
