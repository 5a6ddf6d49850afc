"""Empty input is allowed for every type and means the question is unanswered."""

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value, is_empty

KINDS = [kind for kind, _label in Question.Kind.choices]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("raw", [None, "", [], {}])
def test_empty_input_is_stored_as_none(kind, raw):
    question = Question(position=1, kind=kind, text="Q", choices=["a"])
    assert clean_value(question, raw) is None
    assert is_empty(question, None)


@pytest.mark.parametrize(
    ("kind", "value", "empty"),
    [
        ("text", "<p> </p>", True),
        ("text", "<p>x</p>", False),
        ("yes_no", {"answer": None, "comment": ""}, True),
        ("yes_no", {"answer": False, "comment": ""}, False),
        ("number", {"value": None, "unit": ""}, True),
        ("number", {"value": 0, "unit": ""}, False),
        ("table", {"r": {"c": " "}}, True),
        ("table", {"r": {"c": "1"}}, False),
        ("multiple", [], True),
        ("date", "2024-01-01", False),
    ],
)
def test_is_empty_reads_each_shape(kind, value, empty):
    assert is_empty(Question(position=1, kind=kind, text="Q"), value) is empty


def test_a_long_question_is_named_by_the_start_of_its_text():
    question = Question(position=12, kind="number", text="How many " + "very " * 30 + "long?")
    with pytest.raises(ValidationError) as error:
        clean_value(question, "x")
    message = error.value.messages[0]
    assert message.startswith("Question 12 (“How many very very")
    assert "…”): “x” is not a number." in message
