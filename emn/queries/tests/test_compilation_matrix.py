"""The compilation compares submitted answers country by country, ordered by country name."""

from emn.contributions.models import Contribution
from emn.queries.compilation import build_matrix
from emn.queries.tests.matrix_support import contribute, make_query

State = Contribution.State


def test_rows_are_submitting_countries_by_name_with_their_answers(personas):
    query = make_query()
    contribute(query, "DE", values={1: {"answer": True, "comment": ""}, 2: "Agency"})
    contribute(query, "AT", values={1: {"answer": False, "comment": "Not in law."}})
    contribute(query, "BE", values={4: {"value": 12, "unit": "decisions"}})

    matrix = build_matrix(query, personas.coordinator)

    assert [row.country.code for row in matrix.rows] == ["AT", "BE", "DE"]
    [yes_no, single, _multiple, number, _text] = matrix.questions
    germany = matrix.rows[2]
    assert germany.cell(yes_no).value == {"answer": True, "comment": ""}
    assert germany.cell(single).value == "Agency"
    assert germany.cell(number).value is None
    assert germany.cell(number).empty
    assert matrix.column(number) == [None, {"value": 12, "unit": "decisions"}, None]


def test_questions_come_in_their_position_order(personas):
    query = make_query()
    assert [q.position for q in build_matrix(query, personas.coordinator).questions] == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_no_information_and_declined_are_listed_as_such(personas):
    query = make_query()
    contribute(query, "FR", values={2: "Court"})
    contribute(query, "IT", state=State.NO_INFORMATION)
    contribute(query, "ES", state=State.DECLINED, reason="Under review nationally.")

    matrix = build_matrix(query, personas.coordinator)

    states = {row.country.code: (row.state, row.answered, row.reason) for row in matrix.rows}
    assert states == {
        "FR": (State.SUBMITTED, True, ""),
        "IT": (State.NO_INFORMATION, False, ""),
        "ES": (State.DECLINED, False, "Under review nationally."),
    }
    assert [row.country.code for row in matrix.answered_rows] == ["FR"]


def test_unsubmitted_answers_never_appear(personas):
    query = make_query()
    contribute(query, "SI", values={2: "Court"})
    for code, state in [("FR", State.DRAFTING), ("IT", State.READY), ("PL", State.RETURNED)]:
        contribute(query, code, state=state, values={2: "Agency"})
    contribute(query, "LU", state=State.NOT_STARTED)

    matrix = build_matrix(query, personas.coordinator)

    assert [row.country.code for row in matrix.rows] == ["SI"]
    assert sorted(country.code for country in matrix.outstanding) == ["FR", "IT", "LU", "PL"]
    assert matrix.summaries[matrix.questions[1].pk]["counts"]["Agency"] == 0


def test_a_query_without_answers_gives_an_empty_matrix(personas):
    query = make_query()
    matrix = build_matrix(query, personas.coordinator)
    assert matrix.rows == []
    assert matrix.summaries[matrix.questions[0].pk]["answered"] == 0
