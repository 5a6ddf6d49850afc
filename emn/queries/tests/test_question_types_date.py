"""Date answers are stored as ISO dates."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value

QUESTION = Question(position=6, kind=Question.Kind.DATE, text="When did the law enter into force?")


def test_an_iso_string_is_kept():
    assert clean_value(QUESTION, "2024-03-01") == "2024-03-01"


def test_a_date_object_becomes_an_iso_string():
    assert clean_value(QUESTION, datetime.date(2024, 3, 1)) == "2024-03-01"
    assert clean_value(QUESTION, datetime.datetime(2024, 3, 1, 12, 0)) == "2024-03-01"


@pytest.mark.parametrize("raw", ["01/03/2024", "2024-02-30", "soon"])
def test_it_rejects_what_is_not_a_date(raw):
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, raw)
    assert error.value.messages == [
        f"Question 6 (“When did the law enter into force?”): “{raw}” is not a date written YYYY-MM-DD."
    ]


def test_it_rejects_a_number():
    with pytest.raises(ValidationError, match="expected a date, got a number"):
        clean_value(QUESTION, 20240301)
