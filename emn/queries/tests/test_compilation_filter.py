"""The compilation page filters the matrix by country and by question."""

from emn.queries.compilation import build_matrix
from emn.queries.tests.matrix_support import contribute, make_query


def matrix_of_three(personas):
    query = make_query()
    contribute(query, "AT", values={1: True, 2: "Agency"})
    contribute(query, "BE", values={1: False, 2: "Court"})
    contribute(query, "CZ", values={1: True, 2: "Court"})
    return build_matrix(query, personas.coordinator)


def test_it_keeps_the_countries_asked_for_by_code_or_row(personas):
    matrix = matrix_of_three(personas)
    belgium = matrix.rows[1].country

    by_code = matrix.filter(countries=["cz", "AT"])
    by_row = matrix.filter(countries=[belgium])

    assert [row.country.code for row in by_code.rows] == ["AT", "CZ"]
    assert [row.country.code for row in by_row.rows] == ["BE"]


def test_summaries_follow_the_countries_kept(personas):
    matrix = matrix_of_three(personas).filter(countries=["AT", "CZ"])
    assert matrix.summaries[matrix.questions[0].pk]["counts"] == {"yes": 2, "no": 0}


def test_it_keeps_the_questions_asked_for_by_id(personas):
    matrix = matrix_of_three(personas)
    single = matrix.questions[1]

    filtered = matrix.filter(questions=[str(single.pk)])

    assert filtered.questions == [single]
    assert all(set(row.cells) <= {single.pk} for row in filtered.rows)
    assert list(filtered.summaries) == [single.pk]
    assert len(filtered.rows) == 3


def test_no_filter_keeps_everything(personas):
    matrix = matrix_of_three(personas)
    assert matrix.filter() == matrix
