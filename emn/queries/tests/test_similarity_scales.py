"""Suggestions stay quick over the whole history: two SQL queries, however many rows."""

import time

from django.db import connection
from django.test.utils import CaptureQueriesContext

from emn.accounts.models import User
from emn.contributions.models import Request
from emn.core.models import Theme
from emn.core.testing.factories import UserFactory
from emn.queries.models import AdHocQuery, Question
from emn.queries.similarity import similar_queries

WORDS = [
    "asylum",
    "return",
    "integration",
    "detention",
    "visas",
    "minors",
    "labour",
    "family",
    "trafficking",
    "border",
    "statistics",
    "reception",
    "procedure",
    "appeal",
    "residence",
    "permit",
    "citizenship",
    "students",
    "researchers",
]


def history(count: int, questions: int) -> None:
    author = UserFactory()
    theme = Theme.objects.first()
    requests = Request.objects.bulk_create(
        Request(kind="ad_hoc_query", title=f"q{n}", requested_by=author, deadline="2020-01-01")
        for n in range(count)
    )
    queries = AdHocQuery.objects.bulk_create(
        AdHocQuery(
            request=request,
            title=f"{WORDS[n % 19]} {WORDS[(n * 7) % 19]} practice {n}",
            background=f"Background on {WORDS[(n * 3) % 19]} and {WORDS[(n * 5) % 19]}.",
            theme=theme,
            state=AdHocQuery.State.CLOSED,
            created_by=author,
        )
        for n, request in enumerate(requests)
    )
    Question.objects.bulk_create(
        Question(
            query=query,
            position=p,
            kind="text",
            text=f"How is {WORDS[(n + p) % 19]} handled for {WORDS[(n * p) % 19]} cases {p}?",
        )
        for n, query in enumerate(queries)
        for p in range(1, questions + 1)
    )


def test_six_hundred_queries_of_twenty_questions_answer_quickly(personas):
    history(600, 20)
    user = User.objects.get(pk=personas.contributor.pk)
    similar_queries(user, "warm the caches")

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as captured:
        matches = similar_queries(user, "detention of minors in the asylum procedure")
    elapsed = time.perf_counter() - started

    assert len(matches) == 5
    assert len(captured) == 2
    assert elapsed < 2.0
