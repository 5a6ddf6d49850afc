"""Yes/no answers: a boolean with an optional comment, in one canonical shape."""

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value

QUESTION = Question(position=1, kind=Question.Kind.YES_NO, text="Do you grant a tolerated stay?")


def test_a_plain_boolean_becomes_answer_and_empty_comment():
    assert clean_value(QUESTION, True) == {"answer": True, "comment": ""}


def test_an_answer_with_a_comment_is_kept():
    value = clean_value(QUESTION, {"answer": False, "comment": " Only in law. "})
    assert value == {"answer": False, "comment": "Only in law."}


def test_yes_and_no_words_from_a_form_are_understood():
    assert clean_value(QUESTION, "yes")["answer"] is True
    assert clean_value(QUESTION, "No")["answer"] is False


def test_cleaning_twice_changes_nothing():
    once = clean_value(QUESTION, {"answer": True, "comment": "x"})
    assert clean_value(QUESTION, once) == once


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("maybe", "expected yes or no, got 'maybe'."),
        (1, "expected yes or no, got 1."),
        ({"answer": True, "extra": 1}, "unexpected keys extra."),
        ({"answer": True, "comment": 3}, "the comment must be text."),
        ({"answer": None, "comment": "why"}, "a comment needs a yes or no answer."),
    ],
)
def test_it_rejects_what_is_not_yes_or_no(raw, problem):
    with pytest.raises(ValidationError) as error:
        clean_value(QUESTION, raw)
    assert error.value.messages == [f"Question 1 (“Do you grant a tolerated stay?”): {problem}"]
