"""The compilation reads a constant number of SQL queries, however many countries answer."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from emn.network.models import Country
from emn.queries.compilation import build_matrix
from emn.queries.models import Question
from emn.queries.tests.matrix_support import contribute, make_query

TWENTY = [
    {"kind": Question.Kind.NUMBER, "text": f"Figure {n}"}
    if n % 2
    else {"kind": Question.Kind.TEXT, "text": f"Describe {n}"}
    for n in range(20)
]


def answered_by(count: int):
    query = make_query(questions=TWENTY)
    for code in Country.objects.order_by("code").values_list("code", flat=True)[:count]:
        contribute(
            query,
            code,
            values={p: {"value": p} if p % 2 == 0 else "<p>x</p>" for p in range(1, 21)},
        )
    return query


def test_thirty_three_countries_by_twenty_questions_take_at_most_eight_queries(
    personas, django_assert_max_num_queries
):
    query = answered_by(33)
    with django_assert_max_num_queries(8):
        matrix = build_matrix(query, personas.coordinator)
        cells = [row.cell(question).value for row in matrix.rows for question in matrix.questions]
        countries = [row.country.name for row in matrix.rows]
    assert len(countries) == 33
    assert len(cells) == 660
    assert None not in cells


def test_the_count_does_not_grow_with_the_countries(personas):
    counts = []
    for size in (2, 33):
        query = answered_by(size)
        # A fresh user object each time, so both runs load its roles once.
        user = type(personas.coordinator).objects.get(pk=personas.coordinator.pk)
        with CaptureQueriesContext(connection) as captured:
            build_matrix(query, user)
        counts.append(len(captured))
    assert counts[0] == counts[1]
