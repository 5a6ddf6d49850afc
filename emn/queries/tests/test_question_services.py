from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from emn.core.models import AuditEntry
from emn.queries import services
from emn.queries.models import Question
from emn.queries.tests.factories import draft_query, questions

Kind = Question.Kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"kind": Kind.SINGLE, "choices": ["Yes"]}, "two different choices"),
        ({"kind": Kind.MULTIPLE, "choices": ["A", "A"]}, "different"),
        ({"kind": Kind.TABLE, "table_rows": ["2024"]}, "rows and columns"),
        ({"kind": "essay"}, "Unknown question type"),
        ({"kind": Kind.TEXT, "text": " "}, "Write the question"),
    ],
)
def test_it_refuses_a_malformed_question(personas: Any, fields: dict, message: str) -> None:
    query = draft_query(personas.coordinator, with_questions=False)
    with pytest.raises(ValidationError, match=message):
        services.add_question(personas.coordinator, query, **{"text": "Which?", **fields})
    assert Question.objects.count() == 0


@pytest.mark.django_db
def test_it_adds_reorders_and_removes_questions(personas: Any) -> None:
    asker = personas.coordinator
    query = draft_query(asker)
    table = services.add_question(
        asker,
        query,
        kind=Kind.TABLE,
        text="Applications per year",
        table_rows=["2024", "2025"],
        table_columns=["Men", "Women"],
        choices=["ignored"],
    )
    assert table.position == 4 and table.choices == []
    first, second, third, fourth = questions(query)
    services.reorder_questions(asker, query, [fourth.pk, first.pk, third.pk, second.pk])
    assert [q.pk for q in questions(query)] == [fourth.pk, first.pk, third.pk, second.pk]
    services.remove_question(asker, first)
    assert [(q.pk, q.position) for q in questions(query)] == [
        (fourth.pk, 1),
        (third.pk, 2),
        (second.pk, 3),
    ]
    services.update_question(asker, second, text="Is there a waiting period at all?")
    with pytest.raises(ValidationError, match="exactly once"):
        services.reorder_questions(asker, query, [fourth.pk, third.pk])
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        "queries.add_question",
        "queries.reorder_questions",
        "queries.remove_question",
        "queries.update_question",
    } <= actions


@pytest.mark.django_db
def test_questions_are_frozen_after_launch(personas: Any) -> None:
    asker = personas.coordinator
    query = draft_query(asker)
    services.launch_query(asker, query)
    with pytest.raises(PermissionDenied):
        services.add_question(asker, query, kind=Kind.TEXT, text="One more")
    with pytest.raises(PermissionDenied):
        services.update_question(asker, questions(query)[0], text="Changed")
    with pytest.raises(PermissionDenied):
        services.reorder_questions(asker, query, [q.pk for q in reversed(questions(query))])
    assert Question.objects.count() == 3
