"""Single and multiple choice answers hold only the asker's choices."""

import pytest
from django.core.exceptions import ValidationError

from emn.queries.models import Question
from emn.queries.question_types import clean_value

CHOICES = ["Ministry", "Agency", "Court"]
SINGLE = Question(position=4, kind=Question.Kind.SINGLE, text="Who decides?", choices=CHOICES)
MULTIPLE = Question(
    position=5, kind=Question.Kind.MULTIPLE, text="Who is involved?", choices=CHOICES
)


def test_a_single_choice_is_kept():
    assert clean_value(SINGLE, "Agency") == "Agency"


def test_multiple_choices_come_back_in_the_askers_order():
    assert clean_value(MULTIPLE, ["Court", "Ministry"]) == ["Ministry", "Court"]


def test_it_rejects_an_unknown_choice():
    with pytest.raises(ValidationError) as error:
        clean_value(SINGLE, "Police")
    assert error.value.messages == [
        "Question 4 (“Who decides?”): “Police” is not one of the choices (Ministry, Agency, Court)."
    ]


def test_it_rejects_an_unknown_choice_among_several():
    with pytest.raises(ValidationError, match="“Police” is not one of the choices"):
        clean_value(MULTIPLE, ["Court", "Police"])


def test_it_rejects_a_choice_given_twice():
    with pytest.raises(ValidationError, match=r"Question 5 .*more than once"):
        clean_value(MULTIPLE, ["Court", "Court"])


@pytest.mark.parametrize("raw", [3, ["Court"], {"a": 1}, True])
def test_a_single_choice_must_be_one_string(raw):
    with pytest.raises(ValidationError, match=r"Question 4 \(“Who decides\?”\): expected a choice"):
        clean_value(SINGLE, raw)


@pytest.mark.parametrize("raw", ["Court", 3, {"Court": True}])
def test_multiple_choices_must_be_a_list(raw):
    with pytest.raises(ValidationError, match="expected a list of choices"):
        clean_value(MULTIPLE, raw)
