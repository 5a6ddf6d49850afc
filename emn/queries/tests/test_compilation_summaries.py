"""Closed questions of the compilation get counts or figures; open questions none."""

from emn.queries.compilation import build_matrix
from emn.queries.tests.matrix_support import contribute, make_query


def test_each_closed_question_is_summarised_over_submitted_answers(personas):
    query = make_query()
    contribute(query, "AT", values={1: {"answer": True, "comment": ""}, 3: ["Visa", "Card"]})
    contribute(query, "BE", values={1: {"answer": True, "comment": ""}, 3: ["Visa"]})
    contribute(query, "CZ", values={1: {"answer": False, "comment": ""}, 4: {"value": 10}})
    contribute(query, "DE", values={2: "Court", 4: {"value": 30}})

    matrix = build_matrix(query, personas.coordinator)
    yes_no, single, multiple, number, text = matrix.questions

    assert matrix.summaries[yes_no.pk]["counts"] == {"yes": 2, "no": 1}
    assert matrix.summaries[single.pk]["counts"] == {"Ministry": 0, "Agency": 0, "Court": 1}
    assert matrix.summaries[multiple.pk]["counts"] == {"Passport": 0, "Visa": 2, "Card": 1}
    assert matrix.summaries[number.pk]["mean"] == 20
    assert matrix.summaries[number.pk]["median"] == 20
    assert text.pk not in matrix.summaries
