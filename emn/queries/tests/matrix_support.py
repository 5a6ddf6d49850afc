"""Rows for the compilation and similarity tests, made directly with the ORM."""

from __future__ import annotations

import datetime
from typing import Any

from emn.contributions.models import Contribution, Request
from emn.core.dissemination import DisseminationLevel
from emn.core.models import Theme
from emn.core.testing.factories import UserFactory, country
from emn.queries.models import AdHocQuery, Answer, Question

Kind = Question.Kind
State = Contribution.State

QUESTIONS: list[dict[str, Any]] = [
    {"kind": Kind.YES_NO, "text": "Do you grant a tolerated stay?"},
    {"kind": Kind.SINGLE, "text": "Who decides?", "choices": ["Ministry", "Agency", "Court"]},
    {"kind": Kind.MULTIPLE, "text": "Which documents?", "choices": ["Passport", "Visa", "Card"]},
    {"kind": Kind.NUMBER, "text": "How many decisions in 2024?", "unit": "decisions"},
    {"kind": Kind.TEXT, "text": "Describe the procedure."},
]


def make_query(
    *,
    title: str = "Tolerated stay of rejected applicants",
    background: str = "The national parliament asked how other states handle this.",
    state: str = AdHocQuery.State.OPEN,
    dissemination: str = DisseminationLevel.EMN,
    questions: list[dict[str, Any]] | None = None,
    created_by: Any = None,
) -> AdHocQuery:
    author = created_by or UserFactory()
    request = Request.objects.create(
        kind=Request.Kind.AD_HOC_QUERY,
        title=title,
        requested_by=author,
        requester_country=country("SI"),
        deadline=datetime.date(2026, 3, 1),
        state=Request.State.OPEN,
    )
    query = AdHocQuery.objects.create(
        request=request,
        title=title,
        background=background,
        theme=Theme.objects.first(),
        state=state,
        dissemination=dissemination,
        created_by=author,
    )
    for position, spec in enumerate(QUESTIONS if questions is None else questions, start=1):
        Question.objects.create(query=query, position=position, **spec)
    return query


def contribute(
    query: AdHocQuery,
    code: str,
    *,
    state: str = State.SUBMITTED,
    publishable: bool = True,
    values: dict[int, Any] | None = None,
    reason: str = "",
) -> Contribution:
    """One country's contribution; `values` maps question positions to stored values."""
    contribution = Contribution.objects.create(
        request=query.request,
        country=country(code),
        state=state,
        publishable=publishable,
        reason=reason,
    )
    by_position = {q.position: q for q in query.questions.all()}
    Answer.objects.bulk_create(
        Answer(contribution=contribution, question=by_position[position], value=value)
        for position, value in (values or {}).items()
    )
    return contribution
