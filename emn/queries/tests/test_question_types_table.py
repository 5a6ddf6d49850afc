"""Table answers fill only the rows and columns the asker defined."""

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value

QUESTION = Question(
    position=7,
    kind=Question.Kind.TABLE,
    text="Decisions by outcome",
    table_rows=["2023", "2024"],
    table_columns=["Granted", "Refused"],
)


def test_cells_are_kept_as_strings_in_the_defined_order():
    value = clean_value(
        QUESTION, {"2024": {"Refused": 3, "Granted": " 10 "}, "2023": {"Granted": ""}}
    )
    assert value == {"2024": {"Granted": "10", "Refused": "3"}}
    assert list(value["2024"]) == ["Granted", "Refused"]


def test_a_table_of_empty_cells_is_unanswered():
    assert clean_value(QUESTION, {"2023": {"Granted": " "}, "2024": {}}) is None


def test_it_rejects_an_unknown_row():
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, {"2025": {"Granted": "1"}})
    assert error.value.messages == [
        "Question 7 (“Decisions by outcome”): the table has no row “2025”."
    ]


def test_it_rejects_an_unknown_column():
    with pytest.raises(ValidationError, match="the table has no column “Pending”"):
        clean_value(QUESTION, {"2024": {"Pending": "1"}})


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (["2024"], "expected a table, got a list."),
        ({"2024": "10"}, "the row “2024” must map columns to cells."),
        ({"2024": {"Granted": ["10"]}}, "the cell 2024 / Granted must be text."),
    ],
)
def test_it_rejects_a_table_of_the_wrong_shape(raw, problem):
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, raw)
    assert error.value.messages == [f"Question 7 (“Decisions by outcome”): {problem}"]
