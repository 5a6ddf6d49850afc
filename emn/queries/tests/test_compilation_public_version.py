"""The public compilation shows only answers their country allowed, and says who is hidden."""

from emn.contributions.models import Contribution
from emn.core.dissemination import DisseminationLevel
from emn.queries.compilation import build_matrix
from emn.queries.models import AdHocQuery
from emn.queries.tests.matrix_support import contribute, make_query

State = Contribution.State


def published_query():
    query = make_query(state=AdHocQuery.State.PUBLISHED, dissemination=DisseminationLevel.PUBLIC)
    contribute(query, "AT", values={1: True, 2: "Agency"})
    contribute(query, "BE", publishable=False, values={1: False, 2: "Court"})
    contribute(query, "CZ", publishable=False, values={1: False})
    contribute(query, "ES", state=State.DECLINED, reason="Internal matter.")
    return query


def test_the_public_sees_only_publishable_answers(personas):
    matrix = build_matrix(published_query(), personas.anonymous, public=True)

    assert [row.country.code for row in matrix.rows] == ["AT", "ES"]
    assert [country.code for country in matrix.withheld] == ["BE", "CZ"]
    assert matrix.public


def test_hidden_answers_do_not_count_in_public_summaries(personas):
    matrix = build_matrix(published_query(), personas.anonymous, public=True)
    yes_no = matrix.questions[0]
    assert matrix.summaries[yes_no.pk]["counts"] == {"yes": 1, "no": 0}


def test_the_public_does_not_read_why_a_country_declined(personas):
    matrix = build_matrix(published_query(), personas.anonymous, public=True)
    spain = next(row for row in matrix.rows if row.country.code == "ES")
    assert spain.reason == ""


def test_the_network_version_still_shows_every_answer(personas):
    matrix = build_matrix(published_query(), personas.reader)
    assert [row.country.code for row in matrix.rows] == ["AT", "BE", "CZ", "ES"]
    assert matrix.withheld == []
    assert matrix.rows[-1].reason == "Internal matter."
