"""Ad-hoc queries for the tests, made through the services as a person would make them."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone

from emn.contributions.models import Contribution
from emn.core.models import Theme
from emn.core.testing.factories import country
from emn.queries import services
from emn.queries.models import AdHocQuery, Question


def theme(code: str = "asylum") -> Theme:
    return Theme.objects.get(code=code)


def draft_query(
    asker: Any,
    codes: tuple[str, ...] | None = ("SI", "FR", "DE"),
    *,
    with_questions: bool = True,
    dissemination: str = "emn",
    deadline: datetime.date | None = None,
) -> AdHocQuery:
    """A draft query with a text, a yes/no (required) and a number question."""
    query = services.create_query(
        asker,
        title="Labour market access for asylum applicants",
        background="Asked by the Ministry of the Interior for a draft law.",
        theme=theme(),
        keywords=["labour market", "asylum applicant"],
        deadline=deadline,
        countries=[country(c) for c in codes] if codes is not None else None,
        dissemination=dissemination,
    )
    if with_questions:
        services.add_question(asker, query, kind=Question.Kind.TEXT, text="Describe the rules.")
        services.add_question(
            asker,
            query,
            kind=Question.Kind.YES_NO,
            text="Is there a waiting period?",
            required=True,
        )
        services.add_question(
            asker, query, kind=Question.Kind.NUMBER, text="How many months?", unit="months"
        )
    return query


def launched_query(asker: Any, **kwargs: Any) -> AdHocQuery:
    query = draft_query(asker, **kwargs)
    services.launch_query(asker, query)
    query.refresh_from_db()
    return query


def questions(query: AdHocQuery) -> list[Question]:
    return list(query.questions.order_by("position"))


def response_of(query: AdHocQuery, code: str) -> Contribution:
    return Contribution.objects.get(request=query.request, country__code=code)


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)
