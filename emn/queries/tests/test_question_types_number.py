"""Number answers: finite numbers with the question's unit, never booleans."""

import decimal
import math

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value

QUESTION = Question(
    position=3, kind=Question.Kind.NUMBER, text="How many decisions in 2024?", unit="decisions"
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [(12, 12), (2.5, 2.5), ("1200", 1200), (" 3.50 ", 3.5), (decimal.Decimal("7"), 7), ("-4", -4)],
)
def test_numbers_are_stored_with_the_unit(raw, value):
    assert clean_value(QUESTION, raw) == {"value": value, "unit": "decisions"}


def test_cleaning_twice_changes_nothing():
    once = clean_value(QUESTION, "12.5")
    assert clean_value(QUESTION, once) == once


@pytest.mark.parametrize("raw", [math.nan, math.inf, -math.inf, "NaN", "Infinity", "1e999999"])
def test_it_rejects_what_is_not_finite(raw):
    with pytest.raises(ValidationError, match=r"Question 3 .*must be finite"):
        clean_value(QUESTION, raw)


def test_it_rejects_a_boolean():
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, True)
    assert error.value.messages == [
        "Question 3 (“How many decisions in 2024?”): expected a number, got yes/no."
    ]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [("twelve", "“twelve” is not a number."), ([1], "expected a number, got a list.")],
)
def test_it_rejects_words_and_lists(raw, problem):
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, raw)
    assert error.value.messages == [f"Question 3 (“How many decisions in 2024?”): {problem}"]
